package id.crm.channel.desk;

import id.crm.channel.spi.Privacy;
import java.util.Optional;

/**
 * Letters to the governor (<i>surat kepada Gubernur</i>), registered by the governor's secretariat.
 * Every entry must carry the letter's reference number ({@code paper_reference}), which makes the
 * external id: one letter, one report.
 *
 * <p>Thread-safe and stateless; see {@link DeskAdapter} for the format and attributes.
 *
 * @since 0.1
 */
public final class SuratGubernurAdapter extends DeskAdapter {

    /** The channel id, stable forever. */
    public static final String ID = "surat-gubernur";

    public SuratGubernurAdapter() {
        super(ID, "Surat Gubernur", true, Privacy.PUBLIC, Optional.empty());
    }
}
