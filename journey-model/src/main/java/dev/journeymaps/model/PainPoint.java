package dev.journeymaps.model;

import java.util.Objects;

/**
 * An obstacle or frustration at a touchpoint.
 *
 * @param text what goes wrong, in the customer's terms
 * @param severity how badly it hurts
 * @param location where it was written
 */
public record PainPoint(String text, Severity severity, SourceLocation location) {

    public PainPoint {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
    }

    /** A pain point with no source location. */
    public static PainPoint of(String text, Severity severity) {
        return new PainPoint(text, severity, SourceLocation.UNKNOWN);
    }
}
