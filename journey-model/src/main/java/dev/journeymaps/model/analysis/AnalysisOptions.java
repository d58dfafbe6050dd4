package dev.journeymaps.model.analysis;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.Metrics;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to judge friction: the component weights, the friction from which a touchpoint is a hotspot, and the target
 * response time (YAML: {@code journey.analysis} and {@code journey.targets}).
 *
 * @param weights how much each friction component counts
 * @param hotspotThreshold the friction, 0..1, from which a touchpoint is a hotspot; 0.5 by default
 * @param responseTimeTarget the response time customers should get; without it slow response is never friction
 * @param minResponses how many answers a survey figure needs to replace an authored one; below it the figure is
 *     low-confidence ({@value #DEFAULT_MIN_RESPONSES} by default)
 * @param targets the figures every touchpoint should reach ({@code journey.targets}); a touchpoint's own
 *     {@code targets} replace them metric by metric. Its response time is {@code responseTimeTarget}
 * @param customers how many customers enter per period, for customers lost and value at risk
 * @param value what a customer is worth, for value at risk
 */
public record AnalysisOptions(
        FrictionWeights weights,
        double hotspotThreshold,
        Optional<Duration> responseTimeTarget,
        int minResponses,
        Metrics targets,
        Optional<JourneySettings.Customers> customers,
        Optional<JourneySettings.CustomerValue> value) {

    /**
     * The default minimum of answers, 30: the usual rule of thumb for a normal approximation, and the size at which a
     * proportion's 95% interval narrows to about ±18 points at worst.
     */
    public static final int DEFAULT_MIN_RESPONSES = 30;

    /** The default hotspot threshold, 0.5. */
    public static final double DEFAULT_HOTSPOT_THRESHOLD = 0.5;

    /** Default weights, threshold 0.5, no response-time target. */
    public static final AnalysisOptions DEFAULTS =
            new AnalysisOptions(FrictionWeights.DEFAULTS, DEFAULT_HOTSPOT_THRESHOLD, Optional.empty(),
                    DEFAULT_MIN_RESPONSES);

    public AnalysisOptions {
        Objects.requireNonNull(weights, "weights");
        if (!(hotspotThreshold >= 0 && hotspotThreshold <= 1)) {
            throw new IllegalArgumentException("the hotspot threshold must be 0..1, was " + hotspotThreshold);
        }
        Objects.requireNonNull(responseTimeTarget, "responseTimeTarget");
        responseTimeTarget.ifPresent(t -> {
            if (t.isNegative() || t.isZero()) {
                throw new IllegalArgumentException("the response-time target must be above zero, was " + t);
            }
        });
        if (minResponses < 1) {
            throw new IllegalArgumentException("the minimum of responses must be 1 or more, was " + minResponses);
        }
        Objects.requireNonNull(targets, "targets");
        if (targets.responseTime().isEmpty() && responseTimeTarget.isPresent()) {
            targets = withResponseTime(targets, responseTimeTarget);
        }
        responseTimeTarget = targets.responseTime();
        for (Optional<Duration> t : java.util.List.of(targets.responseTime(), targets.resolutionTime())) {
            t.ifPresent(d -> {
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("a time target must be above zero, was " + d);
                }
            });
        }
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(value, "value");
    }

    /** Options with only a response-time target and no customers or value. */
    public AnalysisOptions(FrictionWeights weights, double hotspotThreshold, Optional<Duration> responseTimeTarget,
            int minResponses) {
        this(weights, hotspotThreshold, responseTimeTarget, minResponses, Metrics.NONE, Optional.empty(),
                Optional.empty());
    }

    private static Metrics withResponseTime(Metrics m, Optional<Duration> responseTime) {
        return new Metrics(m.csat(), m.nps(), m.ces(), m.firstContactResolution(), responseTime,
                m.resolutionTime());
    }

    /** Options with the default minimum of responses. */
    public AnalysisOptions(FrictionWeights weights, double hotspotThreshold, Optional<Duration> responseTimeTarget) {
        this(weights, hotspotThreshold, responseTimeTarget, DEFAULT_MIN_RESPONSES);
    }

    /**
     * The options {@code journey} asks for in its {@code journey:} block ({@code targets}, {@code analysis}), on top
     * of the defaults. Weights named there replace the default weight of their component; unknown components (which
     * the reader reports) are ignored.
     */
    public static AnalysisOptions of(Journey journey) {
        JourneySettings s = journey.settings();
        Map<FrictionComponent, Double> overrides = new EnumMap<>(FrictionComponent.class);
        s.weights().forEach((key, w) -> FrictionComponent.parse(key).ifPresent(c -> overrides.put(c, w)));
        FrictionWeights weights = FrictionWeights.DEFAULTS;
        if (!overrides.isEmpty() && overrides.values().stream().anyMatch(w -> w > 0)) {
            weights = FrictionWeights.defaultsWith(overrides);
        }
        return new AnalysisOptions(weights, s.hotspotThreshold().orElse(DEFAULT_HOTSPOT_THRESHOLD),
                s.responseTimeTarget(), s.minResponses().orElse(DEFAULT_MIN_RESPONSES), s.targets(), s.customers(),
                s.value());
    }

    /** These options with other weights. */
    public AnalysisOptions withWeights(FrictionWeights weights) {
        return new AnalysisOptions(weights, hotspotThreshold, responseTimeTarget, minResponses, targets, customers,
                value);
    }

    /** These options with another hotspot threshold. */
    public AnalysisOptions withHotspotThreshold(double threshold) {
        return new AnalysisOptions(weights, threshold, responseTimeTarget, minResponses, targets, customers, value);
    }

    /** These options with a response-time target. */
    public AnalysisOptions withResponseTimeTarget(Duration target) {
        return new AnalysisOptions(weights, hotspotThreshold, Optional.of(target), minResponses,
                withResponseTime(targets, Optional.of(target)), customers, value);
    }

    /** These options with another minimum of responses for a survey figure to replace an authored one. */
    public AnalysisOptions withMinResponses(int minimum) {
        return new AnalysisOptions(weights, hotspotThreshold, responseTimeTarget, minimum, targets, customers, value);
    }

    /** These options with the targets {@code targets} (its response time replaces the response-time target). */
    public AnalysisOptions withTargets(Metrics targets) {
        return new AnalysisOptions(weights, hotspotThreshold, targets.responseTime(), minResponses, targets,
                customers, value);
    }

    /** These options with the customers entering per period and the value of a customer. */
    public AnalysisOptions withBusiness(
            Optional<JourneySettings.Customers> customers, Optional<JourneySettings.CustomerValue> value) {
        return new AnalysisOptions(weights, hotspotThreshold, responseTimeTarget, minResponses, targets, customers,
                value);
    }
}
