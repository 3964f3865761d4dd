package id.crm.core.sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.crm.core.ConfigurationException;
import id.crm.core.org.UnitKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an {@link SlaPolicy} from JSON and checks all of it, reporting every problem at once with
 * its path. The format:
 *
 * <pre>{@code
 * {
 *   "name": "...",
 *   "warnShare": 0.8,
 *   "calendar": {
 *     "zone": "Asia/Jakarta", "weekend": ["SATURDAY", "SUNDAY"],
 *     "workingHours": {"from": "07:30", "to": "16:00"},
 *     "holidayFiles": ["classpath:id/crm/core/sla/indonesia_holidays_2024_2027.csv", "/etc/crm/regional.csv"],
 *     "holidays": ["2026-06-22"]
 *   },
 *   "unclockedUnitKinds": ["EXTERNAL"],
 *   "targets": [
 *     {"id": "coordination", "until": "FIRST_ACTION", "unitKinds": ["KELURAHAN"], "within": "6h"},
 *     {"id": "completion", "until": "RESOLUTION", "accountable": true, "within": "7d",
 *      "byWeight": [{"upToWeight": 1, "within": "2wd"}, {"upToWeight": 2, "within": "5wd"}]},
 *     {"id": "red-flag", "until": "RESOLUTION", "redFlag": true, "within": "6d"}
 *   ],
 *   "categories": {"POHON": {"completion": "3d"}},
 *   "escalation": {"topUnit": "SEKDA"}
 * }
 * }</pre>
 *
 * Durations use the {@link SlaDuration} notation. Weight tiers must be in increasing weight and
 * never allow less time for a heavier weight, so a heavier category never gets an earlier deadline.
 *
 * <p>Stateless and thread-safe.
 */
