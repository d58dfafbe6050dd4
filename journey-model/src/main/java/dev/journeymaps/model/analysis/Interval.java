package dev.journeymaps.model.analysis;

/**
 * A 95% confidence interval of a survey figure, in the figure's unit (percent, NPS points or seconds).
 * {@link #NONE} stands for "no interval" (an authored figure, or too few answers to estimate one).
 *
 * @param low the lower bound
 * @param high the upper bound
 */
public record Interval(double low, double high) {

    /** No interval. */
    public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

    /** The normal quantile of a two-sided 95% interval, rounded as CX handbooks and the docs' examples round it. */
    public static final double Z95 = 1.96;

    public Interval {
        if (!(low <= high) && !(Double.isNaN(low) && Double.isNaN(high))) {
            throw new IllegalArgumentException("an interval runs from low to high, was " + low + ".." + high);
        }
    }

    /**
     * The Wilson score interval of {@code part} successes out of {@code whole} trials, in percent; {@link #NONE}
     * without trials. Unlike p ± z·√(p(1−p)/n) it never leaves 0..100 and is not zero-width at 0% or 100%.
     */
    public static Interval wilson(long part, long whole) {
        if (whole == 0) {
            return NONE;
        }
        double n = whole;
        double p = part / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Interval(100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half));
    }

    /** {@code mean ± 1.96 × se}, cut to {@code min..max}. */
    static Interval around(double mean, double standardError, double min, double max) {
        return new Interval(Math.max(min, mean - Z95 * standardError), Math.min(max, mean + Z95 * standardError));
    }

    /** Whether there is an interval. */
    public boolean isKnown() {
        return !Double.isNaN(low);
    }

    /** Whether {@code value} lies inside. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
