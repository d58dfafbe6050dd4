package dev.journeymaps.model.analysis;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
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
 */
public record AnalysisOptions(
        FrictionWeights weights, double hotspotThreshold, Optional<Duration> responseTimeTarget) {

    /** The default hotspot threshold, 0.5. */
    public static final double DEFAULT_HOTSPOT_THRESHOLD = 0.5;

    /** Default weights, threshold 0.5, no response-time target. */
    public static final AnalysisOptions DEFAULTS =
            new AnalysisOptions(FrictionWeights.DEFAULTS, DEFAULT_HOTSPOT_THRESHOLD, Optional.empty());

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
                s.responseTimeTarget());
    }

    /** These options with other weights. */
    public AnalysisOptions withWeights(FrictionWeights weights) {
        return new AnalysisOptions(weights, hotspotThreshold, responseTimeTarget);
    }

    /** These options with another hotspot threshold. */
    public AnalysisOptions withHotspotThreshold(double threshold) {
        return new AnalysisOptions(weights, threshold, responseTimeTarget);
    }

    /** These options with a response-time target. */
    public AnalysisOptions withResponseTimeTarget(Duration target) {
        return new AnalysisOptions(weights, hotspotThreshold, Optional.of(target));
    }
}
