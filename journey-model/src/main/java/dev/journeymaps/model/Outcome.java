package dev.journeymaps.model;

import java.util.Optional;

/**
 * How a journey ends at an exit: the customer got what they came for ({@code completed}) or gave up
 * ({@code abandoned}). Customers a touchpoint sends to an abandoned exit are that touchpoint's loss.
 */
public enum Outcome {
    COMPLETED,
    ABANDONED;

    private static final Labels<Outcome> LABELS = new Labels<>(values());

    /** The lower-case name used in YAML. */
    public String label() {
        return LABELS.of(this);
    }

    /** The outcome named {@code name} (case-insensitive), or empty. */
    public static Optional<Outcome> parse(String name) {
        return LABELS.parse(name);
    }
}
