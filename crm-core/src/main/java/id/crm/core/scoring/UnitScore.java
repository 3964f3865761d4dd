package id.crm.core.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A unit's score for a period: the blended rate of its own record ({@code raw}), the score after
 * shrinking toward the prior (0–100), its sample size and whether that is enough to rank it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stats the record it was computed from
 * @param raw the unit's own blended rate, 0–1; empty when nothing of it could be measured
 * @param score the shrunk score, 0–100
 * @param sample the number of reports scored
 * @param insufficientSample whether the sample is below the policy's minimum
 * @param averageRuleMet the average rule; empty when nothing was measured
 * @param perReportShare the share of completion clocks met
 * @since 0.1
 */
public record UnitScore(UnitStats stats, OptionalDouble raw, double score, int sample, boolean insufficientSample,
                        Optional<Boolean> averageRuleMet, OptionalDouble perReportShare) {

    public UnitScore {
        requireNonNull(stats, "stats");
        requireNonNull(raw, "raw");
        requireNonNull(averageRuleMet, "averageRuleMet");
        requireNonNull(perReportShare, "perReportShare");
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("a score is within 0..100, was " + score);
        }
    }

    public String unit() {
        return stats.unit();
    }

    /** The unit's own blended rate (0–1) under a policy; empty when no component is measurable. */
    static OptionalDouble rawOf(UnitStats s, ScoringPolicy p) {
        double sum = 0;
        double weights = 0;
        OptionalDouble c = s.completionOnTimeShare();
        if (c.isPresent() && p.completionWeight() > 0) { sum += p.completionWeight() * c.getAsDouble(); weights += p.completionWeight(); }
        OptionalDouble k = s.coordinationOnTimeShare();
        if (k.isPresent() && p.coordinationWeight() > 0) { sum += p.coordinationWeight() * k.getAsDouble(); weights += p.coordinationWeight(); }
        OptionalDouble r = s.reopenedShare();
        if (r.isPresent() && p.reopenWeight() > 0) { sum += p.reopenWeight() * (1 - r.getAsDouble()); weights += p.reopenWeight(); }
        OptionalDouble m = s.meanRating();
        if (m.isPresent() && p.ratingWeight() > 0) { sum += p.ratingWeight() * (m.getAsDouble() - 1) / 4; weights += p.ratingWeight(); }
        return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.max(0, Math.min(1, sum / weights)));
    }

    /** The sample: reports the unit held and was scored on. */
    static int sampleOf(UnitStats s) {
        return s.received();
    }

    /** Scores one unit against a prior rate (0–1): {@code 100 × (n·raw + m·prior) / (n + m)}. */
    static UnitScore of(UnitStats s, ScoringPolicy p, double prior) {
        OptionalDouble raw = rawOf(s, p);
        int n = raw.isPresent() ? sampleOf(s) : 0;
        double m = p.priorWeight();
        double blended = n + m == 0 ? prior : (n * raw.orElse(prior) + m * prior) / (n + m);
        double score = Math.max(0, Math.min(100, 100 * blended));
        return new UnitScore(s, raw, score, sampleOf(s), sampleOf(s) < p.minSample(), s.averageRuleMet(p),
                s.completionOnTimeShare());
    }
}
