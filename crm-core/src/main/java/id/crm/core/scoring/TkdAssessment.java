package id.crm.core.scoring;

import static java.util.Objects.requireNonNull;

/**
 * The complaint-handling part of a senior official's performance allowance (<i>tunjangan kinerja
 * daerah</i>, TKD). Complaint follow-up is a fixed share of an eselon-2 official's work score
 * (Pergub 108/2016: 10%); since 2018 the head of a unit that fails the rule loses a share of TKD
 * (10%). The cut applies only with a sufficient sample: a rule judged on a handful of reports would
 * be unfair.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the unit
 * @param score its score, 0–100
 * @param workScorePoints the points complaint handling adds to a 100-point work score
 * @param ruleMet whether the unit passed the policy's cut rule
 * @param cut the share of TKD cut (0 when none)
 * @since 0.1
 */
public record TkdAssessment(String unit, double score, double workScorePoints, boolean ruleMet, double cut) {

    public TkdAssessment {
        requireNonNull(unit, "unit");
    }

    /** Assesses one scored unit. */
    public static TkdAssessment of(UnitScore s, ScoringPolicy p) {
        requireNonNull(s, "s");
        requireNonNull(p, "p");
        boolean average = s.averageRuleMet().orElse(true);
        boolean perReport = s.perReportShare().orElse(1) >= p.perReportThreshold();
        boolean met = switch (p.cutRule()) {
            case AVERAGE -> average;
            case PER_REPORT -> perReport;
            case BOTH -> average && perReport;
        };
        double cut = !met && !s.insufficientSample() ? p.tkdCut() : 0;
        return new TkdAssessment(s.unit(), s.score(), s.score() * p.tkdShareOfWorkScore(), met, cut);
    }
}
