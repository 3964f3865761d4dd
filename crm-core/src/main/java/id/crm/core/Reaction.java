package id.crm.core;

import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Follow-up events the engine adds to a change in the same commit, such as service-level clocks
 * that start or stop when a report changes hands. Reactions see the state before and after the
 * change and the change's events; the events they return are applied and stored with it. Their
 * actor should be {@link id.crm.core.access.Actor#SYSTEM}.
 *
 * <p>Implementations must be thread-safe and must not call back into the engine.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Reaction {

    /**
     * @param before the state before the change; empty for a new complaint
     * @param after the state after the change
     * @param change the change's events
     * @param now the engine's clock
     */
    List<ComplaintEvent> react(Optional<Complaint> before, Complaint after, List<ComplaintEvent> change, Instant now);
}
