package dev.journeymaps.model;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the {@code journey:} block says beyond the map's identity: survey files, targets, friction settings and the
 * text direction. The model only carries them; {@code dev.journeymaps.model.analysis.AnalysisOptions.of(journey)}
 * gives the analysis ones meaning, {@link Journey#direction()} the direction.
 *
 * @param surveys survey response files ({@code journey.surveys}), paths as written, relative to the journey file
 * @param responseTimeTarget the response time customers should get ({@code journey.targets.response-time})
 * @param weights friction weights by component key ({@code journey.analysis.weights}), in the order written
 * @param hotspotThreshold the friction from which a touchpoint is a hotspot ({@code journey.analysis.hotspot-threshold})
 * @param direction the text direction as written ({@code journey.direction}); empty: follow the language
 * @param minResponses the answers a survey figure needs to replace an authored one
 *     ({@code journey.analysis.min-responses})
 * @param entries where customers start and what share of them starts there ({@code journey.entries}), in the order
 *     written; empty: customers start at the touchpoints nothing leads to, split evenly
 * @param targets the figures every touchpoint should reach ({@code journey.targets}); its response time is
 *     {@code responseTimeTarget}
 * @param customers how many customers enter the journey per period ({@code journey.customers}), if said
 * @param value what a customer is worth ({@code journey.value}), if said
 * @param provenance who owns the map, its version and date, and the research behind it ({@code journey.owner},
 *     {@code version}, {@code date}, {@code sources}): what a printed map's title block says
 */
public record JourneySettings(
        List<SurveyFile> surveys,
        Optional<Duration> responseTimeTarget,
        Map<String, Double> weights,
        OptionalDouble hotspotThreshold,
        Optional<TextDirection> direction,
        OptionalInt minResponses,
        List<Entry> entries,
        Metrics targets,
        Optional<Customers> customers,
        Optional<CustomerValue> value,
        Provenance provenance,
        Optional<Digits> digits) {

    /** Nothing said: no surveys, no targets, default analysis, direction from the language, no provenance. */
    public static final JourneySettings NONE = builder().build();

    public JourneySettings {
        surveys = List.copyOf(surveys);
        Objects.requireNonNull(responseTimeTarget, "responseTimeTarget");
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        Objects.requireNonNull(hotspotThreshold, "hotspotThreshold");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(minResponses, "minResponses");
        entries = List.copyOf(entries);
        Objects.requireNonNull(targets, "targets");
        // one response-time target: the one in targets when both are given
        if (targets.responseTime().isEmpty() && responseTimeTarget.isPresent()) {
            targets = new Metrics(targets.csat(), targets.nps(), targets.ces(), targets.firstContactResolution(),
                    responseTimeTarget, targets.resolutionTime());
        }
        responseTimeTarget = targets.responseTime();
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(digits, "digits");
    }

    /** A builder of settings, everything unsaid: what {@link #NONE} is. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** These settings with the direction {@code direction}. */
    public JourneySettings withDirection(TextDirection direction) {
        return toBuilder().direction(direction).build();
    }

    /** These settings with {@code provenance} (the title block's owner, version, date and sources). */
    public JourneySettings withProvenance(Provenance provenance) {
        return toBuilder().provenance(provenance).build();
    }

    /** These settings with the entries {@code entries} ({@code journey.entries}). */
    public JourneySettings withEntries(List<Entry> entries) {
        return toBuilder().entries(entries).build();
    }

    /**
     * These settings with the targets {@code targets} ({@code journey.targets}), the customers entering per period
     * and the value of a customer.
     */
    public JourneySettings withBusiness(
            Metrics targets, Optional<Customers> customers, Optional<CustomerValue> value) {
        return toBuilder().targets(targets).customers(customers).value(value).build();
    }

    /**
     * Settings written one key at a time, as the YAML reader and embedding code find them; each method replaces what
     * was set before. One builder instead of a constructor per combination of keys: a new key is one method here,
     * not one more overload for every caller to pick from.
     */
    public static final class Builder {
        private List<SurveyFile> surveys = List.of();
        private Map<String, Double> weights = Map.of();
        private OptionalDouble hotspotThreshold = OptionalDouble.empty();
        private Optional<TextDirection> direction = Optional.empty();
        private OptionalInt minResponses = OptionalInt.empty();
        private List<Entry> entries = List.of();
        private Metrics targets = Metrics.NONE;
        private Optional<Customers> customers = Optional.empty();
        private Optional<CustomerValue> value = Optional.empty();
        private Provenance provenance = Provenance.NONE;
        private Optional<Digits> digits = Optional.empty();

        private Builder() {}

        private Builder(JourneySettings s) {
            surveys = s.surveys;
            weights = s.weights;
            hotspotThreshold = s.hotspotThreshold;
            direction = s.direction;
            minResponses = s.minResponses;
            entries = s.entries;
            targets = s.targets;
            customers = s.customers;
            value = s.value;
            provenance = s.provenance;
            digits = s.digits;
        }

        /** The survey files ({@code journey.surveys}), in the order written. */
        public Builder surveys(List<SurveyFile> surveys) {
            this.surveys = Objects.requireNonNull(surveys, "surveys");
            return this;
        }

        /** The friction weights by component key ({@code journey.analysis.weights}), in the order written. */
        public Builder weights(Map<String, Double> weights) {
            this.weights = Objects.requireNonNull(weights, "weights");
            return this;
        }

        /** The friction from which a touchpoint is a hotspot ({@code journey.analysis.hotspot-threshold}). */
        public Builder hotspotThreshold(OptionalDouble hotspotThreshold) {
            this.hotspotThreshold = Objects.requireNonNull(hotspotThreshold, "hotspotThreshold");
            return this;
        }

        /** The text direction ({@code journey.direction}). */
        public Builder direction(TextDirection direction) {
            this.direction = Optional.of(direction);
            return this;
        }

        /** The text direction as written, or empty to follow the language. */
        public Builder direction(Optional<TextDirection> direction) {
            this.direction = Objects.requireNonNull(direction, "direction");
            return this;
        }

        /** The answers a survey figure needs to replace an authored one ({@code journey.analysis.min-responses}). */
        public Builder minResponses(OptionalInt minResponses) {
            this.minResponses = Objects.requireNonNull(minResponses, "minResponses");
            return this;
        }

        /** Where customers start and what share of them starts there ({@code journey.entries}). */
        public Builder entries(List<Entry> entries) {
            this.entries = Objects.requireNonNull(entries, "entries");
            return this;
        }

        /** The figures every touchpoint should reach ({@code journey.targets}), the response-time target included. */
        public Builder targets(Metrics targets) {
            this.targets = Objects.requireNonNull(targets, "targets");
            return this;
        }

        /** How many customers enter the journey per period ({@code journey.customers}). */
        public Builder customers(Optional<Customers> customers) {
            this.customers = Objects.requireNonNull(customers, "customers");
            return this;
        }

        /** What a customer is worth ({@code journey.value}). */
        public Builder value(Optional<CustomerValue> value) {
            this.value = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Who owns the map, its version and date, and the research behind it. */
        public Builder provenance(Provenance provenance) {
            this.provenance = Objects.requireNonNull(provenance, "provenance");
            return this;
        }

        /** Which digits numbers are shown in ({@code journey.digits}), or empty for the language's own. */
        public Builder digits(Optional<Digits> digits) {
            this.digits = Objects.requireNonNull(digits, "digits");
            return this;
        }

        /** The settings. */
        public JourneySettings build() {
            return new JourneySettings(surveys, targets.responseTime(), weights, hotspotThreshold, direction,
                    minResponses, entries, targets, customers, value, provenance, digits);
        }
    }

    /**
     * How many customers enter the journey per period ({@code journey.customers: {count: 12000, per: month}}).
     *
     * @param count customers entering per period, above 0
     * @param period the period they are counted over, as written ({@code day}, {@code week}, {@code month},
     *     {@code quarter} or {@code year})
     */
    public record Customers(double count, String period) {
        /** The periods a count may be given per. */
        public static final List<String> PERIODS = List.of("day", "week", "month", "quarter", "year");

        public Customers {
            if (!(count > 0) || Double.isInfinite(count)) {
                throw new IllegalArgumentException("customers per period must be above 0, was " + count);
            }
            if (!PERIODS.contains(period)) {
                throw new IllegalArgumentException("the period must be one of " + PERIODS + ", was " + period);
            }
        }
    }

    /**
     * What one customer is worth ({@code journey.value}): a customer lifetime value as measured ({@code clv}), or the
     * inputs to compute one: annual revenue per customer × years of relationship − acquisition cost, where the years
     * are given or follow from the churn over a period ({@code churn: {start: 500, end: 450, per: quarter}}).
     *
     * @param clv the lifetime value of a customer, if measured
     * @param annualRevenue revenue per customer and year
     * @param years years a customer stays
     * @param churnStart customers at the start of the churn period
     * @param churnEnd those of them still customers at its end
     * @param churnPeriod the churn period, one of {@link Customers#PERIODS}
     * @param acquisitionCost what winning a customer costs
     * @param currency how amounts are labelled ({@code EUR}, {@code €}); empty when not said
     */
    public record CustomerValue(
            OptionalDouble clv,
            OptionalDouble annualRevenue,
            OptionalDouble years,
            OptionalLong churnStart,
            OptionalLong churnEnd,
            String churnPeriod,
            OptionalDouble acquisitionCost,
            String currency) {
        public CustomerValue {
            Objects.requireNonNull(clv, "clv");
            Objects.requireNonNull(annualRevenue, "annualRevenue");
            Objects.requireNonNull(years, "years");
            Objects.requireNonNull(churnStart, "churnStart");
            Objects.requireNonNull(churnEnd, "churnEnd");
            if (!Customers.PERIODS.contains(churnPeriod)) {
                throw new IllegalArgumentException("the churn period must be one of " + Customers.PERIODS);
            }
            Objects.requireNonNull(acquisitionCost, "acquisitionCost");
            Objects.requireNonNull(currency, "currency");
        }

        /** A measured lifetime value. */
        public static CustomerValue ofClv(double clv, String currency) {
            return new CustomerValue(OptionalDouble.of(clv), OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalLong.empty(), OptionalLong.empty(), "year", OptionalDouble.empty(), currency);
        }
    }

    /**
     * Where a share of the customers starts the journey ({@code journey.entries}: touchpoint id → share).
     *
     * @param touchpointId the touchpoint customers start at
     * @param share the part of all customers who start there, 0..1
     * @param location where it was written
     */
    public record Entry(String touchpointId, double share, SourceLocation location) {
        public Entry {
            Objects.requireNonNull(touchpointId, "touchpointId");
            if (!Transition.isValidShare(share)) {
                throw new IllegalArgumentException("an entry share must be between 0 and 1, was " + share);
            }
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A survey file named in the journey: customers' answers ({@code file:}) or a survey summary of them
     * ({@code summary:}, as journey-spark writes it).
     *
     * @param file the path as written, relative to the journey file
     * @param location where it was written
     * @param csatScale the scale of its CSAT answers ({@code scales: {csat: 1-7}}); 1–5 when not declared
     * @param cesScale the scale of its CES answers; 1–5 when not declared
     * @param summary whether the file is a survey summary rather than answers
     */
    public record SurveyFile(
            String file, SourceLocation location, AnswerScale csatScale, AnswerScale cesScale, boolean summary) {
        public SurveyFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(csatScale, "csatScale");
            Objects.requireNonNull(cesScale, "cesScale");
            if (!AnswerScale.CSAT.contains(csatScale) || !AnswerScale.CES.contains(cesScale)) {
                throw new IllegalArgumentException("CSAT is answered on " + AnswerScale.CSAT + ", CES on "
                        + AnswerScale.CES + ", not " + csatScale + " and " + cesScale);
            }
        }

        /** A file of answers on these scales. */
        public SurveyFile(String file, SourceLocation location, AnswerScale csatScale, AnswerScale cesScale) {
            this(file, location, csatScale, cesScale, false);
        }

        /** A file of answers whose CSAT and CES answers are on 1–5. */
        public SurveyFile(String file, SourceLocation location) {
            this(file, location, AnswerScale.ONE_TO_FIVE, AnswerScale.ONE_TO_FIVE);
        }

        /** This file with its location unknown. */
        public SurveyFile withoutLocation() {
            return new SurveyFile(file, SourceLocation.UNKNOWN, csatScale, cesScale, summary);
        }
    }

    /** Whether nothing is said. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** These settings with every survey file's location unknown. */
    public JourneySettings withoutLocations() {
        return toBuilder()
                .surveys(surveys.stream().map(SurveyFile::withoutLocation).toList())
                .entries(entries.stream().map(e -> new Entry(e.touchpointId(), e.share(), SourceLocation.UNKNOWN))
                        .toList())
                .provenance(provenance.withoutLocations())
                .build();
    }
}
