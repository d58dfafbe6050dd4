package dev.journeymaps.model.analysis;

import java.util.Objects;

/**
 * A touchpoint whose friction reaches the hotspot threshold, ranked by impact.
 *
 * @param rank 1 for the hotspot with the highest impact
 * @param touchpoint its analysis
 */
public record Hotspot(int rank, TouchpointAnalysis touchpoint) {

    public Hotspot {
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1, was " + rank);
        }
        Objects.requireNonNull(touchpoint, "touchpoint");
    }
}
