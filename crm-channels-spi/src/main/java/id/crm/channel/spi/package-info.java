/**
 * The channel plugin contract: how a complaint channel (a geotagging app, a social network, an SMS
 * gateway, email, a service desk) turns its deliveries into {@link id.crm.channel.spi.InboundReport}s.
 *
 * <p>This is a service-provider interface. It may evolve faster than the engine's API: new optional
 * capabilities arrive as new interfaces or default methods, so existing adapters keep compiling.
 *
 * @since 0.1
 */
@NullMarked
package id.crm.channel.spi;

import org.jspecify.annotations.NullMarked;
