package id.crm.core.scoring;

import static java.util.Objects.requireNonNull;

import id.crm.core.complaint.ComplaintEvent;
import id.crm.core.complaint.ComplaintEvent.*;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds {@link UnitStats} from complaint histories, one history at a time, so that it can read
 * from a store page by page or from a simulation's stream. Attribution: every unit that held a
 * report received it; the first action of a holder (a question to the reporter included) ends its coordination time; a resolution counts
 * for the resolving unit and for the dinas accountable after a disposition; a reopen counts for
 * the unit it returns to; a rating for the units credited with the resolution. On-time shares come
 * from the SLA events (clocks stopped as met, never breached). A unit that forwarded the report as
 * outside its remit gets none of it.
 *
 * <p>Not thread-safe: one collector per computation.
 *
 * @since 0.1
 */
public final class StatsCollector {

    private final ScoringPolicy policy;
    private final Period period;
    private final Map<String, Acc> units = new TreeMap<>();

    public StatsCollector(ScoringPolicy policy, Period period) {
        this.policy = requireNonNull(policy, "policy");
        this.period = requireNonNull(period, "period");
    }

    /** Adds one complaint's history (oldest event first); ignored when received outside the period. */
    public StatsCollector add(List<ComplaintEvent> history) {
        if (history.isEmpty() || !(history.get(0) instanceof Received r) || !period.contains(r.at())) {
            return this;
        }
        Map<String, Acc> mine = new HashMap<>();
        Map<String, Instant> holdStart = new HashMap<>();
        Set<String> acted = new LinkedHashSet<>();
        Set<String> outOfRemit = new LinkedHashSet<>();
        Map<String, Boolean> clocks = new HashMap<>();
        String holder = null;
        String accountable = null;
        List<String> credited = List.of();
        for (ComplaintEvent e : history) {
            String from = null;
            String to = null;
            if (e instanceof Placed p) {
                to = p.kelurahanCode();
            } else if (e instanceof Forwarded f) {
                from = f.fromUnit();
                to = f.toUnit();
                accountable = null;
                if (f.outOfRemit()) outOfRemit.add(f.fromUnit());
            } else if (e instanceof Disposed d) {
                from = d.fromUnit();
                to = d.toUnit();
                accountable = d.fromUnit();
            } else if (e instanceof Returned t) {
                from = t.fromUnit();
                to = t.toUnit();
                if (t.toUnit().equals(accountable)) accountable = null;
            } else if (e instanceof WorkStarted w) {
                from = w.unit();
            } else if (e instanceof InfoRequested && holder != null) {
                from = holder; // asking the reporter is a response; the SLA clocks pause meanwhile
            } else if (e instanceof Rejected && holder != null) {
                from = holder;
            } else if (e instanceof MarkedDuplicate && holder != null) {
                from = holder;
                acc(mine, holder).duplicates++;
            } else if (e instanceof Resolved s) {
                from = s.unit();
                credited = accountable != null && !accountable.equals(s.unit()) ? List.of(s.unit(), accountable)
                        : List.of(s.unit());
                for (String u : credited) {
                    Acc a = acc(mine, u);
                    if (a.completion == null) {
                        a.completion = Duration.between(holdStart.getOrDefault(u, r.at()), s.at());
                    }
                }
            } else if (e instanceof Reopened o) {
                acc(mine, o.toUnit()).reopened = 1;
                to = o.toUnit();
            } else if (e instanceof Rated t) {
                for (String u : credited) {
                    acc(mine, u).rating = t.stars();
                }
            } else if (e instanceof DeadlineStopped s) {
                clocks.merge(s.target() + '@' + s.holder(), s.met(), Boolean::logicalAnd);
            } else if (e instanceof SlaBreached b) {
                clocks.put(b.target() + '@' + b.holder(), false);
                acc(mine, b.holder()).breaches++;
            }
            if (from != null && acted.add(from) && acc(mine, from).coordination == null) {
                acc(mine, from).coordination = Duration.between(holdStart.getOrDefault(from, r.at()), e.at());
            }
            if (to != null) {
                holdStart.put(to, e.at());
                acc(mine, to).received = 1;
                holder = to;
                if (e instanceof Reopened || e instanceof Returned) acted.remove(to);
            }
        }
        clocks.forEach((key, met) -> {
            int at = key.indexOf('@');
            String target = key.substring(0, at);
            Acc a = acc(mine, key.substring(at + 1));
            if (target.equals(policy.completionTarget())) {
                a.completionClocks++;
                if (met) a.completionOnTime++;
            } else if (target.equals(policy.coordinationTarget())) {
                a.coordinationClocks++;
                if (met) a.coordinationOnTime++;
            }
        });
        mine.forEach((unit, a) -> {
            Acc total = acc(units, unit);
            if (outOfRemit.contains(unit)) {
                total.forwarded++;
            } else {
                total.merge(a);
            }
        });
        return this;
    }

