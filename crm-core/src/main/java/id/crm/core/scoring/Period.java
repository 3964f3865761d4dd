package id.crm.core.scoring;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A half-open stretch of time, {@code [from, before)}: a report belongs to the period in which it
 * was received.
 *
 * @param from the first instant included
 * @param before the first instant excluded
 * @since 0.1
 */
public record Period(Instant from, Instant before) {

    public Period {
        requireNonNull(from, "from");
        requireNonNull(before, "before");
        if (before.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end (" + before + ") before it starts (" + from + ")");
        }
    }

    /** A calendar month in a time zone. */
    public static Period month(int year, int month, ZoneId zone) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new Period(first.atStartOfDay(zone).toInstant(), first.plusMonths(1).atStartOfDay(zone).toInstant());
    }

    /** All of time. */
    public static Period always() {
        return new Period(Instant.MIN, Instant.MAX);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(from) && t.isBefore(before);
    }
}
