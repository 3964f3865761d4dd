package id.crm.channel.desk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * Timestamps as Jakarta's channels write them: ISO-8601 with an offset, or local time without one,
 * which is Western Indonesian Time (WIB, UTC+7, zone {@code Asia/Jakarta}). A {@code T} or a space
 * may separate date and time; seconds and fractions are optional.
 *
 * <p>Stateless and thread-safe.
 */
public final class JakartaTime {

    /** Western Indonesian Time; fixed at UTC+7 since 1964. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .append(LOCAL).appendOffset("+HH:MM", "Z").toFormatter()
            .withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);
    private static final DateTimeFormatter WITH_COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(LOCAL).appendOffset("+HHMM", "Z").toFormatter()
            .withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    private JakartaTime() {
    }

    /**
     * The instant a timestamp denotes, or empty when it is not a valid timestamp (including
     * impossible dates such as 2023-02-30). A date without a time means midnight WIB.
     */
    public static Optional<Instant> parse(String raw) {
        String s = raw.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {WITH_OFFSET, WITH_COMPACT_OFFSET}) {
            try {
                return Optional.of(OffsetDateTime.parse(s, f).toInstant());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(LocalDateTime.parse(s, LOCAL).atZone(WIB).toInstant());
        } catch (DateTimeParseException e) {
            // try a bare date
        }
        try {
            return Optional.of(LocalDate.parse(s).atStartOfDay(WIB).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
