package id.crm.core.workflow;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.MediaRef;
import id.crm.core.access.Actor;
import id.crm.core.complaint.ComplaintId;
import java.util.List;

/**
 * Something an officer asks the engine to do to one complaint. Every command names the complaint and
 * carries its {@link Actor}; the {@link Workflow} checks both the transition and the actor's right to
 * it before anything changes. Reporters act through their token instead (see
 * {@code Crm.asReporter}).
 *
 * <p>All commands are immutable records and thread-safe.
 *
 * @since 0.1
 */
public sealed interface Command {

    ComplaintId complaint();

    Actor actor();

    /** Place an unplaced (or misplaced) report in a kelurahan. Intake staff. */
    record Place(ComplaintId complaint, Actor actor, String kelurahanCode) implements Command {
        public Place { requireNonNull(kelurahanCode, "kelurahanCode"); }
    }

    /** Set or correct the category. The holder or intake staff. */
    record Categorise(ComplaintId complaint, Actor actor, String categoryCode) implements Command {
        public Categorise { requireNonNull(categoryCode, "categoryCode"); }
    }

    /**
     * Pass the report to another unit; a kelurahan forwards directly to the competent dinas. With
     * {@code outOfRemit} the forwarder says the report was never its business: it is not scored for it.
     */
    record Forward(ComplaintId complaint, Actor actor, String toUnit, String note, boolean outOfRemit) implements Command {
        public Forward { requireNonNull(toUnit, "toUnit"); requireNonNull(note, "note"); }

        public Forward(ComplaintId complaint, Actor actor, String toUnit, String note) {
            this(complaint, actor, toUnit, note, true);
        }
    }

    /** A dinas orders its suku dinas to handle the report. */
    record Dispose(ComplaintId complaint, Actor actor, String toUnit, String note) implements Command {
        public Dispose { requireNonNull(toUnit, "toUnit"); requireNonNull(note, "note"); }
    }

    /** Send a report outside the holder's remit back to the unit it came from. */
    record Return(ComplaintId complaint, Actor actor, String reason) implements Command {
        public Return { requireNonNull(reason, "reason"); }
    }

    /** Start work (Proses). */
    record StartWork(ComplaintId complaint, Actor actor) implements Command {
    }

    /** Mark the work done; needs at least one evidence photo. */
    record Resolve(ComplaintId complaint, Actor actor, List<MediaRef> evidence, String note) implements Command {
        public Resolve { evidence = List.copyOf(evidence); requireNonNull(note, "note"); }
    }

    /** Verify done work and close the report. Verifiers only. */
    record Close(ComplaintId complaint, Actor actor, String note) implements Command {
        public Close { requireNonNull(note, "note"); }
    }

    /** Reject the report with a reason the reporter sees. */
    record Reject(ComplaintId complaint, Actor actor, String reason) implements Command {
        public Reject { requireNonNull(reason, "reason"); }
    }

    /** Merge this report into a master report about the same problem. */
    record MarkDuplicate(ComplaintId complaint, Actor actor, ComplaintId master) implements Command {
        public MarkDuplicate { requireNonNull(master, "master"); }
    }

    /** Reopen done or closed work within the reopen window (a verifier, or the reporter by token). */
    record Reopen(ComplaintId complaint, Actor actor, String reason) implements Command {
        public Reopen { requireNonNull(reason, "reason"); }
    }

    /** Rate the handling after closure, 1 to 5 stars (the reporter, by token). */
    record Rate(ComplaintId complaint, Actor actor, int stars, String comment) implements Command {
        public Rate { requireNonNull(comment, "comment"); }
    }

    /** Ask the reporter for more information; service-level clocks pause until they answer. */
    record RequestInfo(ComplaintId complaint, Actor actor, String question) implements Command {
        public RequestInfo { requireNonNull(question, "question"); }
    }

    /** The reporter answers a question (by token). */
    record ProvideInfo(ComplaintId complaint, Actor actor, String answer) implements Command {
        public ProvideInfo { requireNonNull(answer, "answer"); }
    }
}
