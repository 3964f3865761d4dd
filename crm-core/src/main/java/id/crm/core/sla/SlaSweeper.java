package id.crm.core.sla;

import static java.util.Objects.requireNonNull;

import id.crm.core.CrmException;
import id.crm.core.Crm;
import id.crm.core.access.Actor;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintEvent.SlaBreached;
import id.crm.core.complaint.ComplaintEvent.SlaWarned;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.Deadline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records service-level warnings and breaches that have come due, and escalates them. A sweep asks
 * the store for the complaints whose next clock firing is due ({@link
 * id.crm.core.store.ComplaintStore#dueTimers}, an ordered index: it never scans open complaints) and
 * handles them in batches until nothing due remains. Each warning and each breach is recorded once
 * per clock (complaint, target and holder): the deadline's flags are part of the complaint's state,
 * and {@link Crm#record} commits with optimistic concurrency, so two sweepers racing on one
 * complaint cannot both record it. The notifier is called only by the sweeper whose commit won.
 *
 * <p>Run {@link #sweep} every few minutes from a scheduler. Thread-safe; sweepers in several
 * processes sharing one store do not double-escalate.
 *
 * @since 0.1
 */
public final class SlaSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(SlaSweeper.class);

    private final Crm crm;
    private final SlaPolicy policy;
    private final EscalationChain chain;
    private final EscalationNotifier notifier;
    private final int batchSize;

    /** A sweeper with batches of 500. */
    public SlaSweeper(Crm crm, SlaPolicy policy, EscalationNotifier notifier) {
        this(crm, policy, notifier, 500);
    }

    public SlaSweeper(Crm crm, SlaPolicy policy, EscalationNotifier notifier, int batchSize) {
        this.crm = requireNonNull(crm, "crm");
        this.policy = requireNonNull(policy, "policy");
        this.notifier = requireNonNull(notifier, "notifier");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
        policy.check(crm.directory(), crm.categories());
        this.chain = new EscalationChain(crm.directory(), policy.topUnit());
    }

    /** Records and escalates everything due at or before {@code now}. */
    public SweepResult sweep(Instant now) {
        requireNonNull(now, "now");
        SweepResult total = SweepResult.EMPTY;
        Set<ComplaintId> seen = new HashSet<>();
        while (true) {
            List<ComplaintId> due = crm.store().dueTimers(now, batchSize);
            List<ComplaintId> fresh = due.stream().filter(seen::add).toList();
            for (ComplaintId id : fresh) {
                total = total.plus(handle(id, now));
            }
            if (fresh.isEmpty() || due.size() < batchSize) {
                return total;
            }
        }
    }

    private SweepResult handle(ComplaintId id, Instant now) {
        AtomicReference<List<ComplaintEvent>> decided = new AtomicReference<>(List.of());
        Complaint after;
        try {
            after = crm.record(id, c -> {
                List<ComplaintEvent> events = decide(c, now);
                decided.set(events);
                return events;
            });
        } catch (CrmException e) {
            LOG.warn("{}: SLA sweep could not update complaint {}: {}", e.code(), id, e.getMessage());
            return new SweepResult(0, 0, 0, 1);
        }
        int warnings = 0;
        int breaches = 0;
        for (ComplaintEvent e : decided.get()) {
            if (e instanceof SlaWarned w) {
                warnings++;
                deliver(new Escalation(Escalation.Kind.WARNING, id, after.number(), w.target(), w.holder(), w.dueAt(),
                        List.of(w.holder()), false, w.at()));
            } else if (e instanceof SlaBreached b) {
                breaches++;
                boolean red = policy.target(b.target()).map(TargetRule::redFlag).orElse(false);
                deliver(new Escalation(Escalation.Kind.BREACH, id, after.number(), b.target(), b.holder(), b.dueAt(),
                        b.escalatedTo(), red, b.at()));
            }
        }
        return new SweepResult(1, warnings, breaches, 0);
    }

    /** The warnings and breaches due on one complaint; none while it waits on the reporter. */
    List<ComplaintEvent> decide(Complaint c, Instant now) {
        if (c.awaitingReporter()) {
            return List.of();
        }
        List<ComplaintEvent> out = new ArrayList<>();
        for (Deadline d : c.deadlines()) {
            if (!d.warned() && !d.warnAt().isAfter(now)) {
                out.add(new SlaWarned(now, Actor.SYSTEM, d.target(), d.holder(), d.dueAt()));
            }
            if (!d.breached() && !d.dueAt().isAfter(now)) {
                out.add(new SlaBreached(now, Actor.SYSTEM, d.target(), d.holder(), d.dueAt(), chain.of(d.holder())));
            }
        }
        return out;
    }

    private void deliver(Escalation e) {
        try {
            notifier.notify(e);
        } catch (RuntimeException ex) {
            LOG.warn("SLA notifier failed for report {} ({} {}): {}", e.number(), e.kind(), e.target(), ex.toString());
        }
    }
}
