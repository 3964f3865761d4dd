package id.crm.channel.desk;

import id.crm.channel.spi.Privacy;
import java.time.DayOfWeek;
import java.util.Optional;

/**
 * The desk of a kelurahan (urban village) office, including its Sunday weekend desk. The {@code desk}
 * attribute is the kelurahan's Kemendagri code, e.g. {@code 31.75.07.1007} for Klender.
 *
 * <p>Thread-safe and stateless; see {@link DeskAdapter} for the format and attributes.
 *
 * @since 0.1
 */
public final class KantorKelurahanAdapter extends DeskAdapter {

    /** The channel id, stable forever. */
    public static final String ID = "kantor-kelurahan";

    public KantorKelurahanAdapter() {
        super(ID, "Kantor Kelurahan", false, Privacy.PUBLIC, Optional.of(DayOfWeek.SUNDAY));
    }
}
