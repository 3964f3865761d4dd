package id.crm.core.store;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.ReporterContact;
import id.crm.core.ConcurrencyConflictException;
import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintId;
import id.crm.core.complaint.ReportNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * A {@link ComplaintStore} in memory, for tests, demos and benchmarks. Everything is lost when the
 * process ends, which is why the engine never picks it on its own: it must be configured
 * explicitly.
 *
 * <p>Thread-safe: commits are serialised by a write lock, reads share a read lock. Due timers are
 * kept in a map ordered by instant, so a sweep reads only what is due.
 *
 * @since 0.1
 */
public final class InMemoryComplaintStore implements ComplaintStore {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<ComplaintId, List<ComplaintEvent>> histories = new HashMap<>();
    private final Map<ComplaintId, Complaint> states = new LinkedHashMap<>();
    private final Map<ReportNumber, ComplaintId> byNumber = new HashMap<>();
    private final Map<String, ComplaintId> byToken = new HashMap<>();
    private final Map<String, ComplaintId> intake = new HashMap<>();
    private final Map<ComplaintId, ReporterContact> reporters = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final TreeMap<Instant, Set<ComplaintId>> timers = new TreeMap<>();
    private final Map<ComplaintId, Instant> timerOf = new HashMap<>();
    private final Map<String, QuarantinedPayload> quarantine = new LinkedHashMap<>();
    private final Map<String, OutboxMessage> outbox = new LinkedHashMap<>();

    @Override
    public void commit(Commit commit) {
        requireNonNull(commit, "commit");
        lock.writeLock().lock();
        try {
            for (Commit.Append a : commit.appends()) {
                long current = Optional.ofNullable(states.get(a.id())).map(Complaint::version).orElse(0L);
                if (current != a.expectedVersion()) {
                    throw new ConcurrencyConflictException("complaint " + a.id() + " is at version " + current
                            + ", the change expected " + a.expectedVersion());
                }
            }
            Optional<IntakeKey> key = commit.intake();
            if (key.isPresent() && intake.containsKey(intakeKey(key.get().channelId(), key.get().externalId()))) {
                throw new ConcurrencyConflictException("delivery " + key.get().channelId() + "/"
                        + key.get().externalId() + " was accepted already");
            }
            for (Commit.Append a : commit.appends()) {
                histories.computeIfAbsent(a.id(), k -> new ArrayList<>()).addAll(a.events());
                Complaint after = a.after();
                states.put(a.id(), after);
                byNumber.put(after.number(), a.id());
                byToken.put(after.tokenHash(), a.id());
                reindexTimer(a.id(), after.nextTimer().orElse(null));
            }
            key.ifPresent(k -> intake.put(intakeKey(k.channelId(), k.externalId()), k.complaint()));
            commit.reporter().ifPresent(r -> reporters.put(r.id(), r.contact()));
            commit.outbox().forEach(m -> outbox.put(m.id(), m));
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void reindexTimer(ComplaintId id, Instant next) {
        Instant old = timerOf.remove(id);
        if (old != null) {
            Set<ComplaintId> s = timers.get(old);
            s.remove(id);
            if (s.isEmpty()) {
                timers.remove(old);
            }
        }
        if (next != null) {
            timerOf.put(id, next);
            timers.computeIfAbsent(next, k -> new LinkedHashSet<>()).add(id);
        }
    }

    private static String intakeKey(String channel, String externalId) {
        return channel + '\u0000' + externalId;
    }

    private <T> T read(java.util.function.Supplier<T> s) {
        lock.readLock().lock();
        try {
            return s.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<Complaint> load(ComplaintId id) {
        return read(() -> Optional.ofNullable(states.get(id)));
    }

    @Override
    public List<ComplaintEvent> history(ComplaintId id) {
        return read(() -> List.copyOf(histories.getOrDefault(id, List.of())));
    }

    @Override
    public Optional<ComplaintId> findByNumber(ReportNumber number) {
        return read(() -> Optional.ofNullable(byNumber.get(number)));
    }

    @Override
    public Optional<ComplaintId> findByTokenHash(String tokenHash) {
        return read(() -> Optional.ofNullable(byToken.get(tokenHash)));
    }

    @Override
    public Optional<ComplaintId> findIntake(String channelId, String externalId) {
        return read(() -> Optional.ofNullable(intake.get(intakeKey(channelId, externalId))));
    }

    @Override
    public Optional<ReporterContact> reporter(ComplaintId id) {
        return read(() -> Optional.ofNullable(reporters.get(id)));
    }

    @Override
    public long nextSequence(String prefix, LocalDate day) {
        lock.writeLock().lock();
        try {
            return sequences.merge(prefix + day, 1L, Long::sum);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<Complaint> find(ComplaintQuery q) {
        return read(() -> matching(q).sorted(Comparator.comparing(Complaint::receivedAt).reversed())
                .limit(q.limit()).toList());
    }

    @Override
    public long count(ComplaintQuery q) {
        return read(() -> matching(q).count());
    }

    private Stream<Complaint> matching(ComplaintQuery q) {
        return states.values().stream()
                .filter(c -> q.kelurahanCode().isEmpty() || c.kelurahan().equals(q.kelurahanCode()))
                .filter(c -> q.holderCode().isEmpty() || c.holder().equals(q.holderCode()))
                .filter(c -> q.statuses().isEmpty() || q.statuses().contains(c.status()))
                .filter(c -> q.receivedFrom() == null || !c.receivedAt().isBefore(q.receivedFrom()))
                .filter(c -> q.receivedBefore() == null || c.receivedAt().isBefore(q.receivedBefore()));
    }

    @Override
    public List<ComplaintId> dueTimers(Instant now, int limit) {
        return read(() -> timers.headMap(now, true).values().stream().flatMap(Set::stream).limit(limit).toList());
    }

    @Override
    public void quarantine(QuarantinedPayload payload) {
        lock.writeLock().lock();
        try {
            quarantine.put(payload.id(), payload);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<QuarantinedPayload> quarantined(int limit) {
        return read(() -> quarantine.values().stream().limit(limit).toList());
    }

    @Override
    public List<OutboxMessage> pendingOutbox(int limit) {
        return read(() -> outbox.values().stream().limit(limit).toList());
    }

    @Override
    public void markSent(String outboxId) {
        lock.writeLock().lock();
        try {
            outbox.remove(outboxId);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
