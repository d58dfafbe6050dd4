package dev.journeymaps.model.analysis;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An average time per request, such as the average first-response time (total time to first response / number of
 * requests) or the average resolution time.
 *
 * @param requests how many requests were timed
 * @param total the time they took together
 */
public record AverageTime(long requests, Duration total) {

    /** No requests yet. */
    public static final AverageTime EMPTY = new AverageTime(0, Duration.ZERO);

    public AverageTime {
        Counts.requireNotNegative("requests", requests);
        Objects.requireNonNull(total, "total");
        if (total.isNegative()) {
            throw new IllegalArgumentException("total time must not be negative, was " + total);
        }
        if (requests == 0 && !total.isZero()) {
            throw new IllegalArgumentException("no requests cannot take " + total);
        }
    }

    /** The average of these times. */
    public static AverageTime of(Duration... times) {
        AverageTime average = EMPTY;
        for (Duration t : times) {
            average = average.merge(new AverageTime(1, t));
        }
        return average;
    }

    /** Both batches as one. */
    public AverageTime merge(AverageTime other) {
        return new AverageTime(requests + other.requests, total.plus(other.total));
    }

    /** The total divided by the number of requests; empty without requests. */
    public Optional<Duration> average() {
        return requests == 0 ? Optional.empty() : Optional.of(total.dividedBy(requests));
    }
}
