package id.crm.core.scoring;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One unit's handling record for a period. Reports it forwarded as outside its remit are counted
 * apart ({@code forwardedOutOfRemit}) and in nothing else, so they never count against it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the unit's code
 * @param received reports the unit held (scored ones)
 * @param forwardedOutOfRemit reports it passed on as outside its remit (not scored)
 * @param coordinated reports on which it took a first action
 * @param coordinationClocks coordination clocks decided (met, missed or breached)
 * @param coordinationOnTime of those, met
 * @param completed reports it resolved, or resolved under its accountability
 * @param completionClocks completion clocks decided
 * @param completionOnTime of those, met
 * @param meanCoordination mean time to first action
 * @param medianCoordination median time to first action
 * @param meanCompletion mean time from receipt to resolution
 * @param medianCompletion median time from receipt to resolution
 * @param reopened resolutions the reporter (or a verifier) reopened
 * @param duplicates reports merged into another while it held them
 * @param ratings star ratings received
 * @param meanRating their mean
 * @param breaches breaches recorded on its clocks
 * @since 0.1
 */
public record UnitStats(String unit, int received, int forwardedOutOfRemit, int coordinated, int coordinationClocks,
                        int coordinationOnTime, int completed, int completionClocks, int completionOnTime,
                        Optional<Duration> meanCoordination, Optional<Duration> medianCoordination,
                        Optional<Duration> meanCompletion, Optional<Duration> medianCompletion, int reopened,
                        int duplicates, int ratings, OptionalDouble meanRating, int breaches) {

    public UnitStats {
        requireNonNull(unit, "unit");
        requireNonNull(meanCoordination, "meanCoordination");
        requireNonNull(medianCoordination, "medianCoordination");
        requireNonNull(meanCompletion, "meanCompletion");
        requireNonNull(medianCompletion, "medianCompletion");
        requireNonNull(meanRating, "meanRating");
    }

    /** The per-report rule: the share of completion clocks met; empty without any. */
    public OptionalDouble completionOnTimeShare() {
        return completionClocks == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) completionOnTime / completionClocks);
    }

    public OptionalDouble coordinationOnTimeShare() {
        return coordinationClocks == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) coordinationOnTime / coordinationClocks);
    }

    /** Reopened resolutions over resolutions; empty without any resolution. */
    public OptionalDouble reopenedShare() {
        return completed == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1.0, (double) reopened / completed));
    }

    /**
     * The average rule: mean completion time within its limit and, for units that run a
     * coordination clock (the kelurahan, in Jakarta's policy), mean coordination time within its
     * limit. A part with no measurement passes; empty when nothing was measured.
     */
    public Optional<Boolean> averageRuleMet(ScoringPolicy p) {
        Optional<Duration> coordination = coordinationClocks > 0 ? meanCoordination : Optional.empty();
        if (coordination.isEmpty() && meanCompletion.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(coordination.map(d -> d.compareTo(p.averageCoordination()) <= 0).orElse(true)
                && meanCompletion.map(d -> d.compareTo(p.averageCompletion()) <= 0).orElse(true));
    }
}
