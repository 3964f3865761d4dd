package id.crm.core.sla;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * When a government works: its time zone, weekend days, daily working hours and non-working dates
 * (national holidays and <i>cuti bersama</i>, which in Indonesia are set each year by a joint decree
 * (SKB) of three ministers; see {@link Holidays#indonesia()}). Service-level clocks in working time
 * count only inside these hours; clocks in calendar time ignore all of it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WorkingCalendar {

    /** No working day within this many days means the calendar is unusable. */
    private static final int MAX_DAYS = 3660;

    private final ZoneId zone;
    private final Set<DayOfWeek> weekend;
    private final LocalTime start;
    private final LocalTime end;
    private final Set<LocalDate> holidays;

    private WorkingCalendar(ZoneId zone, Set<DayOfWeek> weekend, LocalTime start, LocalTime end, Set<LocalDate> holidays) {
        this.zone = zone;
        this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        this.start = start;
        this.end = end;
        this.holidays = Set.copyOf(holidays);
    }

    /**
     * @throws IllegalArgumentException when the working hours are empty or every weekday is weekend
     */
    public static WorkingCalendar of(ZoneId zone, Set<DayOfWeek> weekend, LocalTime start, LocalTime end,
                                     Collection<LocalDate> holidays) {
        requireNonNull(zone, "zone");
        requireNonNull(weekend, "weekend");
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        requireNonNull(holidays, "holidays");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working hours must start before they end: " + start + "-" + end);
        }
        if (weekend.size() >= 7) {
            throw new IllegalArgumentException("a calendar needs at least one working weekday");
        }
        return new WorkingCalendar(zone, weekend, start, end, new HashSet<>(holidays));
    }

    /** The same calendar with more non-working dates (a deployment's regional holidays, say). */
    public WorkingCalendar withHolidays(Collection<LocalDate> more) {
        Set<LocalDate> all = new HashSet<>(holidays);
        all.addAll(requireNonNull(more, "more"));
        return new WorkingCalendar(zone, weekend, start, end, all);
    }

    public ZoneId zone() { return zone; }

    public Set<DayOfWeek> weekend() { return EnumSet.copyOf(weekend); }

    public LocalTime workStart() { return start; }

    public LocalTime workEnd() { return end; }

    public Set<LocalDate> holidays() { return holidays; }

    /** The length of one working day. */
    public Duration workdayLength() {
        return Duration.between(start, end);
    }

    /** Whether the date is neither a weekend day nor a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** Whether the instant falls inside working hours (both ends included) of a working day. */
    public boolean isWorkingTime(Instant t) {
        ZonedDateTime z = t.atZone(zone);
        LocalTime lt = z.toLocalTime();
        return isWorkingDay(z.toLocalDate()) && !lt.isBefore(start) && !lt.isAfter(end);
    }

    /**
     * Adds time: calendar time as is, working time only inside working hours. A working-time result
     * always lies in working hours of a working day; when it lands exactly at the close of a day it
     * stays there rather than moving to the next morning.
     */
    public Instant plus(Instant t, Duration amount, boolean working) {
        requireNonNull(t, "t");
        requireNonNull(amount, "amount");
        if (!working) {
            return t.plus(amount);
        }
        ZonedDateTime z = t.atZone(zone);
        LocalDate d = z.toLocalDate();
        LocalTime from = z.toLocalTime();
        Duration remaining = amount;
        for (int i = 0; i < MAX_DAYS; i++) {
            if (isWorkingDay(d)) {
                LocalTime f = from.isBefore(start) ? start : from;
                if (f.isBefore(end) || (f.equals(end) && remaining.isZero())) {
                    Duration available = Duration.between(f, end);
                    if (remaining.compareTo(available) <= 0) {
                        return d.atTime(f).plus(remaining).atZone(zone).toInstant();
                    }
                    remaining = remaining.minus(available);
                }
            }
            d = d.plusDays(1);
            from = LocalTime.MIDNIGHT;
        }
        throw new IllegalStateException("no working day within " + MAX_DAYS + " days of " + t);
    }

    /** The (calendar or working) time from {@code a} to {@code b}; zero when {@code b} is not after {@code a}. */
    public Duration between(Instant a, Instant b, boolean working) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        if (!b.isAfter(a)) {
            return Duration.ZERO;
        }
        if (!working) {
            return Duration.between(a, b);
        }
        ZonedDateTime za = a.atZone(zone);
        ZonedDateTime zb = b.atZone(zone);
        Duration total = Duration.ZERO;
        for (LocalDate d = za.toLocalDate(); !d.isAfter(zb.toLocalDate()); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                continue;
            }
            LocalTime f = d.equals(za.toLocalDate()) && za.toLocalTime().isAfter(start) ? za.toLocalTime() : start;
            LocalTime t = d.equals(zb.toLocalDate()) && zb.toLocalTime().isBefore(end) ? zb.toLocalTime() : end;
            if (f.isBefore(t)) {
                total = total.plus(Duration.between(f, t));
            }
        }
        return total;
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + zone + " " + start + "-" + end + ", weekend " + weekend + ", "
                + holidays.size() + " holidays]";
    }
}
