/**
 * Implementation details of the Qlue adapter; not API, may change in any release.
 */
@NullMarked
package id.crm.channel.qlue.internal;

import org.jspecify.annotations.NullMarked;
