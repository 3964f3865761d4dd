/**
 * The email channel: raw RFC 5322 messages from the dki@jakarta.go.id mailbox to reports.
 *
 * @since 0.1
 */
@NullMarked
package id.crm.channel.email;

import org.jspecify.annotations.NullMarked;
