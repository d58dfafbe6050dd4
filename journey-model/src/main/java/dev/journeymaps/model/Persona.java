package dev.journeymaps.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A fictional customer built from research, standing for a segment: who they are and what they want.
 *
 * @param id unique among the journey's personas
 * @param name the display name, such as "Efficient Emma"
 * @param description one or two sentences; empty when not given
 * @param demographics ordered facts such as age and location
 * @param goals what they are trying to achieve
 * @param motivations why they act
 * @param frustrations what annoys them in general
 * @param needs what the service must give them
 * @param location where the persona was written
 * @param share the part of all customers this persona stands for, 0..1 ({@code share:}), if said; the analysis
 *     routes each persona separately and weighs their routes by it (docs/metrics.md, "Persona routes")
 */
public record Persona(
        String id,
        String name,
        String description,
        Map<String, String> demographics,
        List<String> goals,
        List<String> motivations,
        List<String> frustrations,
        List<String> needs,
        SourceLocation location,
        OptionalDouble share) {

    public Persona {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        demographics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(demographics));
        goals = List.copyOf(goals);
        motivations = List.copyOf(motivations);
        frustrations = List.copyOf(frustrations);
        needs = List.copyOf(needs);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(share, "share");
        if (share.isPresent() && !isValidShare(share.getAsDouble())) {
            throw new IllegalArgumentException("persona '" + id + "': share must be between 0 and 1, was "
                    + share.getAsDouble());
        }
    }

    /** A persona without a share. */
    public Persona(
            String id,
            String name,
            String description,
            Map<String, String> demographics,
            List<String> goals,
            List<String> motivations,
            List<String> frustrations,
            List<String> needs,
            SourceLocation location) {
        this(id, name, description, demographics, goals, motivations, frustrations, needs, location,
                OptionalDouble.empty());
    }

    /** Whether {@code share} is a part of all customers, 0..1. */
    public static boolean isValidShare(double share) {
        return share >= 0 && share <= 1;
    }

    /** This persona without its source location. */
    public Persona withoutLocation() {
        return new Persona(
                id, name, description, demographics, goals, motivations, frustrations, needs, SourceLocation.UNKNOWN,
                share);
    }
}
