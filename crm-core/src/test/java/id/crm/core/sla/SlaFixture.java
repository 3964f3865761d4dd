package id.crm.core.sla;

import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.ReporterContact;
import id.crm.core.Crm;
import id.crm.core.TestCity.MutableClock;
import id.crm.core.access.Actor;
import id.crm.core.category.Category;
import id.crm.core.category.CategoryCatalog;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.org.OrgDirectory;
import id.crm.core.org.OrgUnit;
import id.crm.core.org.UnitKind;
import id.crm.core.store.InMemoryComplaintStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small city for SLA, scoring and satisfaction tests: one city, one district, three kelurahan,
 * two agencies with their city branches, the regional secretary, the governance bureau and a toll
 * operator; categories of weights 1 to 4. Real Kemendagri codes of Jakarta Timur.
 */
public final class SlaFixture {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final String KOTA = "31.75";
    public static final String KECAMATAN = "31.75.07";
    public static final String KLENDER = "31.75.07.1007";
    public static final String PONDOK_BAMBU = "31.75.07.1001";
    public static final String DUREN_SAWIT = "31.75.07.1002";
    public static final String DISHUB = "DISHUB";
    public static final String SUDINHUB = "SUDINHUB-31.75";
    public static final String DSDA = "DSDA";
    public static final String SUDINSDA = "SUDINSDA-31.75";
    public static final String SEKDA = "SEKDA";
    public static final String BIROPEM = "BIROPEM";
    public static final Actor VERIFIER = Actor.verifier("biropem.1", BIROPEM);
    public static final MediaRef PHOTO = new MediaRef("evidence/after.jpg", "image/jpeg");

    private static final AtomicLong IDS = new AtomicLong();

    private SlaFixture() {
    }

    public static OrgDirectory directory() {
        return OrgDirectory.of(List.of(
                OrgUnit.of("31", "Provinsi DKI Jakarta", UnitKind.PROVINCE, null),
                OrgUnit.of(KOTA, "Kota Administrasi Jakarta Timur", UnitKind.KOTA, "31"),
                OrgUnit.of(KECAMATAN, "Kecamatan Duren Sawit", UnitKind.KECAMATAN, KOTA),
                OrgUnit.of(KLENDER, "Kelurahan Klender", UnitKind.KELURAHAN, KECAMATAN),
                OrgUnit.of(PONDOK_BAMBU, "Kelurahan Pondok Bambu", UnitKind.KELURAHAN, KECAMATAN),
                OrgUnit.of(DUREN_SAWIT, "Kelurahan Duren Sawit", UnitKind.KELURAHAN, KECAMATAN),
                OrgUnit.of(DISHUB, "Dinas Perhubungan", UnitKind.DINAS, "31"),
                OrgUnit.of(SUDINHUB, "Suku Dinas Perhubungan Jakarta Timur", UnitKind.SUKU_DINAS, DISHUB),
                OrgUnit.of(DSDA, "Dinas Sumber Daya Air", UnitKind.DINAS, "31"),
                OrgUnit.of(SUDINSDA, "Suku Dinas Sumber Daya Air Jakarta Timur", UnitKind.SUKU_DINAS, DSDA),
                OrgUnit.of(SEKDA, "Sekretariat Daerah", UnitKind.BIRO, "31"),
                OrgUnit.of(BIROPEM, "Biro Pemerintahan", UnitKind.BIRO, "31"),
                OrgUnit.of("JASAMARGA", "PT Jasa Marga", UnitKind.EXTERNAL, null)));
    }

    public static CategoryCatalog categories(OrgDirectory d) {
        return CategoryCatalog.of(List.of(
                new Category("SAMPAH", "Sampah", null, true, 1),
                new Category("PARKIR_LIAR", "Parkir Liar", DISHUB, false, 1),
                new Category("SALURAN_AIR", "Saluran Air", DSDA, false, 2),
                new Category("JALAN_TOL", "Jalan Tol", BIROPEM, false, 3),
                new Category("BANJIR", "Penanganan Banjir", DSDA, false, 4)), d);
    }

    public static SlaPolicy jakarta() {
        return SlaPolicy.fromResource("id/crm/core/sla/sla-jakarta.json");
    }

    public static SlaPolicy tiers() {
        return SlaPolicy.fromResource("id/crm/core/sla/sla-kelurahan-tiers.json");
    }

    /** An engine with the SLA reaction, a sweeper and a recording notifier. */
    public static Engine engine(MutableClock clock, SlaPolicy policy) {
        OrgDirectory d = directory();
        CategoryCatalog c = categories(d);
        Crm crm = Crm.builder().directory(d).categories(c).store(new InMemoryComplaintStore()).clock(clock)
                .zone(WIB).numberPrefix("JK").reaction(new SlaReaction(policy, d, c)).build();
        RecordingNotifier notifier = new RecordingNotifier();
        return new Engine(crm, new SlaSweeper(crm, policy, notifier, 3), notifier, clock, policy);
    }

    /** A report placed in a kelurahan with a category hint. */
    public static InboundReport report(Instant at, String kelurahan, String categoryHint) {
        return InboundReport.builder().channelId("jaki").externalId("sla-" + IDS.incrementAndGet()).receivedAt(at)
                .text("laporan " + categoryHint).categoryHint(categoryHint).attribute("kelurahan", kelurahan)
                .reporter(ReporterContact.ofPhone("+6281200000000")).build();
    }

    public static Actor staff(String unit) {
        return Actor.operator("staff." + unit, unit);
    }

    /** The engine and its parts. */
    public record Engine(Crm crm, SlaSweeper sweeper, RecordingNotifier notifier, MutableClock clock, SlaPolicy policy) {
    }

    /** A fake notifier that keeps what it was told. */
    public static final class RecordingNotifier implements EscalationNotifier {
        public final List<Escalation> seen = new CopyOnWriteArrayList<>();

        @Override
        public void notify(Escalation e) {
            seen.add(e);
        }
    }

    public static <T extends ComplaintEvent> List<T> events(List<ComplaintEvent> history, Class<T> type) {
        return history.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