    /** Adds every history. */
    public StatsCollector addAll(Iterable<List<ComplaintEvent>> histories) {
        histories.forEach(this::add);
        return this;
    }

    /** The statistics of every unit seen, by unit code. */
    public Map<String, UnitStats> stats() {
        Map<String, UnitStats> out = new TreeMap<>();
        units.forEach((u, a) -> out.put(u, a.toStats(u)));
        return out;
    }

    private static Acc acc(Map<String, Acc> m, String unit) {
        return m.computeIfAbsent(unit, k -> new Acc());
    }

    /** Per-unit accumulator; per complaint its fields hold one report's contribution. */
    private static final class Acc {
        int received;
        int forwarded;
        int reopened;
        int duplicates;
        int breaches;
        int completionClocks;
        int completionOnTime;
        int coordinationClocks;
        int coordinationOnTime;
        Duration coordination;
        Duration completion;
        Integer rating;
        final List<Duration> coordinations = new ArrayList<>();
        final List<Duration> completions = new ArrayList<>();
        final List<Integer> ratings = new ArrayList<>();

        void merge(Acc a) {
            received += a.received;
            reopened += a.reopened;
            duplicates += a.duplicates;
            breaches += a.breaches;
            completionClocks += a.completionClocks;
            completionOnTime += a.completionOnTime;
            coordinationClocks += a.coordinationClocks;
            coordinationOnTime += a.coordinationOnTime;
            if (a.coordination != null) coordinations.add(a.coordination);
            if (a.completion != null) completions.add(a.completion);
            if (a.rating != null) ratings.add(a.rating);
        }

        UnitStats toStats(String unit) {
            return new UnitStats(unit, received, forwarded, coordinations.size(), coordinationClocks,
                    coordinationOnTime, completions.size(), completionClocks, completionOnTime, Stats.mean(coordinations),
                    Stats.median(coordinations), Stats.mean(completions), Stats.median(completions), reopened,
                    duplicates, ratings.size(),
                    ratings.isEmpty() ? OptionalDouble.empty()
                            : ratings.stream().mapToInt(Integer::intValue).average(),
                    breaches);
        }
    }

    /** Means and medians of durations. */
    static final class Stats {
        private Stats() {
        }

        static Optional<Duration> mean(List<Duration> xs) {
            if (xs.isEmpty()) return Optional.empty();
            long total = 0;
            for (Duration d : xs) total += d.getSeconds();
            return Optional.of(Duration.ofSeconds(Math.round((double) total / xs.size())));
        }

        static Optional<Duration> median(List<Duration> xs) {
            if (xs.isEmpty()) return Optional.empty();
            List<Duration> s = new ArrayList<>(xs);
            s.sort(null);
            int n = s.size();
            return Optional.of(n % 2 == 1 ? s.get(n / 2) : s.get(n / 2 - 1).plus(s.get(n / 2)).dividedBy(2));
        }
    }
}
