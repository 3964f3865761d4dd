package id.crm.core.scoring;

import static java.util.Objects.requireNonNull;

import id.crm.core.complaint.Complaint;
import id.crm.core.complaint.Deadline;
import id.crm.core.complaint.ReportNumber;
import id.crm.core.complaint.Status;
import id.crm.core.store.ComplaintQuery;
import id.crm.core.store.ComplaintStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The mini dashboard every kelurahan gets: its reports by status and by category, the overdue ones
 * (open with a clock past due), the weekly trend of reports received and resolved, and the mean
 * star rating. Built from the store's current states (no histories), newest reports first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kelurahan the kelurahan's code
 * @param total reports counted
 * @param byStatus counts by status
 * @param byCategory counts by category code ({@code -} for uncategorised)
 * @param overdue open reports with a clock past due, most overdue first
 * @param weekly received and resolved per week (weeks start on Monday), oldest first
 * @param meanRating mean star rating of rated reports
 * @since 0.1
 */
public record KelurahanDashboard(String kelurahan, int total, Map<Status, Long> byStatus, Map<String, Long> byCategory,
                                 List<Overdue> overdue, List<Week> weekly, OptionalDouble meanRating) {

    public KelurahanDashboard {
        requireNonNull(kelurahan, "kelurahan");
        byStatus = Map.copyOf(byStatus);
        byCategory = Map.copyOf(byCategory);
        overdue = List.copyOf(overdue);
        weekly = List.copyOf(weekly);
        requireNonNull(meanRating, "meanRating");
    }

    /**
     * An overdue report.
     *
     * @param number its report number
     * @param holder who holds it
     * @param target the overdue target
     * @param dueAt when it was due
     * @since 0.1
     */
    public record Overdue(ReportNumber number, String holder, String target, Instant dueAt) {
    }

    /**
     * One week of the trend.
     *
     * @param monday the week's Monday (local date)
     * @param received reports received that week
     * @param resolved reports resolved that week
     * @since 0.1
     */
    public record Week(LocalDate monday, int received, int resolved) {
    }

    /** Builds the dashboard of a kelurahan from at most {@code limit} of its newest reports. */
    public static KelurahanDashboard build(ComplaintStore store, String kelurahan, Instant now, ZoneId zone, int limit) {
        requireNonNull(store, "store");
        requireNonNull(kelurahan, "kelurahan");
        requireNonNull(now, "now");
        requireNonNull(zone, "zone");
        List<Complaint> all = store.find(ComplaintQuery.inKelurahan(kelurahan, limit));
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        Map<String, Long> byCategory = new TreeMap<>();
        List<Overdue> overdue = new ArrayList<>();
        TreeMap<LocalDate, int[]> weeks = new TreeMap<>();
        long ratingSum = 0;
        int ratings = 0;
        for (Complaint c : all) {
            byStatus.merge(c.status(), 1L, Long::sum);
            byCategory.merge(c.category().orElse("-"), 1L, Long::sum);
            if (c.status().isOpen()) {
                c.deadlines().stream().filter(d -> d.dueAt().isBefore(now)).min(Comparator.comparing(Deadline::dueAt))
                        .ifPresent(d -> overdue.add(new Overdue(c.number(), d.holder(), d.target(), d.dueAt())));
            }
            weeks.computeIfAbsent(monday(c.receivedAt(), zone), k -> new int[2])[0]++;
            c.resolvedAt().ifPresent(r -> weeks.computeIfAbsent(monday(r, zone), k -> new int[2])[1]++);
            if (c.rating().isPresent()) {
                ratingSum += c.rating().get();
                ratings++;
            }
        }
        overdue.sort(Comparator.comparing(Overdue::dueAt));
        List<Week> weekly = new ArrayList<>();
        weeks.forEach((m, n) -> weekly.add(new Week(m, n[0], n[1])));
        return new KelurahanDashboard(kelurahan, all.size(), byStatus, byCategory, overdue, weekly,
                ratings == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) ratingSum / ratings));
    }

    private static LocalDate monday(Instant t, ZoneId zone) {
        return t.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    /** Days the most overdue report is late by, at {@code now}. */
    public long worstDaysLate(Instant now) {
        return overdue.isEmpty() ? 0 : ChronoUnit.DAYS.between(overdue.get(0).dueAt(), now);
    }
}
