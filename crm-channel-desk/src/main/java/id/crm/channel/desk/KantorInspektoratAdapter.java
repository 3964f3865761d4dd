package id.crm.channel.desk;

import id.crm.channel.spi.Privacy;
import java.util.Optional;

/**
 * The Inspektorat's desk, for complaints about officials (illegal fees, misconduct). Entries are
 * {@link Privacy#CONFIDENTIAL} (<i>rahasia</i>) unless the citizen chooses otherwise, because the
 * person complained about may work in the unit that would see a public report; every entry must
 * carry the paper form's reference number ({@code paper_reference}).
 *
 * <p>Thread-safe and stateless; see {@link DeskAdapter} for the format and attributes.
 *
 * @since 0.1
 */
public final class KantorInspektoratAdapter extends DeskAdapter {

    /** The channel id, stable forever. */
    public static final String ID = "kantor-inspektorat";

    public KantorInspektoratAdapter() {
        super(ID, "Kantor Inspektorat", true, Privacy.CONFIDENTIAL, Optional.empty());
    }
}
