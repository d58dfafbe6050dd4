package dev.journeymaps.model.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * One touchpoint on one side of a comparison, with its analysis.
 *
 * @param id the touchpoint's id
 * @param name its name
 * @param stageId the stage it is in
 * @param friction its friction score, 0..1
 * @param reach the share of all customers who pass through it, 0..1
 * @param impact friction × reach
 * @param hotspotRank its rank among the hotspots, when it is one
 */
public record TouchpointSide(
        String id, String name, String stageId, double friction, double reach, double impact,
        Optional<Integer> hotspotRank) {

    public TouchpointSide {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(hotspotRank, "hotspotRank");
    }

    /** Whether it is a hotspot on its side. */
    public boolean isHotspot() {
        return hotspotRank.isPresent();
    }
}
