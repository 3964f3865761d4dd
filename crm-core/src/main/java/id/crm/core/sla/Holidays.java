package id.crm.core.sla;

import static java.util.Objects.requireNonNull;

import id.crm.core.ConfigurationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads non-working dates from CSV: a header line, then one date per row in the first column
 * ({@code YYYY-MM-DD}), its name in the second and its kind in the third (e.g. {@code libur_nasional}
 * or {@code cuti_bersama}); further columns (sources, notes) are ignored. Quoted fields may hold
 * commas. A deployment extends the national list with its own file in the same format.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Holidays {

    /** Indonesia's national holidays and cuti bersama 2024–2027 as shipped (see the SOURCES note beside it). */
    public static final String INDONESIA_RESOURCE = "id/crm/core/sla/indonesia_holidays_2024_2027.csv";

    private Holidays() {
    }

    /**
     * One non-working date.
     *
     * @param date the date
     * @param name its name, e.g. {@code Cuti Bersama Hari Raya Idul Fitri 1445 Hijriah}
     * @param kind its kind as the file says, e.g. {@code cuti_bersama}
     * @since 0.1
     */
    public record Holiday(LocalDate date, String name, String kind) {
        public Holiday {
            requireNonNull(date, "date");
            requireNonNull(name, "name");
            requireNonNull(kind, "kind");
        }
    }

    /**
     * Indonesia's national holidays (<i>libur nasional</i>) and collective leave days (<i>cuti
     * bersama</i>) of 2024–2027, set by the yearly SKB of the ministers of religious affairs,
     * manpower and administrative reform (2024: SKB 855/2023, 3/2023, 4/2023 plus the election
     * days of Keppres 10/2024 and 33/2024). Cuti bersama are days off for civil servants, so
     * government clocks in working time do not run on them. The 2027 rows are the least certain.
     */
    public static List<Holiday> indonesia() {
        return fromResource(INDONESIA_RESOURCE, Holidays.class.getClassLoader());
    }

    /**
     * @throws ConfigurationException when the resource is missing or a row is malformed
     */
    public static List<Holiday> fromResource(String name, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(requireNonNull(name, "name"))) {
            if (in == null) {
                throw new ConfigurationException("no holiday resource " + name + " on the class path");
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param source names the input in error messages
     * @throws ConfigurationException listing every malformed row
     */
    public static List<Holiday> read(InputStream in, String source) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Holiday> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String line = r.readLine();
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            try {
                out.add(new Holiday(LocalDate.parse(f.get(0).strip()), f.size() > 1 ? f.get(1) : "",
                        f.size() > 2 ? f.get(2) : ""));
            } catch (DateTimeParseException e) {
                problems.add(source + " line " + n + ": '" + f.get(0) + "' is not a date (YYYY-MM-DD)");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException("the holiday list " + source + " is invalid", problems);
        }
        return List.copyOf(out);
    }

    /** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
