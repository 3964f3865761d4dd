/**
 * Implementation details of the desk channel; not API, may change in any release.
 */
@NullMarked
package id.crm.channel.desk.internal;

import org.jspecify.annotations.NullMarked;
