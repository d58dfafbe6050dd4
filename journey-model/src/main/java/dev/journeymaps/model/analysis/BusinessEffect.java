package dev.journeymaps.model.analysis;

import dev.journeymaps.model.JourneySettings;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the journey's losses mean for the business ({@code journey.customers} and {@code journey.value}).
 *
 * @param customers the customers entering per period, if said
 * @param valuePerCustomer what one customer is worth: the {@code clv} given, else annual revenue × years −
 *     acquisition cost; empty without {@code journey.value}
 * @param churn the churn given, if any
 * @param yearlyChurn the churn made yearly, {@code 1 − (end / start)^(periods per year)}, when churn is given
 * @param years the years a customer stays: as given, else {@code 1 / yearlyChurn}
 * @param customersLost customers per 1,000 entering who end at an abandoned exit
 * @param currency how amounts are labelled; empty when not said
 */
public record BusinessEffect(
        Optional<JourneySettings.Customers> customers,
        OptionalDouble valuePerCustomer,
        Optional<ChurnRate> churn,
        OptionalDouble yearlyChurn,
        OptionalDouble years,
        double customersLost,
        String currency) {

    public BusinessEffect {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(valuePerCustomer, "valuePerCustomer");
        Objects.requireNonNull(churn, "churn");
        Objects.requireNonNull(yearlyChurn, "yearlyChurn");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(currency, "currency");
    }

    /** Periods in a year, for making a churn yearly. */
    static double periodsPerYear(String period) {
        return switch (period) {
            case "day" -> 365;
            case "week" -> 52;
            case "month" -> 12;
            case "quarter" -> 4;
            default -> 1;
        };
    }

    /** The business effect the options describe, with {@code customersLost} per 1,000 entering. */
    static BusinessEffect of(AnalysisOptions options, double customersLost) {
        Optional<ChurnRate> churn = Optional.empty();
        OptionalDouble yearly = OptionalDouble.empty();
        OptionalDouble years = OptionalDouble.empty();
        OptionalDouble value = OptionalDouble.empty();
        String currency = "";
        if (options.value().isPresent()) {
            JourneySettings.CustomerValue v = options.value().get();
            currency = v.currency();
            years = v.years();
            if (v.churnStart().isPresent()) {
                ChurnRate rate = new ChurnRate(v.churnStart().getAsLong(), v.churnEnd().getAsLong());
                churn = Optional.of(rate);
                double kept = 1 - rate.rate().orElse(0);
                yearly = OptionalDouble.of(1 - Math.pow(kept, periodsPerYear(v.churnPeriod())));
                if (years.isEmpty() && yearly.getAsDouble() > 0) {
                    years = OptionalDouble.of(1 / yearly.getAsDouble());
                }
            }
            if (v.clv().isPresent()) {
                value = v.clv();
            } else if (v.annualRevenue().isPresent() && years.isPresent()) {
                value = CustomerLifetimeValue.of(1, v.annualRevenue().getAsDouble(), years.getAsDouble(),
                        v.acquisitionCost().orElse(0)).value();
            }
        }
        return new BusinessEffect(options.customers(), value, churn, yearly, years, customersLost, currency);
    }

    /** {@code perThousand} customers per 1,000 entering as customers per period, when the count is given. */
    public OptionalDouble perPeriod(double perThousand) {
        return customers.map(c -> OptionalDouble.of(perThousand / 1000 * c.count())).orElse(OptionalDouble.empty());
    }

    /**
     * The value of {@code perThousand} customers per 1,000 entering: per period when the customers are given, else
     * per 1,000 entering; empty without a value per customer.
     */
    public OptionalDouble value(double perThousand) {
        if (valuePerCustomer.isEmpty()) {
            return OptionalDouble.empty();
        }
        double customersThen = customers.isPresent() ? perThousand / 1000 * customers.get().count() : perThousand;
        return OptionalDouble.of(customersThen * valuePerCustomer.getAsDouble());
    }
}
