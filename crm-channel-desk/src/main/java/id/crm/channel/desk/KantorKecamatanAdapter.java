package id.crm.channel.desk;

import id.crm.channel.spi.Privacy;
import java.time.DayOfWeek;
import java.util.Optional;

/**
 * The desk of a kecamatan (district) office, including its Saturday weekend desk. The {@code desk}
 * attribute is the kecamatan's Kemendagri code, e.g. {@code 31.75.07} for Duren Sawit.
 *
 * <p>Thread-safe and stateless; see {@link DeskAdapter} for the format and attributes.
 *
 * @since 0.1
 */
public final class KantorKecamatanAdapter extends DeskAdapter {

    /** The channel id, stable forever. */
    public static final String ID = "kantor-kecamatan";

    public KantorKecamatanAdapter() {
        super(ID, "Kantor Kecamatan", false, Privacy.PUBLIC, Optional.of(DayOfWeek.SATURDAY));
    }
}
