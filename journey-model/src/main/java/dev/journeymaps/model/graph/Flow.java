package dev.journeymaps.model.graph;

import dev.journeymaps.model.SourceLocation;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One edge of the journey graph: customers moving from one touchpoint to another.
 *
 * <p>A flow is either written ({@code next:} in YAML) or implicit (a touchpoint without {@code next} leads to the
 * following one). Flows are distinct by {@code index}, their position in the graph's edge order, so two written
 * transitions between the same touchpoints stay two edges.
 *
 * @param index the position of this flow in {@link JourneyGraph#flows()}
 * @param from the source touchpoint id
 * @param to the target touchpoint id
 * @param share the written share 0..1, if any
 * @param label why customers take it; empty when not given
 * @param implicit whether the flow comes from the default "to the following touchpoint" wiring
 * @param location where it was written, or the source touchpoint's location when implicit
 */
public record Flow(
        int index, String from, String to, OptionalDouble share, String label, boolean implicit,
        SourceLocation location) {

    public Flow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(location, "location");
    }

    /**
     * Flows are the graph's edge keys, hashed on every lookup; the index alone tells flows of one graph apart, so it
     * is the hash (hashing every component, locations included, dominated validation of large journeys).
     */
    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Flow f
                && f.index == index
                && f.from.equals(from)
                && f.to.equals(to)
                && f.share.equals(share)
                && f.label.equals(label)
                && f.implicit == implicit
                && f.location.equals(location);
    }

    /** Whether this flow leads back to where it starts. */
    public boolean isSelfLoop() {
        return from.equals(to);
    }
}
