/**
 * The channel adapter compatibility kit: {@link id.crm.testkit.channel.ChannelAdapterCompatibilityKit}
 * and the small helpers it uses. Subclass the kit in an adapter's tests; see its class comment.
 *
 * @since 0.1
 */
@NullMarked
package id.crm.testkit.channel;

import org.jspecify.annotations.NullMarked;
