package id.crm.core.satisfaction;

import static java.util.Objects.requireNonNull;

import id.crm.core.ConfigurationException;
import id.crm.core.ValidationException;
import id.crm.core.Violation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The community satisfaction survey (<i>Survei Kepuasan Masyarakat</i>, SKM) of PermenPAN-RB
 * 14/2017: respondents score each of nine elements from 1 to 4; the mean score of an element is
 * its NRR; the IKM is the sum of NRR × weight, converted to 25–100 by multiplying by 25, and
 * graded by {@link Grade}.
 *
 * <p>The regulation's weight is "total weight / number of elements = 1/9", which it writes as
 * 0.11. Nine weights of 0.11 sum to 0.99, so taken literally the IKM runs from 24.75 to 99: a
 * perfect survey could never reach 100 and an all-ones survey would fall below the D band. With
 * {@code normalise} (the default) the weights are divided by their sum, which for 0.11 each gives
 * exactly the regulation's 1/9 and an IKM from 25 to 100, matching its grade table. Without it the
 * formula is applied to the weights as given.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SkmSurvey {

    /** The nine elements (<i>unsur</i>) of PermenPAN-RB 14/2017. */
    public static final List<String> ELEMENTS = List.of("Persyaratan", "Sistem, mekanisme dan prosedur",
            "Waktu penyelesaian", "Biaya/tarif", "Produk spesifikasi jenis pelayanan", "Kompetensi pelaksana",
            "Perilaku pelaksana", "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana");

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);

    private final List<String> elements;
    private final List<BigDecimal> weights;
    private final boolean normalise;

    private SkmSurvey(List<String> elements, List<BigDecimal> weights, boolean normalise) {
        this.elements = List.copyOf(elements);
        this.weights = List.copyOf(weights);
        this.normalise = normalise;
    }

    /** The regulation's nine elements, weight 0.11 each, normalised (see the class comment). */
    public static SkmSurvey permenPanRb14of2017() {
        return of(ELEMENTS, Collections.nCopies(ELEMENTS.size(), new BigDecimal("0.11")), true);
    }

    /**
     * A survey with its own elements and weights.
     *
     * @throws ConfigurationException listing every problem
     */
    public static SkmSurvey of(List<String> elements, List<BigDecimal> weights, boolean normalise) {
        requireNonNull(elements, "elements");
        requireNonNull(weights, "weights");
        List<String> p = new ArrayList<>();
        if (elements.isEmpty()) p.add("a survey needs at least one element");
        if (elements.size() != weights.size()) {
            p.add(elements.size() + " elements but " + weights.size() + " weights");
        }
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i) == null || weights.get(i).signum() <= 0) p.add("weights[" + i + "] must be positive");
        }
        if (!p.isEmpty()) {
            throw new ConfigurationException("the SKM survey is invalid", p);
        }
        return new SkmSurvey(elements, weights, normalise);
    }

    public List<String> elements() { return elements; }

    public List<BigDecimal> weights() { return weights; }

    public boolean normalises() { return normalise; }

    /**
     * Computes the IKM.
     *
     * @throws ValidationException listing every missing, extra or out-of-range score, with paths
     *     such as {@code responses[3].scores[5]}
     */
    public IkmResult evaluate(List<SurveyResponse> responses) {
        requireNonNull(responses, "responses");
        List<Violation> v = new ArrayList<>();
        if (responses.isEmpty()) v.add(new Violation("responses", "a survey needs at least one response"));
        for (int r = 0; r < responses.size(); r++) {
            SurveyResponse resp = responses.get(r);
            if (resp == null) {
                v.add(new Violation("responses[" + r + "]", "missing"));
                continue;
            }
            if (resp.scores().size() != elements.size()) {
                v.add(new Violation("responses[" + r + "].scores", "has " + resp.scores().size() + " scores, needs "
                        + elements.size()));
            }
            for (int i = 0; i < resp.scores().size(); i++) {
                int s = resp.scores().get(i);
                if (s < 1 || s > 4) v.add(new Violation("responses[" + r + "].scores[" + i + "]", "must be 1 to 4, was " + s));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException("the survey", v);
        }
        BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal n = BigDecimal.valueOf(responses.size());
        List<BigDecimal> nrr = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        for (int i = 0; i < elements.size(); i++) {
            long sum = 0;
            for (SurveyResponse resp : responses) sum += resp.scores().get(i);
            BigDecimal mean = BigDecimal.valueOf(sum).divide(n, MC);
            nrr.add(mean.setScale(4, RoundingMode.HALF_UP));
            BigDecimal w = normalise ? weights.get(i).divide(weightSum, MC) : weights.get(i);
            weighted = weighted.add(mean.multiply(w, MC), MC);
        }
        BigDecimal ikm = weighted.multiply(TWENTY_FIVE, MC).setScale(2, RoundingMode.HALF_UP);
        return new IkmResult(responses.size(), nrr, weighted.setScale(4, RoundingMode.HALF_UP), ikm, Grade.of(ikm));
    }
}
