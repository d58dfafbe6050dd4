package dev.journeymaps.model.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * A touchpoint whose friction reaches the hotspot threshold, ranked by impact.
 *
 * @param rank 1 for the hotspot with the highest impact
 * @param touchpoint its analysis
 * @param whatIf what removing its friction would be worth; empty past the bound on what-ifs (docs/metrics.md)
 */
public record Hotspot(int rank, TouchpointAnalysis touchpoint, Optional<WhatIf> whatIf) {

    public Hotspot {
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1, was " + rank);
        }
        Objects.requireNonNull(touchpoint, "touchpoint");
        Objects.requireNonNull(whatIf, "whatIf");
    }

    /** A hotspot without a what-if. */
    public Hotspot(int rank, TouchpointAnalysis touchpoint) {
        this(rank, touchpoint, Optional.empty());
    }
}
