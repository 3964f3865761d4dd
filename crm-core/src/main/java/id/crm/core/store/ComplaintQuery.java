package id.crm.core.store;

import id.crm.core.complaint.Status;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A filter over stored complaints for inboxes, dashboards and league tables. Absent parts do not
 * filter. Results are ordered by receipt time, newest first.
 *
 * @param kelurahan the kelurahan where it happened
 * @param holder the unit holding it now
 * @param statuses any of these statuses (empty: all)
 * @param receivedFrom received at or after
 * @param receivedBefore received before
 * @param limit at most this many
 * @since 0.1
 */
public record ComplaintQuery(@Nullable String kelurahan, @Nullable String holder, Set<Status> statuses,
                             @Nullable Instant receivedFrom, @Nullable Instant receivedBefore, int limit) {

    public ComplaintQuery {
        statuses = Set.copyOf(statuses);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
    }

    public static ComplaintQuery all(int limit) {
        return new ComplaintQuery(null, null, Set.of(), null, null, limit);
    }

    public static ComplaintQuery inKelurahan(String code, int limit) {
        return new ComplaintQuery(code, null, Set.of(), null, null, limit);
    }

    public static ComplaintQuery heldBy(String unit, int limit) {
        return new ComplaintQuery(null, unit, Set.of(), null, null, limit);
    }

    public ComplaintQuery withStatuses(Set<Status> s) {
        return new ComplaintQuery(kelurahan, holder, s, receivedFrom, receivedBefore, limit);
    }

    public ComplaintQuery between(@Nullable Instant from, @Nullable Instant before) {
        return new ComplaintQuery(kelurahan, holder, statuses, from, before, limit);
    }

    public Optional<String> kelurahanCode() { return Optional.ofNullable(kelurahan); }

    public Optional<String> holderCode() { return Optional.ofNullable(holder); }
}
