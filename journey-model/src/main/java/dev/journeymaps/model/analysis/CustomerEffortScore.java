package dev.journeymaps.model.analysis;

import dev.journeymaps.model.AnswerScale;
import java.util.OptionalDouble;

/**
 * Customer effort score (CES) from 1..5 agreement with "it was easy to …": answers of 4 or 5 / responses × 100.
 * Higher is easier.
 *
 * @param easy answers saying it was easy (4 or 5 on 1..5, 5 to 7 on 1..7)
 * @param responses all answers
 */
public record CustomerEffortScore(long easy, long responses)
        implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** No answers yet. */
    public static final CustomerEffortScore EMPTY = new CustomerEffortScore(0, 0);

    public CustomerEffortScore {
        Counts.requireNotNegative("easy", easy);
        Counts.requireAtMost("easy", easy, "responses", responses);
    }

    /** The effort score of these answers, each 1..5. */
    public static CustomerEffortScore ofAnswers(int... answers) {
        CustomerEffortScore ces = EMPTY;
        for (int a : answers) {
            ces = ces.merge(ofAnswer(a));
        }
        return ces;
    }

    /** One answer, 1..5. */
    public static CustomerEffortScore ofAnswer(int answer) {
        if (!isValidAnswer(answer)) {
            throw new IllegalArgumentException("a CES answer is 1..5, was " + answer);
        }
        return new CustomerEffortScore(answer >= 4 ? 1 : 0, 1);
    }

    /**
     * One answer on {@code scale}; it counts as easy from {@code scale.easyFrom()} up.
     *
     * @throws IllegalArgumentException when the answer is not on the scale
     */
    public static CustomerEffortScore ofAnswer(int answer, AnswerScale scale) {
        if (!scale.contains(answer)) {
            throw new IllegalArgumentException("a CES answer on " + scale.label() + " is " + scale.min() + ".."
                    + scale.max() + ", was " + answer);
        }
        return new CustomerEffortScore(answer >= scale.easyFrom() ? 1 : 0, 1);
    }

    /** Whether {@code answer} is on the 1..5 scale. */
    public static boolean isValidAnswer(int answer) {
        return answer >= 1 && answer <= 5;
    }

    /** Both batches as one. */
    public CustomerEffortScore merge(CustomerEffortScore other) {
        return new CustomerEffortScore(easy + other.easy, responses + other.responses);
    }

    /** The percent of answers saying it was easy, 0..100; empty without answers. */
    public OptionalDouble percent() {
        return Counts.percent(easy, responses);
    }

    /** The 95% Wilson interval of {@link #percent()}, in percent; {@link Interval#NONE} without answers. */
    public Interval interval() {
        return Interval.wilson(easy, responses);
    }
}
