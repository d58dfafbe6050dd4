package dev.journeymaps.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a journey ends at an exit: the customer got what they came for ({@code completed}) or gave up
 * ({@code abandoned}). Customers a touchpoint sends to an abandoned exit are that touchpoint's loss.
 */
public enum Outcome {
    COMPLETED,
    ABANDONED;

    /** The lower-case name used in YAML. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome named {@code name} (case-insensitive), or empty. */
    public static Optional<Outcome> parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.label().equals(wanted)).findFirst();
    }
}
