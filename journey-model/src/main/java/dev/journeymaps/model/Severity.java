package dev.journeymaps.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How badly a pain point hurts: low, medium, high or critical. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** The lower-case name used in YAML. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity named {@code name} (case-insensitive), or empty. */
    public static Optional<Severity> parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label().equals(wanted)).findFirst();
    }
}
