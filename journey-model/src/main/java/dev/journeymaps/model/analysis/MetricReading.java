package dev.journeymaps.model.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One CX figure of a touchpoint and where it came from. When a survey and the map both give a metric, both readings
 * are kept, and {@code choice} says which one the analysis uses and why: the survey's when it has at least
 * {@link AnalysisOptions#minResponses()} answers, else the authored one.
 *
 * @param metric {@code nps}, {@code csat}, {@code ces}, {@code first-contact-resolution}, {@code response-time} or
 *     {@code resolution-time}
 * @param source where the figure comes from
 * @param value percent (csat, ces, first-contact-resolution), score (nps) or seconds (times)
 * @param display the value as a CX reader writes it: {@code 41%}, {@code -35}, {@code 26h}
 * @param responses how many answers it summarises; 0 for authored figures
 * @param used whether the analysis uses this reading
 * @param interval the 95% interval of a survey figure, in the unit of {@code value}; {@link Interval#NONE} for
 *     authored figures and where too few answers give none
 * @param lowConfidence whether this is a survey figure from fewer answers than the minimum
 * @param choice why the used reading of this metric was chosen; the same on both readings of a metric
 */
public record MetricReading(
        String metric,
        MetricReading.Source source,
        double value,
        String display,
        long responses,
        boolean used,
        Interval interval,
        boolean lowConfidence,
        Choice choice) {

    /** Where a figure comes from. */
    public enum Source {
        /** Written in the journey's {@code metrics:}. */
        AUTHORED,
        /** Summarised from survey responses. */
        SURVEY;

        /** The lower-case name used in reports. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Why the analysis uses the reading it uses. */
    public enum Choice {
        /** Only one source gives the metric, and it is used (a survey one with enough answers). */
        ONLY_READING,
        /** The survey has at least the minimum of answers: what customers said replaces the authored figure. */
        ENOUGH_RESPONSES,
        /** The survey has fewer answers than the minimum: the authored figure stays, the survey's is shown beside. */
        TOO_FEW_RESPONSES,
        /** The survey has fewer answers than the minimum and nothing is authored: used, marked low-confidence. */
        NOTHING_AUTHORED;

        /** The name in JSON and reports: {@code too-few-responses}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public MetricReading {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(choice, "choice");
    }

    /** A reading without interval or confidence, the only one of its metric. */
    public MetricReading(String metric, Source source, double value, String display, long responses, boolean used) {
        this(metric, source, value, display, responses, used, Interval.NONE, false, Choice.ONLY_READING);
    }

    /**
     * The reading of {@code metric} among {@code readings} that the analysis uses, if any. A loop, not a stream: the
     * analysis and the map ask it per touchpoint and metric.
     */
    static Optional<MetricReading> used(List<MetricReading> readings, String metric) {
        for (MetricReading r : readings) {
            if (r.used() && r.metric().equals(metric)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
