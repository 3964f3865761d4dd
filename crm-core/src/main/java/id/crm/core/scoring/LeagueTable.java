package id.crm.core.scoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * Units ranked by score for one period. Units with a sufficient sample are ranked first, by score;
 * units below the minimum sample follow, unranked and marked, so a unit with three reports is
 * never at the top. The prior is the policy's fixed prior or, without one, the overall mean rate
 * (weighted by sample) of the units in the table.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LeagueTable {

    private final List<Row> rows;
    private final double prior;

    private LeagueTable(List<Row> rows, double prior) {
        this.rows = List.copyOf(rows);
        this.prior = prior;
    }

    /**
     * One line of the table.
     *
     * @param rank 1-based rank; empty for an insufficient sample
     * @param score the unit's score
     * @since 0.1
     */
    public record Row(OptionalInt rank, UnitScore score) {
        public Row {
            requireNonNull(rank, "rank");
            requireNonNull(score, "score");
        }
    }

    /** Scores and ranks the units. */
    public static LeagueTable of(Collection<UnitStats> stats, ScoringPolicy policy) {
        requireNonNull(stats, "stats");
        requireNonNull(policy, "policy");
        double prior = policy.fixedPrior().orElseGet(() -> overallMean(stats, policy));
        List<UnitScore> scores = new ArrayList<>();
        stats.forEach(s -> scores.add(UnitScore.of(s, policy, prior)));
        scores.sort(Comparator.comparing(UnitScore::insufficientSample)
                .thenComparing(Comparator.comparingDouble(UnitScore::score).reversed())
                .thenComparing(UnitScore::unit));
        List<Row> rows = new ArrayList<>();
        int rank = 0;
        for (UnitScore s : scores) {
            rows.add(new Row(s.insufficientSample() ? OptionalInt.empty() : OptionalInt.of(++rank), s));
        }
        return new LeagueTable(rows, prior);
    }

    /** The sample-weighted mean raw rate of the units; 0.5 when none can be measured. */
    static double overallMean(Collection<UnitStats> stats, ScoringPolicy policy) {
        double sum = 0;
        long n = 0;
        for (UnitStats s : stats) {
            var raw = UnitScore.rawOf(s, policy);
            if (raw.isPresent()) {
                sum += raw.getAsDouble() * UnitScore.sampleOf(s);
                n += UnitScore.sampleOf(s);
            }
        }
        return n == 0 ? 0.5 : sum / n;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The prior rate the scores were shrunk toward. */
    public double prior() {
        return prior;
    }

    public Optional<UnitScore> score(String unit) {
        return rows.stream().map(Row::score).filter(s -> s.unit().equals(unit)).findFirst();
    }

    /** The ranked rows whose unit passes a filter (by kind, say), keeping their order. */
    public List<Row> filter(Predicate<String> unit) {
        return rows.stream().filter(r -> unit.test(r.score().unit())).toList();
    }

    /** The best {@code n} ranked units. */
    public List<Row> top(int n) {
        return rows.stream().filter(r -> r.rank().isPresent()).limit(n).toList();
    }

    /** The worst {@code n} ranked units, worst last. */
    public List<Row> bottom(int n) {
        List<Row> ranked = rows.stream().filter(r -> r.rank().isPresent()).toList();
        return ranked.subList(Math.max(0, ranked.size() - n), ranked.size());
    }
}
