package dev.journeymaps.model;

import java.util.List;
import java.util.Objects;

/**
 * A phase of the journey, such as awareness or purchase, with its touchpoints in the order customers meet them.
 *
 * @param id unique among the journey's stages
 * @param name the display name
 * @param goal what the customer is trying to achieve in this stage; empty when not given
 * @param touchpoints the touchpoints, in order
 * @param location where the stage was written
 */
public record Stage(String id, String name, String goal, List<Touchpoint> touchpoints, SourceLocation location) {

    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(goal, "goal");
        touchpoints = List.copyOf(touchpoints);
        Objects.requireNonNull(location, "location");
    }
}
