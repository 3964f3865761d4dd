package id.crm.core;

import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.Privacy;
import id.crm.channel.spi.ReporterContact;
import id.crm.core.access.Actor;
import id.crm.core.category.CategoryCatalog;
import id.crm.core.org.OrgDirectory;
import id.crm.core.org.OrgDirectoryLoader;
import id.crm.core.store.InMemoryComplaintStore;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** Test fixtures: a small sample of Jakarta's structure, Kota Bandung, a settable clock, and actors. */
public final class TestCity {

    public static final String KLENDER = "31.75.07.1007";
    public static final String TEBET_TIMUR = "31.74.01.1001";
    public static final Actor KLENDER_LURAH = Actor.operator("lurah.klender", KLENDER);
    public static final Actor TEBET_LURAH = Actor.operator("lurah.tebettimur", TEBET_TIMUR);
    public static final Actor DISHUB_OFFICER = Actor.operator("dishub.1", "DISHUB");
    public static final Actor SUDINHUB_OFFICER = Actor.operator("sudinhub.jt.1", "SUDINHUB-31.75");
    public static final Actor VERIFIER = Actor.verifier("biropem.1", "BIROPEM");
    public static final Actor INTAKE = Actor.intake("intake.1", null);
    public static final MediaRef PHOTO = new MediaRef("evidence/after-1.jpg", "image/jpeg");

    private TestCity() {
    }

    public static OrgDirectory jakarta() {
        return OrgDirectoryLoader.load(resource("/jakarta-sample-org.json"));
    }

    public static CategoryCatalog jakartaCategories(OrgDirectory d) {
        return CategoryCatalog.load(resource("/jakarta-sample-categories.json"), d);
    }

    public static OrgDirectory bandung() {
        return OrgDirectoryLoader.load(resource("/bandung-org.json"));
    }

    public static CategoryCatalog bandungCategories(OrgDirectory d) {
        return CategoryCatalog.load(resource("/bandung-categories.json"), d);
    }

    static InputStream resource(String name) {
        InputStream in = TestCity.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }

    /** An engine on the Jakarta sample with an in-memory store and the given clock. */
    public static Crm engine(Clock clock) {
        OrgDirectory d = jakarta();
        return Crm.builder().directory(d).categories(jakartaCategories(d)).store(new InMemoryComplaintStore())
                .clock(clock).numberPrefix("JK").zone(ZoneId.of("Asia/Jakarta")).build();
    }

    private static final AtomicLong IDS = new AtomicLong();

    /** A report from JAKI at Klender (story 1), with a kelurahan attribute standing in for geo routing. */
    public static InboundReport.Builder jakiAtKlender(Instant at) {
        return InboundReport.builder().channelId("jaki").externalId("jaki-" + IDS.incrementAndGet()).receivedAt(at)
                .text("Parkir liar di bahu jalan memakan 2 lajur, bikin macet").point(-6.2187, 106.9081)
                .categoryHint("Parkir Liar").attribute("kelurahan", KLENDER)
                .addMedia(new MediaRef("https://example.invalid/p1.jpg", "image/jpeg"))
                .reporter(new ReporterContact("Siti Rahmawati", "+6281234567890", null, "siti@example.id", null))
                .privacy(Privacy.PUBLIC);
    }

    /** A clock that tests move by hand. */
    public static final class MutableClock extends Clock {
        private Instant now;

        public MutableClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        public void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
