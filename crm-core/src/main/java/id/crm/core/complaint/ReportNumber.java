package id.crm.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a citizen is given, in Jakarta's format: a prefix ({@code JK}), the local date as
 * {@code YYMMDD} and the day's sequence with at least four digits, e.g. {@code JK2306180342}. Past
 * 9,999 reports a day the sequence simply grows a digit ({@code JK23061810000}), so numbers never
 * collide. Numbers are guessable: they are never a credential (see {@link ReporterToken}).
 *
 * @param value the full number
 * @since 0.1
 */
public record ReportNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{1,4})(\\d{6})(\\d{4,})");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public ReportNumber {
        requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a report number: '" + value + "'");
        }
    }

    /**
     * @param prefix one to four capital letters, e.g. {@code JK}
     * @param localDate the date in the deployment's time zone
     * @param sequence the day's sequence, from 1
     */
    public static ReportNumber of(String prefix, LocalDate localDate, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive, was " + sequence);
        }
        return new ReportNumber(prefix + localDate.format(YYMMDD) + String.format("%04d", sequence));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public long sequence() {
        Matcher m = FORMAT.matcher(value);
        m.matches();
        return Long.parseLong(m.group(3));
    }

    @Override
    public String toString() {
        return value;
    }
}
