package dev.journeymaps.model.analysis;

import java.util.Locale;
import java.util.Objects;

/**
 * One CX figure of a touchpoint and where it came from. When a survey and the map both give a metric, both readings
 * are kept and the survey's is the one {@code used}.
 *
 * @param metric {@code nps}, {@code csat}, {@code ces}, {@code first-contact-resolution}, {@code response-time} or
 *     {@code resolution-time}
 * @param source where the figure comes from
 * @param value percent (csat, ces, first-contact-resolution), score (nps) or seconds (times)
 * @param display the value as a CX reader writes it: {@code 41%}, {@code -35}, {@code 26h}
 * @param responses how many answers it summarises; 0 for authored figures
 * @param used whether the analysis uses this reading (the survey's wins over the authored one)
 */
public record MetricReading(
        String metric, MetricReading.Source source, double value, String display, long responses, boolean used) {

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

    public MetricReading {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(display, "display");
    }
}
