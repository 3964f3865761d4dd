package id.crm.core.store;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.ReporterContact;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintId;
import java.util.List;
import java.util.Optional;

/**
 * Everything one command changes, which a store writes in one transaction or not at all: events for
 * one or more complaints (each with the version it expects), the intake record that makes intake
 * idempotent, the reporter's identity of a new complaint (kept apart from its events), and the
 * notifications to send.
 *
 * @param appends the events per complaint, with their expected versions and resulting states
 * @param intake the (channel, external id) of a new report, to reject a second acceptance
 * @param reporter the identity of a new complaint's reporter
 * @param outbox notifications to deliver at least once
 * @since 0.1
 */
public record Commit(List<Append> appends, Optional<IntakeKey> intake, Optional<NewReporter> reporter,
                     List<OutboxMessage> outbox) {

    public Commit {
        appends = List.copyOf(appends);
        requireNonNull(intake, "intake");
        requireNonNull(reporter, "reporter");
        outbox = List.copyOf(outbox);
        if (appends.isEmpty()) {
            throw new IllegalArgumentException("a commit appends events to at least one complaint");
        }
    }

    /**
     * New events of one complaint.
     *
     * @param id the complaint
     * @param expectedVersion the version the events were decided on (0 for a new complaint)
     * @param events the new events, in order
     * @param after the complaint's state with the events applied (stores keep projections of it)
     */
    public record Append(ComplaintId id, long expectedVersion, List<ComplaintEvent> events, Complaint after) {
        public Append {
            requireNonNull(id, "id");
            events = List.copyOf(events);
            requireNonNull(after, "after");
            if (events.isEmpty()) {
                throw new IllegalArgumentException("an append has at least one event");
            }
        }
    }

    /** The identity of a new complaint's reporter. */
    public record NewReporter(ComplaintId id, ReporterContact contact) {
        public NewReporter {
            requireNonNull(id, "id");
            requireNonNull(contact, "contact");
        }
    }

    public static Commit of(Append append) {
        return new Commit(List.of(append), Optional.empty(), Optional.empty(), List.of());
    }
}
