package id.crm.channel.desk;

import id.crm.channel.spi.Privacy;
import java.util.Optional;

/**
 * The complaint desk in the pendopo of Jakarta's city hall (Balai Kota), where citizens meet the
 * governor's staff in person.
 *
 * <p>Thread-safe and stateless; see {@link DeskAdapter} for the format and attributes.
 *
 * @since 0.1
 */
public final class PendopoBalaiKotaAdapter extends DeskAdapter {

    /** The channel id, stable forever. */
    public static final String ID = "pendopo-balai-kota";

    public PendopoBalaiKotaAdapter() {
        super(ID, "Pendopo Balai Kota", false, Privacy.PUBLIC, Optional.empty());
    }
}
