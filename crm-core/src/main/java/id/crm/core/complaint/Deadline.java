package id.crm.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A running service-level clock of a complaint: which target, whose clock, when it warns and when
 * it is due, and whether the warning and the breach were already recorded.
 *
 * @param target the target's id, e.g. {@code coordination} or {@code completion}
 * @param holder the unit whose clock it is
 * @param warnAt when the warning is due
 * @param dueAt when the target is breached
 * @param warned whether the warning was recorded
 * @param breached whether the breach was recorded
 * @since 0.1
 */
public record Deadline(String target, String holder, Instant warnAt, Instant dueAt, boolean warned, boolean breached) {

    public Deadline {
        requireNonNull(target, "target");
        requireNonNull(holder, "holder");
        requireNonNull(warnAt, "warnAt");
        requireNonNull(dueAt, "dueAt");
    }

    /** When this clock next needs attention, or {@code null} when it has fired both events. */
    public Instant nextFiring() {
        if (breached) {
            return null;
        }
        return warned ? dueAt : warnAt;
    }
}
