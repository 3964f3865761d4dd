package id.crm.core.sla;

import static java.util.Objects.requireNonNull;

import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.ReportNumber;
import java.time.Instant;
import java.util.List;

/**
 * A service-level warning or breach to deliver: which report, which target, whose clock, and the
 * units to tell. A warning goes to the holder itself; a breach goes up the escalation chain
 * (kelurahan → kecamatan → city; suku dinas → dinas; dinas → regional secretary). It carries no
 * personal data: the report number is public and the reporter's identity is never part of it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind warning or breach
 * @param complaint the complaint
 * @param number its report number
 * @param target the target's id
 * @param holder the unit whose clock it is
 * @param dueAt when the target is (or was) due
 * @param recipients the units to tell, nearest first
 * @param redFlag whether the breach flags the report red
 * @param at when it was recorded
 * @since 0.1
 */
public record Escalation(Kind kind, ComplaintId complaint, ReportNumber number, String target, String holder,
                         Instant dueAt, List<String> recipients, boolean redFlag, Instant at) {

    /** A warning before the due time, or the breach. */
    public enum Kind { WARNING, BREACH }

    public Escalation {
        requireNonNull(kind, "kind");
        requireNonNull(complaint, "complaint");
        requireNonNull(number, "number");
        requireNonNull(target, "target");
        requireNonNull(holder, "holder");
        requireNonNull(dueAt, "dueAt");
        recipients = List.copyOf(recipients);
        requireNonNull(at, "at");
    }
}
