/**
 * The LAPOR! SP4N channel: reports that the national complaint system disposes to the province,
 * keyed by LAPOR!'s tracking number and authenticated with a shared token.
 *
 * @since 0.1
 */
@NullMarked
package id.crm.channel.lapor;

import org.jspecify.annotations.NullMarked;
