package id.crm.examples.cli;

import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.Privacy;
import id.crm.channel.spi.ReporterContact;
import id.crm.core.Crm;
import id.crm.core.Submission;
import id.crm.core.access.Actor;
import id.crm.core.category.CategoryCatalog;
import id.crm.core.org.OrgDirectory;
import id.crm.core.org.OrgDirectoryLoader;
import id.crm.core.store.InMemoryComplaintStore;
import id.crm.core.view.PublicView;
import id.crm.core.view.TimelineEntry;
import id.crm.core.workflow.Command;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code crm-jakarta demo}: files one report the way scenario 1-4 of Jakarta's CRM tells it (illegal
 * parking in Klender, forwarded by the lurah straight to Dinas Perhubungan, disposed to its Jakarta
 * Timur branch, done with a photo, verified by Biro Pemerintahan) and prints its public timeline.
 * Runs on an in-memory store with a clock that moves as the story does; stores nothing.
 */
final class DemoCommand {

    private DemoCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.println("Usage: crm-jakarta demo");
            out.println("Files one complaint, routes, forwards, disposes, resolves and closes it; prints its public timeline.");
            return 0;
        }
        if (!args.isEmpty()) {
            err.println("crm-jakarta demo: takes no arguments");
            return 64;
        }
        OrgDirectory org = OrgDirectoryLoader.load(resource("org.json"));
        StoryClock clock = new StoryClock(Instant.parse("2023-06-19T01:10:00Z")); // Mon 08:10 WIB
        try (Crm crm = Crm.builder().directory(org).categories(CategoryCatalog.load(resource("categories.json"), org))
                .store(new InMemoryComplaintStore()).clock(clock).numberPrefix("JK")
                .zone(ZoneId.of("Asia/Jakarta")).build()) {
            Submission s = crm.submit(InboundReport.builder().channelId("jaki").externalId("demo-1")
                    .receivedAt(clock.instant()).text("Parkir liar di bahu jalan memakan 2 lajur, bikin macet")
                    .point(-6.2187, 106.9081).categoryHint("Parkir Liar").attribute("kelurahan", "31.75.07.1007")
                    .reporter(new ReporterContact("Warga Klender", "+6281234567890", null, null, null))
                    .privacy(Privacy.PUBLIC).build());
            out.println("Report " + s.number() + " received; the reporter got a private tracking token.");
            var id = s.id();
            clock.advance(Duration.ofMinutes(80));
            crm.handle(new Command.Forward(id, Actor.operator("lurah.klender", "31.75.07.1007"), "DISHUB",
                    "Parkir liar di jalan utama, kewenangan Dinas Perhubungan"));
            clock.advance(Duration.ofHours(1));
            crm.handle(new Command.Dispose(id, Actor.operator("dishub.1", "DISHUB"), "SUDINHUB-31.75", "Mohon ditertibkan"));
            Actor sudin = Actor.operator("sudinhub.jt.1", "SUDINHUB-31.75");
            clock.advance(Duration.ofHours(2));
            crm.handle(new Command.StartWork(id, sudin));
            clock.advance(Duration.ofHours(20));
            crm.handle(new Command.Resolve(id, sudin, List.of(new MediaRef("evidence/klender-bahu-jalan.jpg", "image/jpeg")),
                    "Kendaraan ditertibkan, bahu jalan bersih"));
            clock.advance(Duration.ofHours(3));
            crm.handle(new Command.Close(id, Actor.verifier("biropem.1", "BIROPEM"), "Terverifikasi"));
            print(crm.publicView(s.number()).orElseThrow(), out);
        }
        return 0;
    }

    private static void print(PublicView v, PrintStream out) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE dd MMM yyyy HH:mm 'WIB'").withZone(ZoneId.of("Asia/Jakarta"));
        out.println();
        out.println("Public timeline of " + v.number() + " (" + v.category() + ", " + v.kelurahanName() + ")");
        for (TimelineEntry e : v.timeline()) {
            out.printf("  %s  %-24s %s%n", f.format(e.at()), e.status(), e.description());
            e.evidence().forEach(m -> out.println("      evidence photo: " + m.uri()));
        }
        out.println("Status: " + v.statusLabel() + "; handled by " + v.handlingUnit());
    }

    private static InputStream resource(String name) {
        return DemoCommand.class.getResourceAsStream("/id/crm/examples/demo/" + name);
    }

    /** The story's clock: moves only when the story says so. */
    private static final class StoryClock extends Clock {
        private Instant now;

        StoryClock(Instant start) { now = start; }

        void advance(Duration d) { now = now.plus(d); }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }
}
