package dev.journeymaps.model.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much each friction component counts. Weights are relative: they are divided by their sum, so
 * {@code {negative-emotion: 2, effort: 1}} means emotion counts twice as much as effort (and nothing else counts).
 *
 * <p>Defaults: negative emotion 0.3, effort 0.2, pain points 0.3, drop-off 0.05, dissatisfaction 0.1, slow
 * response 0.3, abandonment 0.3, target miss 0.3. Emotion and pain points weigh most because every map has them and
 * they are what CX teams research; effort and dissatisfaction confirm them; drop-off is known for every touchpoint
 * but says more about the path than about how the step feels (it also lowers the reach, and so the impact, of what
 * follows). Customers lost to an abandoned exit and a missed target weigh like pain points: they are what a CX lead
 * answers for, and a step that loses a fifth of its customers, or answers in 9 hours against a 1-hour target, hurts
 * like a high or critical pain point. Slow response and target miss count only where a target is set, abandonment
 * only where the touchpoint sends customers to an abandoned exit. Only the weights of components with evidence count
 * (see {@code docs/metrics.md}).
 *
 * @param weights the weight of every component, each ≥ 0, not all 0
 */
public record FrictionWeights(Map<FrictionComponent, Double> weights) {

    /** The documented defaults. */
    public static final FrictionWeights DEFAULTS = new FrictionWeights(Map.of(
            FrictionComponent.NEGATIVE_EMOTION, 0.3,
            FrictionComponent.EFFORT, 0.2,
            FrictionComponent.PAIN_POINTS, 0.3,
            FrictionComponent.DROP_OFF, 0.05,
            FrictionComponent.DISSATISFACTION, 0.1,
            FrictionComponent.SLOW_RESPONSE, 0.3,
            FrictionComponent.ABANDONMENT, 0.3,
            FrictionComponent.TARGET_MISS, 0.3));

    public FrictionWeights {
        Map<FrictionComponent, Double> all = new EnumMap<>(FrictionComponent.class);
        double sum = 0;
        for (FrictionComponent c : FrictionComponent.values()) {
            double w = Objects.requireNonNull(weights, "weights").getOrDefault(c, 0.0);
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("the weight of " + c.key() + " must be a number ≥ 0, was " + w);
            }
            all.put(c, w);
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one friction weight must be above 0");
        }
        weights = Collections.unmodifiableMap(all);
    }

    /** The defaults with the weights named in {@code overrides} replaced. */
    public static FrictionWeights defaultsWith(Map<FrictionComponent, Double> overrides) {
        Map<FrictionComponent, Double> merged = new LinkedHashMap<>(DEFAULTS.weights);
        merged.putAll(overrides);
        return new FrictionWeights(merged);
    }

    /** The weight of {@code component} as a share of all weights, 0..1. */
    public double share(FrictionComponent component) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        return weights.get(component) / sum;
    }
}
