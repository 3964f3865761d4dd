package id.crm.core;

import id.crm.core.access.Actor;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.workflow.Command;
import java.util.function.Function;

/**
 * What a reporter can do with their token: reopen done work within the window, rate it after
 * closure, and answer a question from the holder. Obtained from {@link Crm#asReporter}.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class ReporterActions {

    private final ComplaintId id;
    private final Function<Command, Complaint> apply;

    ReporterActions(ComplaintId id, Function<Command, Complaint> apply) {
        this.id = id;
        this.apply = apply;
    }

    public Complaint reopen(String reason) {
        return apply.apply(new Command.Reopen(id, Actor.REPORTER, reason));
    }

    public Complaint rate(int stars, String comment) {
        return apply.apply(new Command.Rate(id, Actor.REPORTER, stars, comment));
    }

    public Complaint answer(String text) {
        return apply.apply(new Command.ProvideInfo(id, Actor.REPORTER, text));
    }

    public ComplaintId complaint() {
        return id;
    }
}
