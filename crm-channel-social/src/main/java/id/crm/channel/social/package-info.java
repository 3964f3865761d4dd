/**
 * Social-media channels: X/Twitter mentions of the city account ({@link id.crm.channel.social.XAdapter})
 * and Facebook Page posts, comments and messages ({@link id.crm.channel.social.FacebookAdapter}),
 * with webhook signatures, registration handshakes and replies.
 *
 * @since 0.1
 */
@NullMarked
package id.crm.channel.social;

import org.jspecify.annotations.NullMarked;
