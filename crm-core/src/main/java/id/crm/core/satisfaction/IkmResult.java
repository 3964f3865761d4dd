package id.crm.core.satisfaction;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * The community satisfaction index of one survey.
 *
 * @param respondents how many responses were counted
 * @param nrr the mean score of each element (<i>nilai rata-rata</i>), 1–4, four decimals
 * @param weightedNrr the sum of NRR × weight (<i>NRR tertimbang</i>), the IKM on the 1–4 scale
 * @param ikm the index converted to 25–100 (weighted NRR × 25), rounded half-up to two decimals
 * @param grade the quality grade of {@code ikm}
 * @since 0.1
 */
public record IkmResult(int respondents, List<BigDecimal> nrr, BigDecimal weightedNrr, BigDecimal ikm, Grade grade) {

    public IkmResult {
        nrr = List.copyOf(nrr);
        requireNonNull(weightedNrr, "weightedNrr");
        requireNonNull(ikm, "ikm");
        requireNonNull(grade, "grade");
    }
}
