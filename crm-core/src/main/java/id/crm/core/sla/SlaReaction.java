package id.crm.core.sla;

import static java.util.Objects.requireNonNull;

import id.crm.core.Reaction;
import id.crm.core.access.Actor;
import id.crm.core.category.Category;
import id.crm.core.category.CategoryCatalog;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintEvent.DeadlineSet;
import id.crm.core.complaint.ComplaintEvent.DeadlineStopped;
import id.crm.core.complaint.Deadline;
import id.crm.core.org.OrgDirectory;
import id.crm.core.org.OrgUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Starts, stops and shifts service-level clocks as a report changes hands, in the same commit as
 * the change. The clock is the holder's: when a unit receives a report its targets start; when it
 * hands the report on (forwarding, also outside its remit, or returning it) its clocks stop, met
 * when within the allowance, and the receiver's start. A dinas that disposes a report to its suku
 * dinas stays accountable (Pergub DKI 128/2017): its {@link TargetRule#accountable()} clocks keep
 * running beside the suku dinas's own. Resolution meets every running clock; closing, rejecting or
 * merging stops them all. While the holder waits on the reporter the clocks pause; when the reporter
 * answers, every running clock is set again with its warning and due times shifted by the paused
 * (calendar or working) time. A re-categorisation applies from the next hand-over.
 *
 * <p>Add it with {@code Crm.builder().reaction(new SlaReaction(policy, directory, categories))}, and
 * run a {@link SlaSweeper} for the warnings and breaches. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SlaReaction implements Reaction {

    private final SlaPolicy policy;
    private final OrgDirectory directory;
    private final CategoryCatalog categories;

    /**
     * @throws id.crm.core.ConfigurationException when the policy names units or categories the
     *     deployment does not have
     */
    public SlaReaction(SlaPolicy policy, OrgDirectory directory, CategoryCatalog categories) {
        this.policy = requireNonNull(policy, "policy");
        this.directory = requireNonNull(directory, "directory");
        this.categories = requireNonNull(categories, "categories");
        policy.check(directory, categories);
    }

    public SlaPolicy policy() {
        return policy;
    }

    @Override
    public List<ComplaintEvent> react(Optional<Complaint> before, Complaint after, List<ComplaintEvent> change,
                                      Instant now) {
        if (change.stream().allMatch(SlaReaction::quiet)) {
            return List.of();
        }
        Optional<Category> category = after.category().flatMap(categories::find);
        List<ComplaintEvent> out = new ArrayList<>();
        if (change.stream().anyMatch(e -> e instanceof ComplaintEvent.InfoProvided)) {
            before.flatMap(Complaint::awaitingReporterSince).ifPresent(since -> resume(after, category, since, now, out));
            return out;
        }
        List<Deadline> running = new ArrayList<>(after.deadlines());
        if (!after.status().isOpen()) {
            running.forEach(d -> out.add(stop(d, now)));
            return out;
        }
        Set<String> acted = actors(change);
        String holder = after.holder().orElse(null);
        String accountable = after.accountable().orElse(null);
        Set<String> keep = new HashSet<>();
        for (Deadline d : running) {
            Optional<TargetRule> rule = policy.target(d.target());
            boolean firstActionDone = rule.map(r -> r.until() == TargetRule.Until.FIRST_ACTION).orElse(false)
                    && acted.contains(d.holder());
            boolean party = d.holder().equals(holder)
                    || (d.holder().equals(accountable) && rule.map(TargetRule::accountable).orElse(false));
            if (firstActionDone || !party) {
                out.add(stop(d, now));
            } else {
                keep.add(d.target() + '@' + d.holder());
            }
        }
        boolean reopened = change.stream().anyMatch(e -> e instanceof ComplaintEvent.Reopened);
        boolean newHolder = holder != null && !before.flatMap(Complaint::holder).equals(Optional.of(holder));
        Optional<OrgUnit> unit = Optional.ofNullable(holder).flatMap(directory::find);
        if ((newHolder || reopened) && unit.isPresent() && !policy.unclockedKinds().contains(unit.get().kind())) {
            for (TargetRule r : policy.targets()) {
                if (!r.appliesTo(unit.get().kind()) || keep.contains(r.id() + '@' + holder)
                        || (reopened && r.until() == TargetRule.Until.FIRST_ACTION)) {
                    continue;
                }
                SlaDuration allowance = policy.allowance(r, category);
                out.add(new DeadlineSet(now, Actor.SYSTEM, r.id(), holder, policy.warnAt(now, allowance),
                        policy.dueAt(now, allowance)));
            }
        }
        return out;
    }

    private void resume(Complaint c, Optional<Category> category, Instant since, Instant now, List<ComplaintEvent> out) {
        for (Deadline d : c.deadlines()) {
            boolean working = policy.target(d.target()).map(r -> policy.allowance(r, category).working()).orElse(false);
            WorkingCalendar cal = policy.calendar();
            Duration paused = cal.between(since, now, working);
            out.add(new DeadlineSet(now, Actor.SYSTEM, d.target(), d.holder(), cal.plus(d.warnAt(), paused, working),
                    cal.plus(d.dueAt(), paused, working)));
        }
    }

    private static DeadlineStopped stop(Deadline d, Instant now) {
        return new DeadlineStopped(now, Actor.SYSTEM, d.target(), d.holder(), !now.isAfter(d.dueAt()));
    }

    /** The units whose first action on the report is among these events. */
    private static Set<String> actors(List<ComplaintEvent> change) {
        Set<String> out = new HashSet<>();
        for (ComplaintEvent e : change) {
            String u = null;
            if (e instanceof ComplaintEvent.Forwarded f) u = f.fromUnit();
            else if (e instanceof ComplaintEvent.Disposed d) u = d.fromUnit();
            else if (e instanceof ComplaintEvent.Returned r) u = r.fromUnit();
            else if (e instanceof ComplaintEvent.WorkStarted w) u = w.unit();
            else if (e instanceof ComplaintEvent.Resolved r) u = r.unit();
            out.add(u);
        }
        out.remove(null);
        return out;
    }

    /** Events that never start, stop or shift a clock on their own. */
    private static boolean quiet(ComplaintEvent e) {
        return e instanceof DeadlineSet || e instanceof DeadlineStopped || e instanceof ComplaintEvent.SlaWarned
                || e instanceof ComplaintEvent.SlaBreached || e instanceof ComplaintEvent.IdentityViewed
                || e instanceof ComplaintEvent.Rated || e instanceof ComplaintEvent.InfoRequested
                || e instanceof ComplaintEvent.Categorised || e instanceof ComplaintEvent.DuplicateLinked;
    }

    @Override
    public String toString() {
        return "SlaReaction[" + policy.name() + "]";
    }
}
