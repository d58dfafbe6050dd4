package dev.journeymaps.model.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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
 */
public record TouchpointAnalysis(
        String touchpointId,
        String stageId,
        double friction,
        double reach,
        double impact,
        List<ComponentScore> components,
        List<MetricReading> metrics,
        TouchpointFlow flow) {

    public TouchpointAnalysis {
        Objects.requireNonNull(touchpointId, "touchpointId");
        Objects.requireNonNull(stageId, "stageId");
        components = List.copyOf(components);
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(flow, "flow");
    }

    /** The components that add to the score, largest contribution first (ties in component order). */
    public List<ComponentScore> topComponents() {
        return components.stream()
                .filter(c -> c.contribution() > 0)
                .sorted(Comparator.comparingDouble(ComponentScore::contribution).reversed())
                .toList();
    }
}
