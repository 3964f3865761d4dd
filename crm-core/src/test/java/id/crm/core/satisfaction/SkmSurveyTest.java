package id.crm.core.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.crm.core.ValidationException;
import id.crm.core.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SKM survey and IKM (PermenPAN-RB 14/2017)")
class SkmSurveyTest {

    final SkmSurvey skm = SkmSurvey.permenPanRb14of2017();

    static SurveyResponse all(int score) {
        return new SurveyResponse(Collections.nCopies(9, score));
    }

    @Test
    @DisplayName("story 14: 150 respondents give an IKM within 25-100 and a grade")
    void story14() {
        Random rnd = new Random(14);
        List<SurveyResponse> rs = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            List<Integer> s = new ArrayList<>();
            for (int e = 0; e < 9; e++) s.add(rnd.nextDouble() < 0.6 ? 4 : rnd.nextDouble() < 0.8 ? 3 : 2);
            rs.add(new SurveyResponse(s));
        }
        IkmResult r = skm.evaluate(rs);
        assertThat(r.respondents()).isEqualTo(150);
        assertThat(r.nrr()).hasSize(9);
        assertThat(r.ikm()).isBetween(new BigDecimal("25"), new BigDecimal("100"));
        assertThat(r.ikm().scale()).isEqualTo(2);
        assertThat(r.grade()).isEqualTo(Grade.of(r.ikm()));
    }

    @Test
    @DisplayName("normalised 0.11 weights span exactly 25 to 100; literal ones span 24.75 to 99")
    void weights() {
        assertThat(skm.evaluate(List.of(all(4))).ikm()).isEqualByComparingTo("100.00");
        assertThat(skm.evaluate(List.of(all(4))).grade()).isEqualTo(Grade.A);
        assertThat(skm.evaluate(List.of(all(1))).ikm()).isEqualByComparingTo("25.00");
        assertThat(skm.evaluate(List.of(all(1))).grade()).isEqualTo(Grade.D);
        SkmSurvey literal = SkmSurvey.of(SkmSurvey.ELEMENTS, Collections.nCopies(9, new BigDecimal("0.11")), false);
        assertThat(literal.evaluate(List.of(all(4))).ikm()).isEqualByComparingTo("99.00");
        assertThat(literal.evaluate(List.of(all(1))).ikm()).isEqualByComparingTo("24.75");
        assertThat(literal.evaluate(List.of(all(1))).grade()).isEqualTo(Grade.D);
    }

    @Test
    @DisplayName("band edges: values are rounded to two decimals before banding")
    void edges() {
        assertThat(Grade.of(new BigDecimal("88.31"))).isEqualTo(Grade.A);
        assertThat(Grade.of(new BigDecimal("88.30"))).isEqualTo(Grade.B);
        assertThat(Grade.of(new BigDecimal("76.61"))).isEqualTo(Grade.B);
        assertThat(Grade.of(new BigDecimal("76.60"))).isEqualTo(Grade.C);
        assertThat(Grade.of(new BigDecimal("65.00"))).isEqualTo(Grade.C);
        assertThat(Grade.of(new BigDecimal("64.99"))).isEqualTo(Grade.D);
        // 3 respondents: every element mean 3.6667, IKM 91.666... rounded half-up to 91.67 (A)
        IkmResult r = skm.evaluate(List.of(all(4), all(4), SurveyResponse.of(3, 3, 3, 3, 3, 3, 3, 3, 3)));
        assertThat(r.ikm()).isEqualByComparingTo("91.67");
        assertThat(r.grade()).isEqualTo(Grade.A);
    }

    @Test
    @DisplayName("a bad survey lists every violation with its path")
    void validation() {
        assertThatThrownBy(() -> skm.evaluate(List.of(all(4), SurveyResponse.of(0, 5, 3), all(2))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("responses[1].scores", "responses[1].scores[0]", "responses[1].scores[1]"));
        assertThatThrownBy(() -> skm.evaluate(List.of())).isInstanceOf(ValidationException.class);
    }
}
