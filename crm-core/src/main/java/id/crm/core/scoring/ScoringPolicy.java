package id.crm.core.scoring;

import static java.util.Objects.requireNonNull;

import id.crm.core.ConfigurationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How units are scored. The score (0–100) blends four rates, never counts, so a unit is not
 * punished for receiving more reports: the per-report share of completion clocks met, the share of
 * coordination clocks met, the share of resolutions not reopened, and the mean star rating. It is
 * shrunk toward a prior (a Bayesian average with {@code priorWeight} pseudo-reports), so a unit
 * with three reports cannot top the table on luck, and units below {@code minSample} are marked
 * as such. The average rule (mean coordination and completion times within their targets, as
 * Pergub DKI 128/2017 states the targets) is reported beside the per-report rule.
 *
 * <p>The TKD part: complaint handling is {@code tkdShareOfWorkScore} of a senior (eselon 2)
 * official's work score (Pergub 108/2016 sets 10%), and a unit that fails {@code cutRule} with a
 * sufficient sample loses {@code tkdCut} of its TKD (10% since 2018).
 *
 * <p>Immutable and thread-safe.
 *
 * @param coordinationTarget id of the SLA target measuring coordination
 * @param completionTarget id of the SLA target measuring completion
 * @param averageCoordination the average-rule limit for mean coordination time
 * @param averageCompletion the average-rule limit for mean completion time
 * @param minSample reports needed before a score is considered sufficient
 * @param priorWeight pseudo-reports of the prior in the Bayesian average
 * @param fixedPrior the prior rate (0–1); empty to use the overall mean of the units scored together
 * @param completionWeight weight of the completion on-time share
 * @param coordinationWeight weight of the coordination on-time share
 * @param reopenWeight weight of the not-reopened share
 * @param ratingWeight weight of the star rating
 * @param tkdShareOfWorkScore the share of an official's work score that complaint handling makes up
 * @param tkdCut the share of TKD cut when the unit fails the rule
 * @param cutRule which rule a unit must pass to keep its TKD
 * @param perReportThreshold the on-time share the per-report rule requires
 * @since 0.1
 */
public record ScoringPolicy(String coordinationTarget, String completionTarget, Duration averageCoordination,
                            Duration averageCompletion, int minSample, double priorWeight, OptionalDouble fixedPrior,
                            double completionWeight, double coordinationWeight, double reopenWeight,
                            double ratingWeight, double tkdShareOfWorkScore, double tkdCut, CutRule cutRule,
                            double perReportThreshold) {

    /** Which rule decides the TKD cut. */
    public enum CutRule {
        /** Mean coordination and completion times within their limits. */
        AVERAGE,
        /** The on-time share of completion clocks at least the threshold. */
        PER_REPORT,
        /** Both. */
        BOTH
    }

    /** @throws ConfigurationException listing every invalid value */
    public ScoringPolicy {
        requireNonNull(coordinationTarget, "coordinationTarget");
        requireNonNull(completionTarget, "completionTarget");
        requireNonNull(averageCoordination, "averageCoordination");
        requireNonNull(averageCompletion, "averageCompletion");
        requireNonNull(fixedPrior, "fixedPrior");
        requireNonNull(cutRule, "cutRule");
        List<String> p = new ArrayList<>();
        if (minSample < 1) p.add("minSample must be at least 1, was " + minSample);
        if (!(priorWeight >= 0)) p.add("priorWeight must not be negative, was " + priorWeight);
        if (fixedPrior.isPresent() && !(fixedPrior.getAsDouble() >= 0 && fixedPrior.getAsDouble() <= 1)) {
            p.add("fixedPrior must be within 0..1, was " + fixedPrior.getAsDouble());
        }
        double[] w = {completionWeight, coordinationWeight, reopenWeight, ratingWeight};
        for (double x : w) {
            if (!(x >= 0)) p.add("component weights must not be negative, was " + x);
        }
        if (!(completionWeight + coordinationWeight + reopenWeight + ratingWeight > 0)) {
            p.add("at least one component weight must be positive");
        }
        for (double x : new double[] {tkdShareOfWorkScore, tkdCut, perReportThreshold}) {
            if (!(x >= 0 && x <= 1)) p.add("shares must be within 0..1, was " + x);
        }
        if (averageCoordination.isNegative() || averageCompletion.isNegative()) p.add("average limits must not be negative");
        if (!p.isEmpty()) {
            throw new ConfigurationException("the scoring policy is invalid", p);
        }
    }

    /**
     * Defaults after the published rules: coordination 6 h and completion 7 days on average, 10
     * reports minimum, a prior of 10 pseudo-reports at the overall mean, weights 0.5 / 0.2 / 0.15
     * / 0.15, complaint handling 10% of the work score, 10% TKD cut for failing the average rule.
     */
    public static ScoringPolicy defaults() {
        return new ScoringPolicy("coordination", "completion", Duration.ofHours(6), Duration.ofDays(7), 10, 10,
                OptionalDouble.empty(), 0.5, 0.2, 0.15, 0.15, 0.10, 0.10, CutRule.AVERAGE, 0.8);
    }

    public ScoringPolicy withMinSample(int n) {
        return new ScoringPolicy(coordinationTarget, completionTarget, averageCoordination, averageCompletion, n,
                priorWeight, fixedPrior, completionWeight, coordinationWeight, reopenWeight, ratingWeight,
                tkdShareOfWorkScore, tkdCut, cutRule, perReportThreshold);
    }

    public ScoringPolicy withFixedPrior(double prior) {
        return new ScoringPolicy(coordinationTarget, completionTarget, averageCoordination, averageCompletion, minSample,
                priorWeight, OptionalDouble.of(prior), completionWeight, coordinationWeight, reopenWeight, ratingWeight,
                tkdShareOfWorkScore, tkdCut, cutRule, perReportThreshold);
    }
}
