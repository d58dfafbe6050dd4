package dev.journeymaps.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An action that would improve a touchpoint, with who owns it, by when, and the KPI that shows progress.
 *
 * @param text the action
 * @param owner the person or department responsible, empty when not assigned
 * @param due the deadline, if any
 * @param kpi the indicator that shows progress, empty when not given
 * @param location where it was written
 */
public record Opportunity(String text, String owner, Optional<LocalDate> due, String kpi, SourceLocation location) {

    public Opportunity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(location, "location");
    }

    /** An opportunity with only its text. */
    public static Opportunity of(String text) {
        return new Opportunity(text, "", Optional.empty(), "", SourceLocation.UNKNOWN);
    }
}