final class SlaPolicyLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLASSPATH = "classpath:";

    private SlaPolicyLoader() {
    }

    static SlaPolicy loadResource(String resource, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigurationException("no SLA policy resource " + resource + " on the class path");
            }
            return load(in, resource);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read SLA policy " + resource, e);
        }
    }

    static SlaPolicy load(InputStream in, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new ConfigurationException("the SLA policy " + source + " is not valid JSON: " + e.getMessage(), e);
        }
        List<String> p = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new ConfigurationException("the SLA policy " + source + " must be a JSON object");
        }
        String name = root.path("name").asText(source);
        double warn = root.path("warnShare").asDouble(0.8);
        if (!(warn > 0 && warn < 1)) {
            p.add("warnShare must be between 0 and 1 (exclusive), was " + root.path("warnShare"));
        }
        WorkingCalendar calendar = calendar(root.path("calendar"), p);
        Set<UnitKind> unclocked = kinds(root.path("unclockedUnitKinds"), "unclockedUnitKinds", p);
        List<TargetRule> targets = new ArrayList<>();
        JsonNode ts = root.path("targets");
        if (!ts.isArray() || ts.isEmpty()) {
            p.add("targets must be a non-empty array");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < ts.size(); i++) {
                target(ts.get(i), "targets[" + i + "]", p).ifPresent(t -> {
                    if (!ids.add(t.id())) {
                        p.add("target id '" + t.id() + "' is used twice");
                    }
                    targets.add(t);
                });
            }
        }
        Map<String, Map<String, SlaDuration>> overrides = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("categories").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Map<String, SlaDuration> m = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> jt = e.getValue().fields(); jt.hasNext(); ) {
                Map.Entry<String, JsonNode> t = jt.next();
                String path = "categories." + e.getKey() + "." + t.getKey();
                if (targets.stream().noneMatch(r -> r.id().equals(t.getKey()))) {
                    p.add(path + ": no target with this id");
                }
                duration(t.getValue(), path, p).ifPresent(d -> m.put(t.getKey(), d));
            }
            overrides.put(e.getKey(), m);
        }
        Optional<String> top = Optional.of(root.path("escalation").path("topUnit"))
                .filter(JsonNode::isTextual).map(JsonNode::asText).filter(s -> !s.isBlank());
        if (!p.isEmpty()) {
            throw new ConfigurationException("the SLA policy " + source + " is invalid (" + p.size() + " problems)", p);
        }
        return new SlaPolicy(name, warn, calendar, targets, overrides, unclocked, top);
    }

    private static Optional<TargetRule> target(JsonNode n, String path, List<String> p) {
        int before = p.size();
        String id = n.path("id").asText("");
        if (id.isBlank()) {
            p.add(path + ".id is missing");
        }
        TargetRule.Until until = null;
        try {
            until = TargetRule.Until.valueOf(n.path("until").asText("").toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            p.add(path + ".until must be FIRST_ACTION or RESOLUTION, was " + n.path("until"));
        }
        Set<UnitKind> kinds = kinds(n.path("unitKinds"), path + ".unitKinds", p);
        Optional<SlaDuration> within = duration(n.path("within"), path + ".within", p);
        List<TargetRule.WeightTier> tiers = new ArrayList<>();
        JsonNode bw = n.path("byWeight");
        for (int i = 0; i < bw.size(); i++) {
            String tp = path + ".byWeight[" + i + "]";
            int w = bw.get(i).path("upToWeight").asInt(0);
            if (w < 1) {
                p.add(tp + ".upToWeight must be a whole number of at least 1");
            }
            Optional<SlaDuration> d = duration(bw.get(i).path("within"), tp + ".within", p);
            if (d.isPresent() && !tiers.isEmpty()) {
                TargetRule.WeightTier prev = tiers.get(tiers.size() - 1);
                if (w <= prev.upToWeight()) {
                    p.add(tp + ".upToWeight must be greater than the tier before (" + prev.upToWeight() + ")");
                }
                if (d.get().working() != prev.within().working()) {
                    p.add(tp + ".within mixes working and calendar time with the tier before");
                } else if (lengthOrder(d.get()) < lengthOrder(prev.within())) {
                    p.add(tp + ".within (" + d.get() + ") allows less time than a lighter weight (" + prev.within() + ")");
                }
            }
            d.ifPresent(x -> tiers.add(new TargetRule.WeightTier(w, x)));
        }
        if (p.size() > before || until == null || within.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TargetRule(id, until, kinds, n.path("accountable").asBoolean(false),
                n.path("redFlag").asBoolean(false), within.get(), tiers));
    }

    /** Orders allowances of one basis without a calendar: a working day counts as longer than any hours part. */
    private static double lengthOrder(SlaDuration d) {
        return d.days() * 1e9 + d.time().getSeconds();
    }

    private static Optional<SlaDuration> duration(JsonNode n, String path, List<String> p) {
        if (!n.isTextual()) {
            p.add(path + " is missing (e.g. \"6h\", \"7d\", \"2wd\")");
            return Optional.empty();
        }
        Optional<SlaDuration> d = SlaDuration.parse(n.asText());
        if (d.isEmpty()) {
            p.add(path + ": '" + n.asText() + "' is not a duration (e.g. \"6h\", \"7d\", \"2wd\", \"8wh\")");
        } else if (d.get().isZero()) {
            p.add(path + " must be longer than zero");
            return Optional.empty();
        }
        return d;
    }

    private static Set<UnitKind> kinds(JsonNode n, String path, List<String> p) {
        Set<UnitKind> out = EnumSet.noneOf(UnitKind.class);
        for (int i = 0; i < n.size(); i++) {
            try {
                out.add(UnitKind.valueOf(n.get(i).asText()));
            } catch (IllegalArgumentException e) {
                p.add(path + "[" + i + "]: unknown unit kind '" + n.get(i).asText() + "'");
            }
        }
        return out;
    }

    private static WorkingCalendar calendar(JsonNode n, List<String> p) {
        ZoneId zone = ZoneId.of("UTC");
        try {
            zone = ZoneId.of(n.path("zone").asText(""));
        } catch (DateTimeException e) {
            p.add("calendar.zone: '" + n.path("zone").asText("") + "' is not a time zone id");
        }
        Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
        JsonNode we = n.has("weekend") ? n.path("weekend") : JSON.createArrayNode().add("SATURDAY").add("SUNDAY");
        for (int i = 0; i < we.size(); i++) {
            try {
                weekend.add(DayOfWeek.valueOf(we.get(i).asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                p.add("calendar.weekend[" + i + "]: '" + we.get(i).asText() + "' is not a day of the week");
            }
        }
        LocalTime from = time(n.path("workingHours").path("from"), "calendar.workingHours.from", p);
        LocalTime to = time(n.path("workingHours").path("to"), "calendar.workingHours.to", p);
        if (from != null && to != null && !from.isBefore(to)) {
            p.add("calendar.workingHours: 'from' (" + from + ") must be before 'to' (" + to + ")");
        }
        if (weekend.size() == 7) {
            p.add("calendar.weekend leaves no working day");
        }
        List<LocalDate> holidays = new ArrayList<>();
        JsonNode files = n.path("holidayFiles");
        for (int i = 0; i < files.size(); i++) {
            holidays.addAll(holidayFile(files.get(i).asText(), "calendar.holidayFiles[" + i + "]", p));
        }
        JsonNode extra = n.path("holidays");
        for (int i = 0; i < extra.size(); i++) {
            try {
                holidays.add(LocalDate.parse(extra.get(i).asText()));
            } catch (DateTimeException e) {
                p.add("calendar.holidays[" + i + "]: '" + extra.get(i).asText() + "' is not a date (YYYY-MM-DD)");
            }
        }
        if (from == null || to == null || !from.isBefore(to) || weekend.size() == 7) {
            return WorkingCalendar.of(zone, Set.of(), LocalTime.MIN, LocalTime.MAX, List.of());
        }
        return WorkingCalendar.of(zone, weekend, from, to, holidays);
    }

    private static LocalTime time(JsonNode n, String path, List<String> p) {
        try {
            return LocalTime.parse(n.asText(""));
        } catch (DateTimeException e) {
            p.add(path + ": '" + n.asText("") + "' is not a time (HH:mm)");
            return null;
        }
    }

    private static List<LocalDate> holidayFile(String ref, String path, List<String> p) {
        try {
            if (ref.startsWith(CLASSPATH)) {
                return Holidays.fromResource(ref.substring(CLASSPATH.length()), SlaPolicyLoader.class.getClassLoader())
                        .stream().map(Holidays.Holiday::date).toList();
            }
            try (InputStream in = Files.newInputStream(Path.of(ref))) {
                return Holidays.read(in, ref).stream().map(Holidays.Holiday::date).toList();
            }
        } catch (ConfigurationException e) {
            p.add(path + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            p.add(path + ": cannot read '" + ref + "': " + e.getMessage());
        }
        return List.of();
    }
}
