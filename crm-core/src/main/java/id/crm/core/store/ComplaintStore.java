package id.crm.core.store;

import id.crm.channel.spi.ReporterContact;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.ReportNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where complaints live: the append-only event log with its query projections, the intake inbox
 * that makes intake idempotent, the reporters' identities kept apart from the complaints, the
 * outbox of notifications and the quarantine of unparseable deliveries.
 *
 * <p>Implementations must be thread-safe, write each {@link Commit} atomically, and enforce
 * optimistic concurrency: a commit whose expected version is stale, or whose intake key exists
 * already, fails with {@link id.crm.core.ConcurrencyConflictException} and writes nothing. Wrap
 * driver errors in {@link id.crm.core.StoreException}. Every store passes the store compatibility
 * kit in {@code crm-testkit}.
 *
 * @since 0.1
 */
public interface ComplaintStore extends AutoCloseable {

    /** Writes everything in the commit, or nothing. */
    void commit(Commit commit);

    /** The complaint's current state. */
    Optional<Complaint> load(ComplaintId id);

    /** The complaint's whole history, oldest first; empty when unknown. */
    List<ComplaintEvent> history(ComplaintId id);

    Optional<ComplaintId> findByNumber(ReportNumber number);

    /** Finds a complaint by the SHA-256 of its reporter's token. */
    Optional<ComplaintId> findByTokenHash(String tokenHash);

    /** The complaint a channel's delivery became, if it was accepted before. */
    Optional<ComplaintId> findIntake(String channelId, String externalId);

    /** The reporter's identity. Callers record every reading in the complaint's history. */
    Optional<ReporterContact> reporter(ComplaintId id);

    /**
     * The next report-number sequence for a prefix and local date: 1, 2, 3, ... Never returns the
     * same value twice for one (prefix, date), also across processes sharing the store.
     */
    long nextSequence(String prefix, LocalDate day);

    /** Complaints matching a query, newest first. */
    List<Complaint> find(ComplaintQuery query);

    /** How many complaints match a query (its limit is ignored). */
    long count(ComplaintQuery query);

    /** Complaints with a service-level clock that needs attention at or before {@code now}, earliest first. */
    List<ComplaintId> dueTimers(Instant now, int limit);

    /**
     * Claims complaints whose service-level clock is due, for one sweeper among several sharing the
     * store: a claimed complaint is not claimed again by anyone until a commit changes it or the
     * lease runs out (the claimer died), so sweepers on several nodes do not do the same work and
     * none is lost. Earliest first. Exactly-once recording still rests on the optimistic version
     * check of {@link #commit}; claims only keep sweepers from racing for the same complaints.
     *
     * <p>The default claims nothing exclusively and returns {@link #dueTimers}: right for stores
     * used by one process.
     *
     * @param now the sweeper's clock; claims are leased until {@code now + lease}
     * @param limit at most this many
     * @param lease how long a claim holds when no commit releases it
     * @since 0.1
     */
    default List<ComplaintId> claimDueTimers(Instant now, int limit, Duration lease) {
        return dueTimers(now, limit);
    }

    /**
     * Claims pending notifications for one deliverer among several sharing the store, oldest first:
     * a claimed message is not handed to another deliverer until its lease runs out, so each is
     * sent once in the normal case and at least once if a deliverer dies before {@link #markSent}.
     *
     * <p>The default claims nothing exclusively and returns {@link #pendingOutbox}: right for stores
     * used by one process.
     *
     * @since 0.1
     */
    default List<OutboxMessage> claimOutbox(Instant now, int limit, Duration lease) {
        return pendingOutbox(limit);
    }

    /** Keeps an unparseable delivery. */
    void quarantine(QuarantinedPayload payload);

    /** Quarantined deliveries, oldest first. */
    List<QuarantinedPayload> quarantined(int limit);

    /** Notifications not yet marked sent, oldest first. */
    List<OutboxMessage> pendingOutbox(int limit);

    /** Marks a notification as delivered. */
    void markSent(String outboxId);

    /** Releases resources (connection pools). The default does nothing. */
    @Override
    default void close() {
    }
}
