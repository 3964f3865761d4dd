package id.crm.core.scoring;

import id.crm.channel.spi.Privacy;
import id.crm.core.access.Actor;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintEvent.*;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.ReportNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds synthetic complaint histories event by event, for scoring tests without an engine. */
final class History {

    static final Actor A = Actor.SYSTEM;
    private static long seq;
    private final List<ComplaintEvent> events = new ArrayList<>();
    private Instant t;

    History(Instant start, String kelurahan) {
        t = start;
        events.add(new Received(t, A, ComplaintId.random(), ReportNumber.of("JK", LocalDate.of(2025, 6, 2), ++seq % 9999 + 1),
                "h", "test", "x" + seq, t, "laporan", null, null, null, List.of(), Privacy.PUBLIC, Map.of()));
        events.add(new Placed(t, A, kelurahan, 1, "test"));
    }

    History after(Duration d) { t = t.plus(d); return this; }

    History forward(String from, String to, boolean outOfRemit) { events.add(new Forwarded(t, A, from, to, outOfRemit, "")); return this; }

    History dispose(String from, String to) { events.add(new Disposed(t, A, from, to, "")); return this; }

    History start(String unit) { events.add(new WorkStarted(t, A, unit)); return this; }

    History resolve(String unit) { events.add(new Resolved(t, A, unit, List.of(), "")); return this; }

    History reopen(String unit) { events.add(new Reopened(t, A, unit, "belum")); return this; }

    History rate(int stars) { events.add(new Rated(t, A, stars, "")); return this; }

    History stopped(String target, String holder, boolean met) { events.add(new DeadlineStopped(t, A, target, holder, met)); return this; }

    History breached(String target, String holder) { events.add(new SlaBreached(t, A, target, holder, t, List.of())); return this; }

    List<ComplaintEvent> events() { return List.copyOf(events); }
}
