package dev.journeymaps.model.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The survey figures of one period: each answered touchpoint's metrics and friction as if only that period's answers
 * existed (the authored figures and the rest of the journey as they are).
 *
 * @param period the week, month or quarter
 * @param touchpoints the touchpoints answered about in that period, in journey order
 */
public record PeriodAnalysis(SurveyPeriod period, List<PeriodAnalysis.Touchpoint> touchpoints) {

    public PeriodAnalysis {
        Objects.requireNonNull(period, "period");
        touchpoints = List.copyOf(touchpoints);
    }

    /**
     * One touchpoint in one period.
     *
     * @param touchpointId the touchpoint
     * @param friction its friction score with this period's answers, 0..1
     * @param metrics its readings with this period's answers (authored ones too, with the same choice rules)
     */
    public record Touchpoint(String touchpointId, double friction, List<MetricReading> metrics) {
        public Touchpoint {
            Objects.requireNonNull(touchpointId, "touchpointId");
            metrics = List.copyOf(metrics);
        }
    }
}
