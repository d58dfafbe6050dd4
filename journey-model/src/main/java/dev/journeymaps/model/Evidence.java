package dev.journeymaps.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How well research backs a touchpoint: an assumption, anecdotes, or measurement. */
public enum Evidence {
    ASSUMED,
    ANECDOTAL,
    MEASURED;

    /** The lower-case name used in YAML. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The evidence level named {@code name} (case-insensitive), or empty. */
    public static Optional<Evidence> parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.label().equals(wanted)).findFirst();
    }
}
