package dev.journeymaps.model.analysis;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An average time per request, such as the average first-response time (total time to first response / number of
 * requests) or the average resolution time, with the sum of squares its confidence interval needs.
 *
 * @param requests how many requests were timed
 * @param total the time they took together
 * @param squaredSeconds the sum of each time's square, in whole seconds squared; {@link #UNKNOWN_SQUARES} when not
 *     kept (or beyond what a {@code long} holds), and then there is no interval
 */
public record AverageTime(long requests, Duration total, long squaredSeconds)
        implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The sum of squares of times whose squares were not kept. */
    public static final long UNKNOWN_SQUARES = Long.MAX_VALUE;

    /** No requests yet. */
    public static final AverageTime EMPTY = new AverageTime(0, Duration.ZERO, 0);

    public AverageTime {
        Counts.requireNotNegative("requests", requests);
        Objects.requireNonNull(total, "total");
        Counts.requireNotNegative("squaredSeconds", squaredSeconds);
        if (total.isNegative()) {
            throw new IllegalArgumentException("total time must not be negative, was " + total);
        }
        if (requests == 0 && (!total.isZero() || squaredSeconds != 0)) {
            throw new IllegalArgumentException("no requests cannot take " + total);
        }
    }

    /** Requests that took {@code total} together, their squares not kept: the average has no interval. */
    public AverageTime(long requests, Duration total) {
        this(requests, total, requests == 0 ? 0 : UNKNOWN_SQUARES);
    }

    /** One request that took {@code time}. */
    public static AverageTime ofOne(Duration time) {
        long s = Math.round(seconds(time));
        return new AverageTime(1, time, s > 3_037_000_499L ? UNKNOWN_SQUARES : s * s);
    }

    /** The average of these times. */
    public static AverageTime of(Duration... times) {
        AverageTime average = EMPTY;
        for (Duration t : times) {
            average = average.merge(ofOne(t));
        }
        return average;
    }

    /** Both batches as one. */
    public AverageTime merge(AverageTime other) {
        return new AverageTime(requests + other.requests, total.plus(other.total),
                addSquares(squaredSeconds, other.squaredSeconds));
    }

    /** Saturating, so that merging in any order gives the same result (Spark merges in its own order). */
    private static long addSquares(long a, long b) {
        if (a == UNKNOWN_SQUARES || b == UNKNOWN_SQUARES) {
            return UNKNOWN_SQUARES;
        }
        long sum = a + b;
        return sum < 0 ? UNKNOWN_SQUARES : sum;
    }

    /** The total divided by the number of requests; empty without requests. */
    public Optional<Duration> average() {
        return requests == 0 ? Optional.empty() : Optional.of(total.dividedBy(requests));
    }

    /**
     * The 95% interval of the average, in seconds: mean ± 1.96 × s / √n with the sample variance
     * s² = (Σx² − n·mean²) / (n − 1), the lower bound cut at 0; {@link Interval#NONE} below two requests or without
     * the sum of squares.
     */
    public Interval interval() {
        if (requests < 2 || squaredSeconds == UNKNOWN_SQUARES) {
            return Interval.NONE;
        }
        double n = requests;
        double mean = seconds(total) / n;
        double variance = Math.max(0, (squaredSeconds - n * mean * mean) / (n - 1));
        return Interval.around(mean, Math.sqrt(variance / n), 0, Double.MAX_VALUE);
    }

    static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
