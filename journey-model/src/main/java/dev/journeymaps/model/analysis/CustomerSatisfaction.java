package dev.journeymaps.model.analysis;

import java.util.OptionalDouble;

/**
 * Customer satisfaction (CSAT) from answers on 1..5: satisfied answers (4 or 5) / responses × 100.
 *
 * @param satisfied answers of 4 or 5
 * @param responses all answers
 */
public record CustomerSatisfaction(long satisfied, long responses) {

    /** No answers yet. */
    public static final CustomerSatisfaction EMPTY = new CustomerSatisfaction(0, 0);

    public CustomerSatisfaction {
        Counts.requireNotNegative("satisfied", satisfied);
        Counts.requireAtMost("satisfied", satisfied, "responses", responses);
    }

    /** The satisfaction of these answers, each 1..5. */
    public static CustomerSatisfaction ofAnswers(int... answers) {
        CustomerSatisfaction csat = EMPTY;
        for (int a : answers) {
            csat = csat.merge(ofAnswer(a));
        }
        return csat;
    }

    /** One answer, 1..5. */
    public static CustomerSatisfaction ofAnswer(int answer) {
        if (!isValidAnswer(answer)) {
            throw new IllegalArgumentException("a CSAT answer is 1..5, was " + answer);
        }
        return new CustomerSatisfaction(answer >= 4 ? 1 : 0, 1);
    }

    /** Whether {@code answer} is on the 1..5 scale. */
    public static boolean isValidAnswer(int answer) {
        return answer >= 1 && answer <= 5;
    }

    /** Both batches as one. */
    public CustomerSatisfaction merge(CustomerSatisfaction other) {
        return new CustomerSatisfaction(satisfied + other.satisfied, responses + other.responses);
    }

    /** The percent of satisfied answers, 0..100; empty without answers. */
    public OptionalDouble percent() {
        return Counts.percent(satisfied, responses);
    }
}
