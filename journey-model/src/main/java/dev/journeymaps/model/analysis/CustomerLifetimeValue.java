package dev.journeymaps.model.analysis;

import java.util.OptionalDouble;

/**
 * Customer lifetime value: annual revenue per customer × years of relationship − acquisition cost.
 *
 * <p>The summary is the number of customers (or cohorts, each weighted by its size) and the sum of their lifetime
 * values, so merging cohorts gives the mean lifetime value of all their customers.
 *
 * @param customers how many customers the value covers
 * @param totalValue the sum of their lifetime values, in the currency of the revenue
 */
public record CustomerLifetimeValue(long customers, double totalValue) {

    /** No customers yet. */
    public static final CustomerLifetimeValue EMPTY = new CustomerLifetimeValue(0, 0);

    public CustomerLifetimeValue {
        Counts.requireNotNegative("customers", customers);
        if (!Double.isFinite(totalValue)) {
            throw new IllegalArgumentException("total value must be finite, was " + totalValue);
        }
        if (customers == 0 && totalValue != 0) {
            throw new IllegalArgumentException("no customers cannot be worth " + totalValue);
        }
    }

    /**
     * The lifetime value of {@code customers} customers who each bring {@code annualRevenue} a year for {@code years}
     * years and cost {@code acquisitionCost} to win.
     */
    public static CustomerLifetimeValue of(
            long customers, double annualRevenue, double years, double acquisitionCost) {
        if (years < 0) {
            throw new IllegalArgumentException("years must not be negative, was " + years);
        }
        return new CustomerLifetimeValue(customers, customers * (annualRevenue * years - acquisitionCost));
    }

    /** How many customers this value counts. */
    public long responses() {
        return customers;
    }

    /** Both cohorts as one. */
    public CustomerLifetimeValue merge(CustomerLifetimeValue other) {
        return new CustomerLifetimeValue(customers + other.customers, totalValue + other.totalValue);
    }

    /** The mean lifetime value per customer; empty without customers. */
    public OptionalDouble value() {
        return customers == 0 ? OptionalDouble.empty() : OptionalDouble.of(totalValue / customers);
    }
}
