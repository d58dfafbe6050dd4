package dev.journeymaps.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The answer scale of a CSAT or CES question, and which of its answers count as satisfied (CSAT) or easy (CES).
 * Declared per survey file ({@code journey.surveys[].scales}); 1–5 when nothing is said. The rules and their sources
 * are in docs/metrics.md ("Answer scales").
 */
public enum AnswerScale {
    /** 1–3 (unsatisfied, neutral, satisfied): the top box, 3. */
    ONE_TO_THREE(1, 3, 3, 3),
    /** 1–5: the top two boxes, 4–5. */
    ONE_TO_FIVE(1, 5, 4, 4),
    /** 1–7: CSAT the top two boxes, 6–7; CES (agreement that it was easy, CES 2.0) at least "somewhat agree", 5–7. */
    ONE_TO_SEVEN(1, 7, 6, 5),
    /** 1–10: the top three boxes, 8–10. */
    ONE_TO_TEN(1, 10, 8, 8);

    private final int min;
    private final int max;
    private final int satisfiedFrom;
    private final int easyFrom;

    AnswerScale(int min, int max, int satisfiedFrom, int easyFrom) {
        this.min = min;
        this.max = max;
        this.satisfiedFrom = satisfiedFrom;
        this.easyFrom = easyFrom;
    }

    /** The scales a CSAT question may use. */
    public static final List<AnswerScale> CSAT = List.of(ONE_TO_THREE, ONE_TO_FIVE, ONE_TO_SEVEN, ONE_TO_TEN);

    /** The scales a CES question may use. */
    public static final List<AnswerScale> CES = List.of(ONE_TO_FIVE, ONE_TO_SEVEN);

    /** The scale written as {@code 1-5} (also {@code 1..5} or with an en dash), if it is one of these. */
    public static Optional<AnswerScale> parse(String text) {
        String s = text.strip().replace("..", "-").replace('–', '-').replace(" ", "");
        return Arrays.stream(values()).filter(v -> v.label().equals(s)).findFirst();
    }

    /** The scale as written in YAML: {@code 1-5}. */
    public String label() {
        return min + "-" + max;
    }

    /** The lowest answer. */
    public int min() {
        return min;
    }

    /** The highest answer. */
    public int max() {
        return max;
    }

    /** Whether {@code answer} is on this scale. */
    public boolean contains(int answer) {
        return answer >= min && answer <= max;
    }

    /** The lowest CSAT answer that counts as satisfied. */
    public int satisfiedFrom() {
        return satisfiedFrom;
    }

    /** The lowest CES answer that counts as easy. */
    public int easyFrom() {
        return easyFrom;
    }
}
