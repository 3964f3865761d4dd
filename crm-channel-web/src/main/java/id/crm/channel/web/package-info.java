/**
 * Web and app channels: JAKI (the Jakarta Kini app, geotagging) and Balai Warga (the jakarta.go.id
 * complaint form, non-geotagging). Both post one JSON submission per report; the contract is the
 * JSON Schema in {@link id.crm.channel.web.WebSchemas}, and every violation of it is reported at once
 * with its JSON pointer.
 *
 * @since 0.1
 */
@NullMarked
package id.crm.channel.web;

import org.jspecify.annotations.NullMarked;
