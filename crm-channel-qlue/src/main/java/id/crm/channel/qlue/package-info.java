/**
 * The Qlue channel: {@link id.crm.channel.qlue.QlueAdapter} reads Qlue's JSON feed (polled, with
 * a cursor) and single-report webhooks.
 *
 * @since 0.1
 */
@NullMarked
package id.crm.channel.qlue;

import org.jspecify.annotations.NullMarked;
