package id.crm.core.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The IKM's range and the grade table's shape. */
class SatisfactionProperties {

    final SkmSurvey skm = SkmSurvey.permenPanRb14of2017();

    @Property(tries = 300)
    void theIkmStaysWithin25And100(@ForAll @Size(min = 1, max = 200)
                                   List<@Size(9) List<@IntRange(min = 1, max = 4) Integer>> answers) {
        IkmResult r = skm.evaluate(answers.stream().map(SurveyResponse::new).toList());
        assertThat(r.ikm()).isBetween(new BigDecimal("25.00"), new BigDecimal("100.00"));
        assertThat(r.grade()).isEqualTo(Grade.of(r.ikm()));
        assertThat(r.nrr()).allSatisfy(n -> assertThat(n).isBetween(BigDecimal.ONE, BigDecimal.valueOf(4)));
    }

    @Property
    void gradeBandsAreContiguousAndOrdered(@ForAll @IntRange(min = 2500, max = 9999) int hundredths) {
        BigDecimal v = BigDecimal.valueOf(hundredths, 2);
        BigDecimal next = BigDecimal.valueOf(hundredths + 1, 2);
        Grade g = Grade.of(v);
        Grade h = Grade.of(next);
        assertThat(h.ordinal()).isBetween(g.ordinal() - 1, g.ordinal());
        if (h != g) {
            assertThat(h.lowerBound()).isEqualByComparingTo(next);
        }
        assertThat(v).isGreaterThanOrEqualTo(g.lowerBound());
    }
}
