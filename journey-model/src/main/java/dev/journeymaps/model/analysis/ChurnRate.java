package dev.journeymaps.model.analysis;

import java.util.OptionalDouble;

/**
 * Churn rate over a period: (customers at the start − those of them still customers at the end) / customers at the
 * start. New customers won during the period do not count, so the rate stays within 0..1.
 *
 * <p>Merging adds segments observed over the same period: 500 → 450 and 100 → 80 give 600 → 530.
 *
 * @param customersAtStart customers at the start of the period
 * @param customersAtEnd those of them still customers at the end
 */
public record ChurnRate(long customersAtStart, long customersAtEnd) {

    /** No customers yet. */
    public static final ChurnRate EMPTY = new ChurnRate(0, 0);

    public ChurnRate {
        Counts.requireNotNegative("customers at end", customersAtEnd);
        Counts.requireAtMost("customers at end", customersAtEnd, "customers at start", customersAtStart);
    }

    /** How many customers this rate counts: those at the start. */
    public long responses() {
        return customersAtStart;
    }

    /** Both segments as one. */
    public ChurnRate merge(ChurnRate other) {
        return new ChurnRate(customersAtStart + other.customersAtStart, customersAtEnd + other.customersAtEnd);
    }

    /** The share lost, 0..1; empty without customers at the start. */
    public OptionalDouble rate() {
        return customersAtStart == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) (customersAtStart - customersAtEnd) / customersAtStart);
    }
}
