package id.crm.core.complaint;

import id.crm.channel.spi.GeoPoint;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.Privacy;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The current state of one complaint: the fold of its events. Build it with {@link #replay} from a
 * stored history, or {@link #apply} new events to it; both go through the same fold, so replaying a
 * history always yields the state that was current when it was written.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Complaint {

    final ComplaintId id;
    final ReportNumber number;
    final String tokenHash;
    final String channelId;
    final String externalId;
    final Instant reportedAt;
    final Instant receivedAt;
    final String text;
    final @Nullable GeoPoint point;
    final @Nullable String address;
    final @Nullable String categoryHint;
    final List<MediaRef> media;
    final Privacy privacy;
    final Map<String, String> attributes;
    final Status status;
    final @Nullable String kelurahanCode;
    final double placementConfidence;
    final @Nullable String categoryCode;
    final @Nullable String suggestedUnit;
    final @Nullable String holder;
    final @Nullable String accountable;
    final List<String> handlers;
    final List<String> forwardedOutOfRemit;
    final List<MediaRef> evidence;
    final @Nullable String resolvedBy;
    final @Nullable Instant resolvedAt;
    final @Nullable Instant closedAt;
    final @Nullable ComplaintId master;
    final List<ComplaintId> duplicates;
    final @Nullable Integer rating;
    final int reopenCount;
    final @Nullable String rejectionReason;
    final boolean awaitingReporter;
    final @Nullable Instant awaitingSince;
    final List<Deadline> deadlines;
    final long version;
    final Instant lastChangedAt;

    Complaint(ComplaintFold f) {
        id = f.id;
        number = f.number;
        tokenHash = f.tokenHash;
        channelId = f.channelId;
        externalId = f.externalId;
        reportedAt = f.reportedAt;
        receivedAt = f.receivedAt;
        text = f.text;
        point = f.point;
        address = f.address;
        categoryHint = f.categoryHint;
        media = List.copyOf(f.media);
        privacy = f.privacy;
        attributes = Map.copyOf(f.attributes);
        status = f.status;
        kelurahanCode = f.kelurahanCode;
        placementConfidence = f.placementConfidence;
        categoryCode = f.categoryCode;
        suggestedUnit = f.suggestedUnit;
        holder = f.holder;
        accountable = f.accountable;
        handlers = List.copyOf(f.handlers);
        forwardedOutOfRemit = List.copyOf(f.forwardedOutOfRemit);
        evidence = List.copyOf(f.evidence);
        resolvedBy = f.resolvedBy;
        resolvedAt = f.resolvedAt;
        closedAt = f.closedAt;
        master = f.master;
        duplicates = List.copyOf(f.duplicates);
        rating = f.rating;
        reopenCount = f.reopenCount;
        rejectionReason = f.rejectionReason;
        awaitingReporter = f.awaitingReporter;
        awaitingSince = f.awaitingSince;
        deadlines = List.copyOf(f.deadlines.values());
        version = f.version;
        lastChangedAt = f.lastChangedAt;
    }

    /**
     * Folds a whole history, which must start with {@link ComplaintEvent.Received}.
     *
     * @throws IllegalArgumentException when the history is empty or does not start with a receipt
     */
    public static Complaint replay(List<? extends ComplaintEvent> history) {
        if (history.isEmpty() || !(history.get(0) instanceof ComplaintEvent.Received)) {
            throw new IllegalArgumentException("a complaint's history starts with a Received event");
        }
        ComplaintFold f = new ComplaintFold();
        history.forEach(f::apply);
        return new Complaint(f);
    }

    /** The state after the given new events. */
    public Complaint apply(List<? extends ComplaintEvent> events) {
        if (events.isEmpty()) {
            return this;
        }
        ComplaintFold f = new ComplaintFold(this);
        events.forEach(f::apply);
        return new Complaint(f);
    }

    public ComplaintId id() { return id; }

    public ReportNumber number() { return number; }

    /** SHA-256 of the reporter's token (see {@link ReporterToken#hash()}). */
    public String tokenHash() { return tokenHash; }

    public String channelId() { return channelId; }

    public String externalId() { return externalId; }

    /** When the citizen sent the report, as the channel said. */
    public Instant reportedAt() { return reportedAt; }

    /** When the engine accepted it. */
    public Instant receivedAt() { return receivedAt; }

    public String text() { return text; }

    public Optional<GeoPoint> point() { return Optional.ofNullable(point); }

    public Optional<String> address() { return Optional.ofNullable(address); }

    public Optional<String> categoryHint() { return Optional.ofNullable(categoryHint); }

    public List<MediaRef> media() { return media; }

    public Privacy privacy() { return privacy; }

    public Map<String, String> attributes() { return attributes; }

    public Status status() { return status; }

    /** The kelurahan where it happened, once placed; unplaced reports wait at the intake desk. */
    public Optional<String> kelurahan() { return Optional.ofNullable(kelurahanCode); }

    public double placementConfidence() { return placementConfidence; }

    public Optional<String> category() { return Optional.ofNullable(categoryCode); }

    public Optional<String> suggestedUnit() { return Optional.ofNullable(suggestedUnit); }

    /** The unit that holds the report now (whose clock runs). */
    public Optional<String> holder() { return Optional.ofNullable(holder); }

    /** The unit accountable for the outcome: the dinas after a disposition, otherwise the holder. */
    public Optional<String> accountable() { return Optional.ofNullable(accountable != null ? accountable : holder); }

    /** Every unit that held the report, in order, the current holder last. */
    public List<String> handlers() { return handlers; }

    /** Units that forwarded the report as outside their remit: never scored against them. */
    public List<String> forwardedOutOfRemit() { return forwardedOutOfRemit; }

    public List<MediaRef> evidence() { return evidence; }

    public Optional<String> resolvedBy() { return Optional.ofNullable(resolvedBy); }

    public Optional<Instant> resolvedAt() { return Optional.ofNullable(resolvedAt); }

    public Optional<Instant> closedAt() { return Optional.ofNullable(closedAt); }

    public Optional<ComplaintId> master() { return Optional.ofNullable(master); }

    public List<ComplaintId> duplicates() { return duplicates; }

    public Optional<Integer> rating() { return Optional.ofNullable(rating); }

    public int reopenCount() { return reopenCount; }

    public Optional<String> rejectionReason() { return Optional.ofNullable(rejectionReason); }

    /** Whether the holder is waiting on the reporter (clocks paused). */
    public boolean awaitingReporter() { return awaitingReporter; }

    /** Since when the holder has been waiting on the reporter; empty when not waiting. */
    public Optional<Instant> awaitingReporterSince() { return Optional.ofNullable(awaitingSince); }

    /** The service-level clocks that are running. */
    public List<Deadline> deadlines() { return deadlines; }

    /**
     * When the earliest running clock next needs attention; empty while the holder waits on the
     * reporter, because the clocks are paused then (they resume, shifted, when the reporter answers).
     */
    public Optional<Instant> nextTimer() {
        if (awaitingReporter) {
            return Optional.empty();
        }
        return deadlines.stream().map(Deadline::nextFiring).filter(Objects::nonNull).min(Comparator.naturalOrder());
    }

    /** The number of events in the history. */
    public long version() { return version; }

    public Instant lastChangedAt() { return lastChangedAt; }

    @Override
    public String toString() {
        return "Complaint[" + number + " " + status + (holder != null ? " at " + holder : "") + " v" + version + "]";
    }
}
