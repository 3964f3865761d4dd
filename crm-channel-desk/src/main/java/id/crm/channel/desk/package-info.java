/**
 * Face-to-face and paper channels, entered by staff: kantor kelurahan, kantor kecamatan (with their
 * Sunday and Saturday weekend desks), Surat Gubernur, Pendopo Balai Kota and Kantor Inspektorat.
 * They share one JSON entry format, published in {@link id.crm.channel.desk.DeskSchemas}.
 *
 * @since 0.1
 */
@NullMarked
package id.crm.channel.desk;

import org.jspecify.annotations.NullMarked;
