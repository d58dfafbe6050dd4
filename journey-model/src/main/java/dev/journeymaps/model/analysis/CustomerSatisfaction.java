package dev.journeymaps.model.analysis;

import dev.journeymaps.model.AnswerScale;
import java.util.OptionalDouble;

/**
 * Customer satisfaction (CSAT): satisfied answers / responses × 100. Which answers are satisfied depends on the
 * question's {@link AnswerScale} (4 or 5 on 1..5, the default); the counts are kept, not the answers.
 *
 * @param satisfied satisfied answers (4 or 5 on 1..5)
 * @param responses all answers
 */
public record CustomerSatisfaction(long satisfied, long responses)
        implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

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

    /**
     * One answer on {@code scale}; it counts as satisfied from {@code scale.satisfiedFrom()} up.
     *
     * @throws IllegalArgumentException when the answer is not on the scale
     */
    public static CustomerSatisfaction ofAnswer(int answer, AnswerScale scale) {
        if (!scale.contains(answer)) {
            throw new IllegalArgumentException("a CSAT answer on " + scale.label() + " is " + scale.min() + ".."
                    + scale.max() + ", was " + answer);
        }
        return new CustomerSatisfaction(answer >= scale.satisfiedFrom() ? 1 : 0, 1);
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

    /** The 95% Wilson interval of {@link #percent()}, in percent; {@link Interval#NONE} without answers. */
    public Interval interval() {
        return Interval.wilson(satisfied, responses);
    }
}
