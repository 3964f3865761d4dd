package id.crm.core.sla;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a service-level target allows, in calendar time or in working time. Written in
 * configuration as amounts with units: {@code 6h}, {@code 24h}, {@code 7d}, {@code 1d12h} and
 * {@code 30m} are calendar time; {@code 2wd} (working days), {@code 6wh} (working hours) and
 * {@code 30wm} (working minutes) are working time, counted only inside a {@link WorkingCalendar}'s
 * working hours. ISO-8601 durations such as {@code PT6H} are read as calendar time. Calendar and
 * working units cannot be mixed in one amount.
 *
 * <p>A working day is as long as the calendar's working hours (e.g. 07:30–16:00 is 8.5 hours), so
 * "2 working days" from the end of a Friday ends at the close of the second working day after it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param working whether the time counts only during working hours
 * @param days whole days (calendar days of 24 hours, or working days)
 * @param time the rest, in (calendar or working) hours and minutes
 * @since 0.1
 */
public record SlaDuration(boolean working, long days, Duration time) {

    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(wd|wh|wm|d|h|m)");

    public SlaDuration {
        requireNonNull(time, "time");
        if (days < 0 || time.isNegative()) {
            throw new IllegalArgumentException("a service-level duration must not be negative");
        }
    }

    public static SlaDuration calendar(Duration d) {
        return new SlaDuration(false, 0, requireNonNull(d, "d"));
    }

    public static SlaDuration workingDays(long days) {
        return new SlaDuration(true, days, Duration.ZERO);
    }

    public static SlaDuration workingTime(Duration d) {
        return new SlaDuration(true, 0, requireNonNull(d, "d"));
    }

    /** Parses the configuration notation; empty when the text is not one. */
    public static Optional<SlaDuration> parse(String text) {
        String s = requireNonNull(text, "text").strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("p")) {
            try {
                return Optional.of(calendar(Duration.parse(s.toUpperCase(Locale.ROOT))))
                        .filter(d -> !d.time().isNegative());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher m = PART.matcher(s);
        int pos = 0;
        long days = 0;
        Duration time = Duration.ZERO;
        Boolean working = null;
        while (pos < s.length()) {
            if (!m.find(pos) || m.start() != pos) {
                return Optional.empty();
            }
            String unit = m.group(2);
            boolean w = unit.startsWith("w");
            if (working != null && working != w) {
                return Optional.empty();
            }
            working = w;
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            switch (w ? unit.substring(1) : unit) {
                case "d" -> days += n;
                case "h" -> time = time.plusHours(n);
                default -> time = time.plusMinutes(n);
            }
            pos = m.end();
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }
        return working == null ? Optional.empty() : Optional.of(new SlaDuration(working, days, time));
    }

    /** The amount of (calendar or working) time this is under the given calendar. */
    public Duration length(WorkingCalendar calendar) {
        Duration day = working ? calendar.workdayLength() : Duration.ofDays(1);
        return day.multipliedBy(days).plus(time);
    }

    public boolean isZero() {
        return days == 0 && time.isZero();
    }

    @Override
    public String toString() {
        String w = working ? "w" : "";
        StringBuilder sb = new StringBuilder();
        if (days > 0) sb.append(days).append(w).append('d');
        if (time.toHours() > 0) sb.append(time.toHours()).append(w).append('h');
        if (time.toMinutesPart() > 0) sb.append(time.toMinutesPart()).append(w).append('m');
        return sb.length() == 0 ? "0" + w + "m" : sb.toString();
    }
}
