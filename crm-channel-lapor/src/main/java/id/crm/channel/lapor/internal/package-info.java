/**
 * Implementation details of the lapor channel; not API, may change in any release.
 */
@NullMarked
package id.crm.channel.lapor.internal;

import org.jspecify.annotations.NullMarked;
