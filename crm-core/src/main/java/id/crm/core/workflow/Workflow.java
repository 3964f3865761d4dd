package id.crm.core.workflow;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.MediaRef;
import id.crm.core.IllegalTransitionException;
import id.crm.core.category.Category;
import id.crm.core.category.CategoryCatalog;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.Status;
import id.crm.core.org.OrgDirectory;
import id.crm.core.org.OrgUnit;
import id.crm.core.org.UnitKind;
import id.crm.core.workflow.Command.*;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The complaint workflow: decides whether a command may happen to a complaint now and, if so, which
 * events record it. It is a graph, not a line: a kelurahan may work on a report itself or forward it
 * directly to a dinas; a dinas disposes to its own suku dinas; a unit returns a report outside its
 * remit; reports reach external parties through a bureau. A refused command throws and changes
 * nothing.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Workflow {

    private static final Set<Status> FORWARDABLE = EnumSet.of(Status.MENUNGGU, Status.KOORDINASI, Status.DISPOSISI,
            Status.PROSES, Status.DIBUKA_KEMBALI);
    private static final Set<Status> STARTABLE = EnumSet.of(Status.MENUNGGU, Status.KOORDINASI, Status.DISPOSISI,
            Status.DIBUKA_KEMBALI);
    private static final Set<Status> REJECTABLE = EnumSet.of(Status.MENUNGGU, Status.KOORDINASI, Status.DISPOSISI);
    private static final Set<Status> MERGEABLE = EnumSet.of(Status.MENUNGGU, Status.KOORDINASI);

    private final OrgDirectory directory;
    private final CategoryCatalog categories;
    private final WorkflowRules rules;

    public Workflow(OrgDirectory directory, CategoryCatalog categories, WorkflowRules rules) {
        this.directory = requireNonNull(directory, "directory");
        this.categories = requireNonNull(categories, "categories");
        this.rules = requireNonNull(rules, "rules");
    }

    public WorkflowRules rules() {
        return rules;
    }

    /**
     * Decides a command.
     *
     * @param c the complaint's current state
     * @param cmd the command, with its actor
     * @param now the engine's clock
     * @param lookup finds other complaints (the master of a duplicate)
     * @return the events that record the command, in order
     * @throws id.crm.core.NotPermittedException when the actor may not do this to this complaint
     * @throws IllegalTransitionException when the complaint's state does not allow it
     */
    public List<ComplaintEvent> decide(Complaint c, Command cmd, Instant now, Function<ComplaintId, Optional<Complaint>> lookup) {
        requireNonNull(c, "complaint");
        requireNonNull(cmd, "command");
        Permissions.check(cmd, c);
        var by = cmd.actor();
        if (cmd instanceof Place p) {
            require(c, c.status() == Status.MENUNGGU, "only a waiting report can be placed");
            OrgUnit kel = unit(p.kelurahanCode());
            require(c, kel.kind() == UnitKind.KELURAHAN, p.kelurahanCode() + " is a " + kel.kind() + ", not a kelurahan");
            require(c, !c.kelurahan().equals(Optional.of(kel.code())), "it is already placed in " + kel.name());
            return List.of(new ComplaintEvent.Placed(now, by, kel.code(), 1.0, "manual"));
        }
        if (cmd instanceof Categorise k) {
            require(c, c.status().isOpen(), "a report that is " + c.status().label() + " cannot be re-categorised");
            Category cat = categories.find(k.categoryCode()).orElseThrow(
                    () -> new IllegalTransitionException("unknown category '" + k.categoryCode() + "'"));
            return List.of(new ComplaintEvent.Categorised(now, by, cat.code(), 1.0, cat.defaultUnitCode()));
        }
        if (cmd instanceof Forward f) {
            return List.of(forward(c, f, now));
        }
        if (cmd instanceof Dispose d) {
            require(c, EnumSet.of(Status.KOORDINASI, Status.MENUNGGU, Status.DIBUKA_KEMBALI).contains(c.status()),
                    "only a report awaiting handling can be disposed");
            OrgUnit to = unit(d.toUnit());
            String holder = c.holder().orElseThrow();
            require(c, to.kind() == UnitKind.SUKU_DINAS && holder.equals(to.parentCode()),
                    to.name() + " is not a suku dinas of " + unit(holder).name());
            return List.of(new ComplaintEvent.Disposed(now, by, holder, to.code(), d.note()));
        }
        if (cmd instanceof Return r) {
            require(c, EnumSet.of(Status.KOORDINASI, Status.DISPOSISI).contains(c.status()) && c.handlers().size() >= 2,
                    "only a report received from another unit can be returned");
            nonBlank(r.reason(), "a return needs a reason");
            String from = c.holder().orElseThrow();
            String to = c.handlers().get(c.handlers().size() - 2);
            return List.of(new ComplaintEvent.Returned(now, by, from, to, r.reason().strip()));
        }
        if (cmd instanceof StartWork) {
            require(c, STARTABLE.contains(c.status()), "work cannot start on a report that is " + c.status().label());
            return List.of(new ComplaintEvent.WorkStarted(now, by, c.holder().orElseThrow()));
        }
        if (cmd instanceof Resolve r) {
            require(c, c.status() == Status.PROSES, "only a report in Proses can be marked done");
            require(c, !r.evidence().isEmpty(), "Selesai needs at least one evidence photo");
            for (MediaRef m : r.evidence()) {
                require(c, m.type().map(t -> t.startsWith("image/")).orElse(true),
                        "evidence must be a photo, not " + m.type().orElse("?"));
            }
            return List.of(new ComplaintEvent.Resolved(now, by, c.holder().orElseThrow(), r.evidence(), r.note().strip()));
        }
        if (cmd instanceof Close k) {
            require(c, c.status() == Status.SELESAI, "only a report marked Selesai can be verified and closed");
            require(c, !c.evidence().isEmpty(), "a report without evidence cannot be closed");
            return List.of(new ComplaintEvent.Closed(now, by, k.note().strip()));
        }
        if (cmd instanceof Reject r) {
            require(c, REJECTABLE.contains(c.status()), "a report that is " + c.status().label() + " cannot be rejected");
            nonBlank(r.reason(), "a rejection needs a reason");
            return List.of(new ComplaintEvent.Rejected(now, by, r.reason().strip()));
        }
        if (cmd instanceof MarkDuplicate m) {
            require(c, MERGEABLE.contains(c.status()), "a report that is " + c.status().label() + " cannot be merged");
            require(c, !m.master().equals(c.id()), "a report cannot be its own duplicate");
            Complaint master = lookup.apply(m.master()).orElseThrow(
                    () -> new IllegalTransitionException("no master report " + m.master()));
            require(c, master.status() != Status.DUPLIKAT && master.status() != Status.DITOLAK,
                    "the master " + master.number() + " is itself " + master.status().label());
            return List.of(new ComplaintEvent.MarkedDuplicate(now, by, master.id(), master.number()));
        }
        if (cmd instanceof Reopen r) {
            require(c, c.status() == Status.SELESAI || c.status() == Status.DITUTUP, "only done work can be reopened");
            Instant resolved = c.resolvedAt().orElseThrow();
            require(c, !now.isAfter(resolved.plus(rules.reopenWindow())),
                    "the reopen window of " + rules.reopenWindow().toDays() + " days has passed");
            nonBlank(r.reason(), "a reopen needs a reason");
            return List.of(new ComplaintEvent.Reopened(now, by, c.resolvedBy().orElseThrow(), r.reason().strip()));
        }
        if (cmd instanceof Rate r) {
            require(c, c.status() == Status.DITUTUP || c.status() == Status.SELESAI, "only done work can be rated");
            require(c, c.rating().isEmpty(), "the report was already rated");
            require(c, r.stars() >= 1 && r.stars() <= 5, "a rating is 1 to 5 stars, not " + r.stars());
            return List.of(new ComplaintEvent.Rated(now, by, r.stars(), r.comment().strip()));
        }
        if (cmd instanceof RequestInfo q) {
            require(c, c.status().isOpen() && !c.awaitingReporter(), "no question can be asked now");
            nonBlank(q.question(), "the question is empty");
            return List.of(new ComplaintEvent.InfoRequested(now, by, q.question().strip()));
        }
        if (cmd instanceof ProvideInfo p) {
            require(c, c.awaitingReporter(), "nobody asked the reporter a question");
            nonBlank(p.answer(), "the answer is empty");
            return List.of(new ComplaintEvent.InfoProvided(now, by, p.answer().strip()));
        }
        throw new IllegalArgumentException("unknown command " + cmd);
    }

    private ComplaintEvent forward(Complaint c, Forward f, Instant now) {
        require(c, FORWARDABLE.contains(c.status()), "a report that is " + c.status().label() + " cannot be forwarded");
        String from = c.holder().orElseThrow();
        OrgUnit to = unit(f.toUnit());
        require(c, !to.code().equals(from), "the report is already at " + to.name());
        require(c, to.kind() != UnitKind.SUKU_DINAS,
                to.name() + " is a suku dinas: forward to its dinas, which disposes to it");
        require(c, rules.forwardTargets().contains(to.kind()), "reports are not forwarded to a " + to.kind());
        require(c, to.kind() != UnitKind.EXTERNAL || unit(from).kind() == UnitKind.BIRO,
                "external parties are reached through a bureau (biro), not directly");
        return new ComplaintEvent.Forwarded(now, f.actor(), from, to.code(), f.outOfRemit(), f.note().strip());
    }

    private OrgUnit unit(String code) {
        return directory.find(code).orElseThrow(() -> new IllegalTransitionException("no unit with code '" + code + "'"));
    }

    private static void require(Complaint c, boolean condition, String why) {
        if (!condition) {
            throw new IllegalTransitionException("report " + c.number() + " (" + c.status().label() + "): " + why);
        }
    }

    private static void nonBlank(String s, String why) {
        if (s.isBlank()) {
            throw new IllegalTransitionException(why);
        }
    }
}
