package dev.journeymaps.model.analysis;

import java.util.OptionalDouble;

/**
 * Net promoter score from answers to "How likely are you to recommend us?" on 0..10: the percent of promoters (9–10)
 * minus the percent of detractors (0–6); passives (7–8) count only as responses. Ranges from -100 to 100.
 *
 * <p>The counts are the summary, so two batches merged give exactly what one batch of all answers gives.
 *
 * @param promoters answers of 9 or 10
 * @param passives answers of 7 or 8
 * @param detractors answers of 0 to 6
 */
public record NetPromoterScore(long promoters, long passives, long detractors)
        implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** No answers yet. */
    public static final NetPromoterScore EMPTY = new NetPromoterScore(0, 0, 0);

    public NetPromoterScore {
        Counts.requireNotNegative("promoters", promoters);
        Counts.requireNotNegative("passives", passives);
        Counts.requireNotNegative("detractors", detractors);
    }

    /** The score of these answers, each 0..10. */
    public static NetPromoterScore ofAnswers(int... answers) {
        NetPromoterScore nps = EMPTY;
        for (int a : answers) {
            nps = nps.merge(ofAnswer(a));
        }
        return nps;
    }

    /** One answer, 0..10. */
    public static NetPromoterScore ofAnswer(int answer) {
        if (!isValidAnswer(answer)) {
            throw new IllegalArgumentException("an NPS answer is 0..10, was " + answer);
        }
        return answer >= 9 ? new NetPromoterScore(1, 0, 0)
                : answer >= 7 ? new NetPromoterScore(0, 1, 0) : new NetPromoterScore(0, 0, 1);
    }

    /** Whether {@code answer} is on the 0..10 scale. */
    public static boolean isValidAnswer(int answer) {
        return answer >= 0 && answer <= 10;
    }

    /** How many answers were given. */
    public long responses() {
        return promoters + passives + detractors;
    }

    /** Both batches as one. */
    public NetPromoterScore merge(NetPromoterScore other) {
        return new NetPromoterScore(
                promoters + other.promoters, passives + other.passives, detractors + other.detractors);
    }

    /** The percent of promoters minus the percent of detractors, -100..100; empty without answers. */
    public OptionalDouble score() {
        long n = responses();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (promoters - detractors) / n);
    }

    /** The percent of detractors, 0..100; empty without answers. */
    public OptionalDouble detractorPercent() {
        long n = responses();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * detractors / n);
    }

    /**
     * The 95% interval of {@link #score()}: with p₊ and p₋ the shares of promoters and detractors, the score's
     * variance per answer is (p₊ + p₋) − (p₊ − p₋)², its standard error √(variance / n), and the interval
     * score ± 1.96 × 100 × se, cut to −100..100; {@link Interval#NONE} without answers.
     */
    public Interval interval() {
        long n = responses();
        if (n == 0) {
            return Interval.NONE;
        }
        double plus = (double) promoters / n;
        double minus = (double) detractors / n;
        double variance = Math.max(0, (plus + minus) - (plus - minus) * (plus - minus));
        return Interval.around(100 * (plus - minus), 100 * Math.sqrt(variance / n), -100, 100);
    }
}
