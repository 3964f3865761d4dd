package id.crm.core.satisfaction;

import static java.util.Objects.requireNonNull;

import id.crm.core.complaint.ComplaintEvent;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The star ratings (1–5) reporters gave after closure, for one unit: how many, the mean and the
 * distribution. A rating counts for the unit that resolved the report, and for the dinas that
 * stayed accountable after disposing it to its suku dinas.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the unit's code
 * @param count how many ratings
 * @param counts how many of each star, index 0 for one star
 * @since 0.1
 */
public record RatingSummary(String unit, int count, List<Integer> counts) {

    public RatingSummary {
        requireNonNull(unit, "unit");
        counts = List.copyOf(counts);
        if (counts.size() != 5) {
            throw new IllegalArgumentException("counts has one entry per star, 5 in all");
        }
    }

    public OptionalDouble mean() {
        if (count == 0) return OptionalDouble.empty();
        double sum = 0;
        for (int i = 0; i < 5; i++) sum += (i + 1) * counts.get(i);
        return OptionalDouble.of(sum / count);
    }

    /** The ratings per unit in these histories. */
    public static Map<String, RatingSummary> perUnit(Iterable<List<ComplaintEvent>> histories) {
        Map<String, int[]> acc = new TreeMap<>();
        for (List<ComplaintEvent> h : requireNonNull(histories, "histories")) {
            String accountable = null;
            List<String> credited = List.of();
            for (ComplaintEvent e : h) {
                if (e instanceof ComplaintEvent.Disposed d) accountable = d.fromUnit();
                else if (e instanceof ComplaintEvent.Forwarded) accountable = null;
                else if (e instanceof ComplaintEvent.Resolved r) {
                    credited = accountable != null && !accountable.equals(r.unit()) ? List.of(r.unit(), accountable)
                            : List.of(r.unit());
                } else if (e instanceof ComplaintEvent.Rated r && r.stars() >= 1 && r.stars() <= 5) {
                    credited.forEach(u -> acc.computeIfAbsent(u, k -> new int[5])[r.stars() - 1]++);
                }
            }
        }
        Map<String, RatingSummary> out = new TreeMap<>();
        acc.forEach((u, c) -> out.put(u, new RatingSummary(u, c[0] + c[1] + c[2] + c[3] + c[4],
                List.of(c[0], c[1], c[2], c[3], c[4]))));
        return out;
    }
}
