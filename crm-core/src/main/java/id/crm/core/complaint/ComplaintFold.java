package id.crm.core.complaint;

import id.crm.channel.spi.GeoPoint;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.Privacy;
import id.crm.core.complaint.ComplaintEvent.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The mutable accumulator behind {@link Complaint#replay}: one method per event type. Not thread-safe. */
final class ComplaintFold {

    ComplaintId id;
    ReportNumber number;
    String tokenHash;
    String channelId;
    String externalId;
    Instant reportedAt;
    Instant receivedAt;
    String text;
    @Nullable GeoPoint point;
    @Nullable String address;
    @Nullable String categoryHint;
    List<MediaRef> media = new ArrayList<>();
    Privacy privacy;
    Map<String, String> attributes = new HashMap<>();
    Status status = Status.MENUNGGU;
    @Nullable String kelurahanCode;
    double placementConfidence;
    @Nullable String categoryCode;
    @Nullable String suggestedUnit;
    @Nullable String holder;
    @Nullable String accountable;
    List<String> handlers = new ArrayList<>();
    List<String> forwardedOutOfRemit = new ArrayList<>();
    List<MediaRef> evidence = new ArrayList<>();
    @Nullable String resolvedBy;
    @Nullable Instant resolvedAt;
    @Nullable Instant closedAt;
    @Nullable ComplaintId master;
    List<ComplaintId> duplicates = new ArrayList<>();
    @Nullable Integer rating;
    int reopenCount;
    @Nullable String rejectionReason;
    boolean awaitingReporter;
    @Nullable Instant awaitingSince;
    Map<String, Deadline> deadlines = new LinkedHashMap<>();
    long version;
    Instant lastChangedAt;

    ComplaintFold() {
    }

    ComplaintFold(Complaint c) {
        id = c.id; number = c.number; tokenHash = c.tokenHash; channelId = c.channelId; externalId = c.externalId;
        reportedAt = c.reportedAt; receivedAt = c.receivedAt; text = c.text; point = c.point; address = c.address;
        categoryHint = c.categoryHint; media = new ArrayList<>(c.media); privacy = c.privacy;
        attributes = new HashMap<>(c.attributes); status = c.status; kelurahanCode = c.kelurahanCode;
        placementConfidence = c.placementConfidence; categoryCode = c.categoryCode; suggestedUnit = c.suggestedUnit;
        holder = c.holder; accountable = c.accountable; handlers = new ArrayList<>(c.handlers);
        forwardedOutOfRemit = new ArrayList<>(c.forwardedOutOfRemit); evidence = new ArrayList<>(c.evidence);
        resolvedBy = c.resolvedBy; resolvedAt = c.resolvedAt; closedAt = c.closedAt; master = c.master;
        duplicates = new ArrayList<>(c.duplicates); rating = c.rating; reopenCount = c.reopenCount;
        rejectionReason = c.rejectionReason; awaitingReporter = c.awaitingReporter;
        awaitingSince = c.awaitingSince;
        c.deadlines.forEach(d -> deadlines.put(key(d.target(), d.holder()), d));
        version = c.version; lastChangedAt = c.lastChangedAt;
    }

    void apply(ComplaintEvent e) {
        if (e instanceof Received r) {
            id = r.id(); number = r.number(); tokenHash = r.tokenHash(); channelId = r.channelId();
            externalId = r.externalId(); reportedAt = r.reportedAt(); receivedAt = r.at(); text = r.text();
            point = r.point(); address = r.address(); categoryHint = r.categoryHint();
            media = new ArrayList<>(r.media()); privacy = r.privacy(); attributes = new HashMap<>(r.attributes());
            status = Status.MENUNGGU;
        } else if (e instanceof Placed p) {
            kelurahanCode = p.kelurahanCode();
            placementConfidence = p.confidence();
            if (holder == null || status == Status.MENUNGGU) {
                handOver(p.kelurahanCode());
            }
        } else if (e instanceof Categorised c) {
            categoryCode = c.categoryCode(); suggestedUnit = c.suggestedUnit();
        } else if (e instanceof Forwarded f) {
            if (f.outOfRemit()) forwardedOutOfRemit.add(f.fromUnit());
            accountable = null;
            handOver(f.toUnit());
            status = Status.KOORDINASI;
        } else if (e instanceof Disposed d) {
            accountable = d.fromUnit(); handOver(d.toUnit()); status = Status.DISPOSISI;
        } else if (e instanceof Returned r) {
            if (accountable != null && accountable.equals(r.toUnit())) accountable = null;
            handOver(r.toUnit());
            status = r.toUnit().equals(kelurahanCode) ? Status.MENUNGGU : Status.KOORDINASI;
        } else if (e instanceof WorkStarted w) {
            status = Status.PROSES;
        } else if (e instanceof Resolved r) {
            status = Status.SELESAI; evidence.addAll(r.evidence()); resolvedBy = r.unit(); resolvedAt = r.at();
        } else if (e instanceof Closed c) {
            status = Status.DITUTUP; closedAt = c.at();
        } else if (e instanceof Rejected r) {
            status = Status.DITOLAK; rejectionReason = r.reason();
        } else if (e instanceof MarkedDuplicate m) {
            status = Status.DUPLIKAT; master = m.master();
        } else if (e instanceof DuplicateLinked l) {
            duplicates.add(l.duplicate());
        } else if (e instanceof Reopened r) {
            status = Status.DIBUKA_KEMBALI; reopenCount++; closedAt = null; resolvedAt = null;
            handOver(r.toUnit());
        } else if (e instanceof Rated r) {
            rating = r.stars();
        } else if (e instanceof InfoRequested i) {
            awaitingReporter = true;
            awaitingSince = i.at();
        } else if (e instanceof InfoProvided i) {
            awaitingReporter = false;
            awaitingSince = null;
        } else if (e instanceof IdentityViewed i) {
            // recorded for the audit trail only; the state does not change
        } else if (e instanceof DeadlineSet d) {
            // A recomputation of a running clock (resumed after a pause, say) keeps its warned and
            // breached flags, so that each fires once per clock; a new clock starts with neither.
            Deadline old = deadlines.get(key(d.target(), d.holder()));
            deadlines.put(key(d.target(), d.holder()), new Deadline(d.target(), d.holder(), d.warnAt(), d.dueAt(),
                    old != null && old.warned(), old != null && old.breached()));
        } else if (e instanceof DeadlineStopped d) {
            deadlines.remove(key(d.target(), d.holder()));
        } else if (e instanceof SlaWarned w) {
            deadlines.computeIfPresent(key(w.target(), w.holder()),
                    (k, d) -> new Deadline(d.target(), d.holder(), d.warnAt(), d.dueAt(), true, d.breached()));
        } else if (e instanceof SlaBreached b) {
            deadlines.computeIfPresent(key(b.target(), b.holder()),
                    (k, d) -> new Deadline(d.target(), d.holder(), d.warnAt(), d.dueAt(), true, true));
        } else {
            throw new IllegalArgumentException("unknown event " + e);
        }
        version++;
        lastChangedAt = e.at();
    }

    private void handOver(String unit) {
        holder = unit;
        if (handlers.isEmpty() || !handlers.get(handlers.size() - 1).equals(unit)) {
            handlers.add(unit);
        }
    }

    private static String key(String target, String holder) {
        return target + '@' + holder;
    }
}
