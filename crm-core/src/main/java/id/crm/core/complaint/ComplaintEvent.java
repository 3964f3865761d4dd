package id.crm.core.complaint;

import static java.util.Objects.requireNonNull;

import id.crm.channel.spi.GeoPoint;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.Privacy;
import id.crm.core.access.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One immutable fact in a complaint's life. The state of a complaint is the fold of its events
 * ({@link Complaint#replay}); the event log is the audit trail, and the public timeline is a filtered
 * view of it. Events never carry the reporter's identity: that is stored apart.
 *
 * <p>All events are immutable records and thread-safe.
 *
 * @since 0.1
 */
public sealed interface ComplaintEvent {

    /** When it happened. */
    Instant at();

    /** Who caused it. */
    Actor by();

    /** A stable name for the event type, used by stores and the audit trail, e.g. {@code forwarded}. */
    default String type() {
        String n = getClass().getSimpleName();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                sb.append('_');
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** A report was accepted from a channel. */
    record Received(Instant at, Actor by, ComplaintId id, ReportNumber number, String tokenHash, String channelId,
                    String externalId, Instant reportedAt, String text, @Nullable GeoPoint point,
                    @Nullable String address, @Nullable String categoryHint, List<MediaRef> media,
                    Privacy privacy, Map<String, String> attributes) implements ComplaintEvent {
        public Received {
            requireNonNull(id);
            requireNonNull(number);
            media = List.copyOf(media);
            attributes = Map.copyOf(attributes);
        }
    }

    /** The report was placed in a kelurahan, by its point, its text or a person. */
    record Placed(Instant at, Actor by, String kelurahanCode, double confidence, String method)
            implements ComplaintEvent {
    }

    /** The report was given a category and a suggested handling unit. */
    record Categorised(Instant at, Actor by, String categoryCode, double confidence, @Nullable String suggestedUnit)
            implements ComplaintEvent {
    }

    /** The holder passed the report to another unit (a kelurahan directly to a dinas). Status Koordinasi. */
    record Forwarded(Instant at, Actor by, String fromUnit, String toUnit, boolean outOfRemit, String note)
            implements ComplaintEvent {
    }

    /** A dinas ordered its suku dinas to handle the report; the dinas stays accountable. Status Disposisi. */
    record Disposed(Instant at, Actor by, String fromUnit, String toUnit, String note) implements ComplaintEvent {
    }

    /** A unit sent back a report outside its remit to the unit it came from. */
    record Returned(Instant at, Actor by, String fromUnit, String toUnit, String reason) implements ComplaintEvent {
    }

    /** Work started (Proses). */
    record WorkStarted(Instant at, Actor by, String unit) implements ComplaintEvent {
    }

    /** Work done, with photo evidence (Selesai). */
    record Resolved(Instant at, Actor by, String unit, List<MediaRef> evidence, String note) implements ComplaintEvent {
        public Resolved {
            evidence = List.copyOf(evidence);
        }
    }

    /** Verified and closed. */
    record Closed(Instant at, Actor by, String note) implements ComplaintEvent {
    }

    /** Rejected, with a reason the reporter sees. */
    record Rejected(Instant at, Actor by, String reason) implements ComplaintEvent {
    }

    /** This report was merged into a master report. */
    record MarkedDuplicate(Instant at, Actor by, ComplaintId master, ReportNumber masterNumber)
            implements ComplaintEvent {
    }

    /** Another report was merged into this one; its reporter follows this one from now on. */
    record DuplicateLinked(Instant at, Actor by, ComplaintId duplicate) implements ComplaintEvent {
    }

    /** The reporter (or a verifier) disputed the result; the report returns to the unit that did the work. */
    record Reopened(Instant at, Actor by, String toUnit, String reason) implements ComplaintEvent {
    }

    /** The reporter rated the handling, 1 to 5 stars. */
    record Rated(Instant at, Actor by, int stars, String comment) implements ComplaintEvent {
    }

    /** The holder asked the reporter for more information; clocks pause. */
    record InfoRequested(Instant at, Actor by, String question) implements ComplaintEvent {
    }

    /** The reporter answered; clocks resume. */
    record InfoProvided(Instant at, Actor by, String answer) implements ComplaintEvent {
    }

    /** An officer opened the reporter's identity: every such reading is part of the history. */
    record IdentityViewed(Instant at, Actor by, String reason) implements ComplaintEvent {
    }

    /** A service-level clock started or was recomputed for a target and the unit holding the report. */
    record DeadlineSet(Instant at, Actor by, String target, String holder, Instant warnAt, Instant dueAt)
            implements ComplaintEvent {
    }

    /** A service-level clock stopped (the target was met, or the holder handed the report over). */
    record DeadlineStopped(Instant at, Actor by, String target, String holder, boolean met) implements ComplaintEvent {
    }

    /** The warning share of a target passed without the target being met; emitted once. */
    record SlaWarned(Instant at, Actor by, String target, String holder, Instant dueAt) implements ComplaintEvent {
    }

    /** A target was breached; emitted once per target and holder. */
    record SlaBreached(Instant at, Actor by, String target, String holder, Instant dueAt, List<String> escalatedTo)
            implements ComplaintEvent {
        public SlaBreached {
            escalatedTo = List.copyOf(escalatedTo);
        }
    }
}
