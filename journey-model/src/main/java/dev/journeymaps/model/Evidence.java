package dev.journeymaps.model;

import java.util.Optional;

/** How well research backs a touchpoint: an assumption, anecdotes, or measurement. */
public enum Evidence {
    ASSUMED,
    ANECDOTAL,
    MEASURED;

    private static final Labels<Evidence> LABELS = new Labels<>(values());

    /** The lower-case name used in YAML. */
    public String label() {
        return LABELS.of(this);
    }

    /** The evidence level named {@code name} (case-insensitive), or empty. */
    public static Optional<Evidence> parse(String name) {
        return LABELS.parse(name);
    }
}
