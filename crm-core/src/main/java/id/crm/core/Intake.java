package id.crm.core;

import id.crm.channel.spi.InboundReport;
import id.crm.core.access.Actor;
import id.crm.core.category.CategoryCatalog;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.ReportNumber;
import id.crm.core.complaint.ReporterToken;
import id.crm.core.internal.Notifications;
import id.crm.core.org.OrgDirectory;
import id.crm.core.routing.DuplicateDetector;
import id.crm.core.routing.Router;
import id.crm.core.routing.RoutingDecision;
import id.crm.core.store.Commit;
import id.crm.core.store.ComplaintStore;
import id.crm.core.store.IntakeKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accepts validated reports: idempotency by (channel, external id), numbering, placement,
 * categorisation, duplicate linking, and one commit with the reporter's identity and the
 * acknowledgement. Thread-safe.
 */
final class Intake {

    private final ComplaintStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final String prefix;
    private final Router router;
    private final DuplicateDetector duplicates;
    private final double placementThreshold;
    private final OrgDirectory directory;
    private final CategoryCatalog categories;
    private final Changes changes;

    Intake(ComplaintStore store, Clock clock, ZoneId zone, String prefix, Router router, DuplicateDetector duplicates,
           double placementThreshold, OrgDirectory directory, CategoryCatalog categories, Changes changes) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.prefix = prefix;
        this.router = router;
        this.duplicates = duplicates;
        this.placementThreshold = placementThreshold;
        this.directory = directory;
        this.categories = categories;
        this.changes = changes;
    }

    Submission accept(InboundReport report) {
        Optional<Submission> replay = replayOf(report);
        if (replay.isPresent()) {
            return replay.get();
        }
        Instant now = clock.instant();
        ComplaintId id = ComplaintId.random();
        ReportNumber number = ReportNumber.of(prefix, now.atZone(zone).toLocalDate(),
                store.nextSequence(prefix, now.atZone(zone).toLocalDate()));
        ReporterToken token = ReporterToken.random();
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new ComplaintEvent.Received(now, Actor.SYSTEM, id, number, token.hash(), report.channelId(),
                report.externalId(), report.receivedAt(), report.text(), report.point().orElse(null),
                report.address().orElse(null), report.categoryHint().orElse(null), report.media(), report.privacy(),
                report.attributes()));
        RoutingDecision decision = router.route(report);
        decision.placement()
                .filter(p -> p.confidence() >= placementThreshold && directory.contains(p.kelurahanCode()))
                .ifPresent(p -> events.add(new ComplaintEvent.Placed(now, Actor.SYSTEM, p.kelurahanCode(),
                        p.confidence(), p.method())));
        decision.classification().filter(k -> categories.find(k.categoryCode()).isPresent())
                .ifPresent(k -> events.add(new ComplaintEvent.Categorised(now, Actor.SYSTEM, k.categoryCode(),
                        k.confidence(), k.suggestedUnit())));
        Complaint state = Complaint.replay(events);
        Optional<String> reporterKey = report.reporter().reporterKey();
        Optional<ComplaintId> master = duplicates.findMaster(state, reporterKey)
                .flatMap(store::load).filter(m -> m.status().isOpen()).map(Complaint::id);
        master.ifPresent(m -> events.add(new ComplaintEvent.MarkedDuplicate(now, Actor.SYSTEM, m,
                store.load(m).orElseThrow().number())));
        state = Complaint.replay(events);
        List<ComplaintEvent> all = changes.withReactions(Optional.empty(), events, state, now);
        state = Complaint.replay(all);
        List<Commit.Append> appends = new ArrayList<>();
        appends.add(new Commit.Append(id, 0, all, state));
        master.ifPresent(m -> appends.add(changes.linkToMaster(m, id, now)));
        try {
            store.commit(new Commit(appends, Optional.of(new IntakeKey(report.channelId(), report.externalId(), id)),
                    Optional.of(new Commit.NewReporter(id, report.reporter())),
                    List.of(Notifications.accepted(state, now))));
        } catch (ConcurrencyConflictException e) {
            // A concurrent delivery of the same report won, or the master changed meanwhile.
            Optional<Submission> again = replayOf(report);
            if (again.isPresent()) {
                return again.get();
            }
            throw e;
        }
        if (state.status().isOpen()) {
            duplicates.register(state, reporterKey);
        }
        return new Submission(id, number, Optional.of(token), false, state.status(), state.kelurahan(), master);
    }

    private Optional<Submission> replayOf(InboundReport report) {
        return store.findIntake(report.channelId(), report.externalId()).flatMap(store::load)
                .map(c -> new Submission(c.id(), c.number(), Optional.empty(), true, c.status(), c.kelurahan(),
                        c.master()));
    }
}
