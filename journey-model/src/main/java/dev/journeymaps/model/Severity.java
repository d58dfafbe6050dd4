package dev.journeymaps.model;

import java.util.Optional;

/** How badly a pain point hurts: low, medium, high or critical. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    private static final Labels<Severity> LABELS = new Labels<>(values());

    /** The lower-case name used in YAML. */
    public String label() {
        return LABELS.of(this);
    }

    /** The severity named {@code name} (case-insensitive), or empty. */
    public static Optional<Severity> parse(String name) {
        return LABELS.parse(name);
    }
}
