package dev.journeymaps.model.analysis;

import java.util.OptionalDouble;

/**
 * First-contact resolution: requests resolved in the first interaction / requests × 100.
 *
 * @param resolved requests resolved in the first interaction
 * @param requests all requests
 */
public record FirstContactResolution(long resolved, long requests)
        implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** No requests yet. */
    public static final FirstContactResolution EMPTY = new FirstContactResolution(0, 0);

    public FirstContactResolution {
        Counts.requireNotNegative("resolved", resolved);
        Counts.requireAtMost("resolved", resolved, "requests", requests);
    }

    /** The resolution rate of these requests: {@code true} for one resolved at first contact. */
    public static FirstContactResolution of(boolean... resolvedAtFirstContact) {
        long resolved = 0;
        for (boolean r : resolvedAtFirstContact) {
            resolved += r ? 1 : 0;
        }
        return new FirstContactResolution(resolved, resolvedAtFirstContact.length);
    }

    /** Both batches as one. */
    public FirstContactResolution merge(FirstContactResolution other) {
        return new FirstContactResolution(resolved + other.resolved, requests + other.requests);
    }

    /** The percent resolved at first contact, 0..100; empty without requests. */
    public OptionalDouble percent() {
        return Counts.percent(resolved, requests);
    }

    /** The 95% Wilson interval of {@link #percent()}, in percent; {@link Interval#NONE} without answers. */
    public Interval interval() {
        return Interval.wilson(resolved, requests);
    }
}
