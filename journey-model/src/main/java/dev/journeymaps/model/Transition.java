package dev.journeymaps.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A written step from one touchpoint to another ({@code next:} in YAML).
 *
 * @param to the id of the touchpoint customers go to
 * @param share the part of the customers at the source who take this step, 0..1, if known
 * @param label why customers take it, empty when not given
 * @param location where it was written
 */
public record Transition(String to, OptionalDouble share, String label, SourceLocation location) {

    public Transition {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(location, "location");
        if (share.isPresent() && !isValidShare(share.getAsDouble())) {
            throw new IllegalArgumentException("share must be between 0 and 1, was " + share.getAsDouble());
        }
    }

    /** A transition to {@code to} with no share and no label. */
    public static Transition to(String to) {
        return new Transition(to, OptionalDouble.empty(), "", SourceLocation.UNKNOWN);
    }

    /** Whether {@code share} is a share: a number from 0 to 1. */
    public static boolean isValidShare(double share) {
        return share >= 0 && share <= 1;
    }
}
