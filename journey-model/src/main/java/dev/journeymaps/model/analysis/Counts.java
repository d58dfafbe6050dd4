package dev.journeymaps.model.analysis;

import java.util.OptionalDouble;

/** Checks and ratios shared by the metric summaries. */
final class Counts {

    private Counts() {}

    static void requireNotNegative(String name, long count) {
        if (count < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + count);
        }
    }

    static void requireAtMost(String part, long partCount, String whole, long wholeCount) {
        if (partCount > wholeCount) {
            throw new IllegalArgumentException(
                    part + " (" + partCount + ") must not exceed " + whole + " (" + wholeCount + ")");
        }
    }

    /** {@code part / whole × 100}, empty when {@code whole} is 0. */
    static OptionalDouble percent(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / whole);
    }
}
