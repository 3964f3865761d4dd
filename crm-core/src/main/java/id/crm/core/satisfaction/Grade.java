package id.crm.core.satisfaction;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The service quality grade (<i>mutu pelayanan</i>) of an IKM after PermenPAN-RB 14/2017: A
 * (88.31–100, <i>sangat baik</i>), B (76.61–88.30, <i>baik</i>), C (65.00–76.60, <i>kurang
 * baik</i>), D (25.00–64.99, <i>tidak baik</i>). The bands are given to two decimals, so an IKM is
 * rounded half-up to two decimals before it is banded: 88.305 becomes 88.31, an A. A value below
 * 25.00 (possible only with weights that sum to less than 1) is graded D.
 *
 * @since 0.1
 */
public enum Grade {
    A("88.31", "Sangat Baik"),
    B("76.61", "Baik"),
    C("65.00", "Kurang Baik"),
    D("25.00", "Tidak Baik");

    private final BigDecimal lowerBound;
    private final String label;

    Grade(String lowerBound, String label) {
        this.lowerBound = new BigDecimal(lowerBound);
        this.label = label;
    }

    /** The lowest IKM (two decimals) of the band. */
    public BigDecimal lowerBound() {
        return lowerBound;
    }

    /** The regulation's Indonesian label. */
    public String label() {
        return label;
    }

    /** The grade of an IKM already rounded to two decimals. */
    public static Grade of(BigDecimal ikm) {
        requireNonNull(ikm, "ikm");
        for (Grade g : values()) {
            if (ikm.compareTo(g.lowerBound) >= 0) {
                return g;
            }
        }
        return D;
    }
}
