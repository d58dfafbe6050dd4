package dev.journeymaps.model.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where customers go: reach and drop-off per touchpoint, the share ending at each exit, and the funnel per stage.
 *
 * <p>Every customer either ends at an exit, drops off at a touchpoint, or circles forever in a loop that nobody
 * leaves (the validator warns about such loops): {@code Σ exits + Σ dropOff + circling = 1}.
 *
 * @param touchpoints the flow through each touchpoint, in journey order
 * @param exits the share of all customers ending at each exit, in journey order
 * @param stages the funnel, in stage order
 * @param circling the share of customers caught in a loop without a way out
 */
public record CustomerFlow(
        Map<String, TouchpointFlow> touchpoints, Map<String, Double> exits, List<StageFunnel> stages,
        double circling) {

    public CustomerFlow {
        touchpoints = Collections.unmodifiableMap(new LinkedHashMap<>(touchpoints));
        exits = Collections.unmodifiableMap(new LinkedHashMap<>(exits));
        stages = List.copyOf(stages);
    }

    /** The flow through {@code touchpointId}, if it is in the journey. */
    public Optional<TouchpointFlow> touchpoint(String touchpointId) {
        return Optional.ofNullable(touchpoints.get(touchpointId));
    }

    /** The share of all customers who drop off somewhere, 0..1. */
    public double totalDropOff() {
        return touchpoints.values().stream().mapToDouble(TouchpointFlow::dropOff).sum();
    }
}
