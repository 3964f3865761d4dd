/**
 * Implementation details of the email channel; not API, may change in any release.
 */
@NullMarked
package id.crm.channel.email.internal;

import org.jspecify.annotations.NullMarked;
