package dev.journeymaps.model.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The analysis of one touchpoint: its friction and why, how many customers reach it, and its metrics.
 *
 * @param touchpointId the touchpoint
 * @param stageId the stage it is in
 * @param friction the friction score, 0..1: the sum of the components' contributions
 * @param reach the share of all customers who pass through it, 0..1
 * @param impact {@code friction × reach}
 * @param components every component's part in the score, in {@link FrictionComponent} order
 * @param metrics the touchpoint's CX figures, authored and from surveys
 * @param flow how customers pass through it
 * @param customersLost customers per 1,000 entering the journey whom it sends straight to an abandoned exit
 * @param valueAtRisk their value ({@code journey.value}): per period when {@code journey.customers} is given, else
 *     per 1,000 entering; empty without a value
 */
public record TouchpointAnalysis(
        String touchpointId,
        String stageId,
        double friction,
        double reach,
        double impact,
        List<ComponentScore> components,
        List<MetricReading> metrics,
        TouchpointFlow flow,
        double customersLost,
        OptionalDouble valueAtRisk) {

    public TouchpointAnalysis {
        Objects.requireNonNull(touchpointId, "touchpointId");
        Objects.requireNonNull(stageId, "stageId");
        components = List.copyOf(components);
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(valueAtRisk, "valueAtRisk");
    }

    /** An analysis that loses nobody to abandoned exits. */
    public TouchpointAnalysis(String touchpointId, String stageId, double friction, double reach, double impact,
            List<ComponentScore> components, List<MetricReading> metrics, TouchpointFlow flow) {
        this(touchpointId, stageId, friction, reach, impact, components, metrics, flow, 0, OptionalDouble.empty());
    }

    /** The reading of {@code metric} the analysis uses ({@link MetricReading#used()}), if the touchpoint has one. */
    public Optional<MetricReading> usedReading(String metric) {
        return MetricReading.used(metrics, metric);
    }

    /** The components that add to the score, largest contribution first (ties in component order). */
    public List<ComponentScore> topComponents() {
        return components.stream()
                .filter(c -> c.contribution() > 0)
                .sorted(Comparator.comparingDouble(ComponentScore::contribution).reversed())
                .toList();
    }
}
