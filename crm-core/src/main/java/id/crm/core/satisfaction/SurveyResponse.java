package id.crm.core.satisfaction;

import java.util.List;

/**
 * One respondent's answers to an SKM questionnaire: one score per element, 1 (<i>tidak
 * baik</i>) to 4 (<i>sangat baik</i>), in the survey's element order. Checked by
 * {@link SkmSurvey#evaluate}, which lists every bad answer at once.
 *
 * @param scores the scores, one per element
 * @since 0.1
 */
public record SurveyResponse(List<Integer> scores) {

    public SurveyResponse {
        scores = List.copyOf(scores);
    }

    public static SurveyResponse of(Integer... scores) {
        return new SurveyResponse(List.of(scores));
    }
}
