package id.crm.core.workflow;

import id.crm.core.NotPermittedException;
import id.crm.core.access.Actor;
import id.crm.core.access.Role;
import id.crm.core.complaint.Complaint;
import id.crm.core.workflow.Command.*;

/**
 * Who may issue which command on which complaint (DESIGN.md §4.2). Operators act only on reports
 * their own unit holds; intake staff place, categorise, merge and reject waiting reports; verifiers
 * close and reopen; reporters reopen, rate and answer through their token; auditors only read.
 *
 * <p>Stateless and thread-safe.
 */
final class Permissions {

    private Permissions() {
    }

    static void check(Command cmd, Complaint c) {
        Actor a = cmd.actor();
        Role role = a.role();
        boolean holderStaff = (role == Role.OPERATOR || role == Role.VERIFIER) && c.holder().filter(a::actsFor).isPresent();
        boolean allowed;
        if (cmd instanceof Place) {
            allowed = role == Role.INTAKE || role == Role.SYSTEM;
        } else if (cmd instanceof Categorise || cmd instanceof MarkDuplicate) {
            allowed = role == Role.INTAKE || role == Role.SYSTEM || holderStaff;
        } else if (cmd instanceof Reject) {
            allowed = role == Role.INTAKE || holderStaff;
        } else if (cmd instanceof Close) {
            allowed = role == Role.VERIFIER;
        } else if (cmd instanceof Reopen) {
            allowed = role == Role.VERIFIER || role == Role.REPORTER;
        } else if (cmd instanceof Rate || cmd instanceof ProvideInfo) {
            allowed = role == Role.REPORTER;
        } else {
            allowed = holderStaff;
        }
        if (!allowed) {
            throw new NotPermittedException(describe(a) + " may not " + verb(cmd) + " report " + c.number()
                    + (c.holder().isPresent() ? " (held by " + c.holder().get() + ")" : " (not yet placed)"));
        }
    }

    static String describe(Actor a) {
        return a.role().name().toLowerCase(java.util.Locale.ROOT) + " " + a.userId()
                + a.unit().map(u -> " of " + u).orElse("");
    }

    static String verb(Command cmd) {
        String n = cmd.getClass().getSimpleName();
        return switch (n) {
            case "StartWork" -> "start work on";
            case "MarkDuplicate" -> "mark as duplicate";
            case "RequestInfo" -> "request information on";
            case "ProvideInfo" -> "answer on";
            default -> n.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
