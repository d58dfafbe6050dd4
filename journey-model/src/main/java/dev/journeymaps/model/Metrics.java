package dev.journeymaps.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CX metrics authored for a touchpoint ({@code metrics:} in YAML). Every figure is optional.
 *
 * @param csat customer satisfaction, percent satisfied, 0..100
 * @param nps net promoter score, -100..100
 * @param ces customer effort score, percent who found it easy, 0..100
 * @param firstContactResolution percent of requests solved in the first interaction, 0..100
 * @param responseTime average time to first response
 * @param resolutionTime average time to resolution
 */
public record Metrics(
        OptionalDouble csat,
        OptionalDouble nps,
        OptionalDouble ces,
        OptionalDouble firstContactResolution,
        Optional<Duration> responseTime,
        Optional<Duration> resolutionTime) {

    /** No metrics. */
    public static final Metrics NONE = new Metrics(
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            Optional.empty(),
            Optional.empty());

    public Metrics {
        requireRange("csat", csat, 0, 100);
        requireRange("nps", nps, -100, 100);
        requireRange("ces", ces, 0, 100);
        requireRange("first-contact-resolution", firstContactResolution, 0, 100);
        Objects.requireNonNull(responseTime, "responseTime");
        Objects.requireNonNull(resolutionTime, "resolutionTime");
        responseTime.ifPresent(d -> requireNotNegative("response-time", d));
        resolutionTime.ifPresent(d -> requireNotNegative("resolution-time", d));
    }

    /** Whether no figure is given. */
    public boolean isEmpty() {
        // Field by field rather than equals(NONE): a record's equals is linked on its first call, a cost every small
        // run paid for this one question.
        return csat.isEmpty() && nps.isEmpty() && ces.isEmpty() && firstContactResolution.isEmpty()
                && responseTime.isEmpty() && resolutionTime.isEmpty();
    }

    private static void requireRange(String name, OptionalDouble value, double min, double max) {
        Objects.requireNonNull(value, name);
        if (value.isPresent() && !(value.getAsDouble() >= min && value.getAsDouble() <= max)) {
            throw new IllegalArgumentException(
                    name + " must be between " + (int) min + " and " + (int) max + ", was " + value.getAsDouble());
        }
    }

    private static void requireNotNegative(String name, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + duration);
        }
    }
}
