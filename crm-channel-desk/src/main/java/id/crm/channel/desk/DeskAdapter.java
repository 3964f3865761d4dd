package id.crm.channel.desk;

import static java.util.Objects.requireNonNull;

import id.crm.channel.desk.internal.DeskEntryParser;
import id.crm.channel.desk.internal.DeskRules;
import id.crm.channel.spi.Capability;
import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelDescriptor;
import id.crm.channel.spi.ChannelKind;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.Privacy;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A face-to-face or paper channel whose complaints an officer enters on the citizen's behalf. All
 * desks share one JSON format, published as {@value DeskSchemas#ENTRY_RESOURCE}; every violation of
 * it is reported at once with its JSON pointer.
 *
 * <p>Each report carries the attributes {@code officer} (who entered it), {@code desk} (the unit
 * code of the desk) and, when the paper has one, {@code paper_reference} (upper-cased, spaces
 * around {@code /} removed). A report entered at a weekend desk (kecamatan on Saturday, kelurahan
 * on Sunday, in WIB) also has {@code weekend_desk=true}. The external id is
 * {@code <channel id>:<paper reference>} when there is a reference (one paper, one report, however
 * often it is entered), else the form's {@code entry_id}.
 *
 * <p>Thread-safe and stateless. The subclasses are the five desks of Jakarta's CRM; they are
 * discovered through {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public abstract sealed class DeskAdapter implements ChannelAdapter
        permits KantorKelurahanAdapter, KantorKecamatanAdapter, SuratGubernurAdapter, PendopoBalaiKotaAdapter,
                KantorInspektoratAdapter {

    private final String id;
    private final ChannelDescriptor descriptor;
    private final boolean paperReferenceRequired;
    private final Privacy defaultPrivacy;
    private final DeskEntryParser parser;

    DeskAdapter(String id, String displayName, boolean paperReferenceRequired, Privacy defaultPrivacy,
                Optional<DayOfWeek> weekendDay) {
        this.id = requireNonNull(id, "id");
        this.descriptor = new ChannelDescriptor(displayName, ChannelKind.FACE_TO_FACE, Set.of(Capability.STAFF_ENTRY), "1.0");
        this.paperReferenceRequired = paperReferenceRequired;
        this.defaultPrivacy = requireNonNull(defaultPrivacy, "defaultPrivacy");
        this.parser = new DeskEntryParser(new DeskRules(id, paperReferenceRequired, defaultPrivacy, weekendDay),
                paperReferenceRequired ? DeskSchemas.letterEntry() : DeskSchemas.entry());
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final ChannelDescriptor descriptor() {
        return descriptor;
    }

    /** Whether every entry of this desk must carry the paper's reference number. */
    public final boolean paperReferenceRequired() {
        return paperReferenceRequired;
    }

    /** The privacy of an entry that does not choose one. */
    public final Privacy defaultPrivacy() {
        return defaultPrivacy;
    }

    @Override
    public final List<InboundReport> parse(InboundMessage message) {
        return parser.parse(message);
    }
}
