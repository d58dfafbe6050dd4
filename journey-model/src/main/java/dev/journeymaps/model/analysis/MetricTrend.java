package dev.journeymaps.model.analysis;

import java.util.Objects;

/**
 * How a survey figure moved between the last two periods that have answers for it.
 *
 * @param metric the metric, as in {@link MetricReading#metric()}
 * @param period the latest period with answers
 * @param value the figure in that period
 * @param responses its answers
 * @param previousPeriod the period with answers before it (not necessarily adjacent)
 * @param previousValue the figure then
 * @param previousResponses the answers then
 */
public record MetricTrend(
        String metric,
        SurveyPeriod period,
        double value,
        long responses,
        SurveyPeriod previousPeriod,
        double previousValue,
        long previousResponses) {

    /** Which way a figure went. */
    public enum Direction {
        UP,
        DOWN,
        STEADY
    }

    public MetricTrend {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(previousPeriod, "previousPeriod");
    }

    /** {@code value − previousValue}: percentage points, NPS points or seconds. */
    public double change() {
        return value - previousValue;
    }

    /** Up, down, or steady when the change rounds to 0 at one decimal. */
    public Direction direction() {
        double rounded = Math.round(change() * 10) / 10.0;
        return rounded > 0 ? Direction.UP : rounded < 0 ? Direction.DOWN : Direction.STEADY;
    }

    /** Whether the change is for the better: up for scores and rates, down for times. */
    public boolean isImprovement() {
        boolean lowerIsBetter = metric.endsWith("-time");
        return direction() == (lowerIsBetter ? Direction.DOWN : Direction.UP);
    }
}
