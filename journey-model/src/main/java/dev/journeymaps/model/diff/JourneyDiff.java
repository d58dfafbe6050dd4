package dev.journeymaps.model.diff;

import java.util.List;
import java.util.Objects;

/**
 * The comparison of a journey's current state with its future state.
 *
 * @param currentId the current journey's id
 * @param futureId the future journey's id
 * @param touchpoints every touchpoint: those of the current state in their order, then the ones the future adds
 * @param hotspotsGone hotspots of the current state that the future state no longer has
 * @param hotspotsNew hotspots of the future state that the current state did not have
 * @param hotspotsRemaining hotspots in both states
 * @param experienceBefore the current state's experience score, 0..100
 * @param experienceAfter the future state's experience score, 0..100
 */
public record JourneyDiff(
        String currentId,
        String futureId,
        List<TouchpointChange> touchpoints,
        List<TouchpointChange> hotspotsGone,
        List<TouchpointChange> hotspotsNew,
        List<TouchpointChange> hotspotsRemaining,
        double experienceBefore,
        double experienceAfter) {

    public JourneyDiff {
        Objects.requireNonNull(currentId, "currentId");
        Objects.requireNonNull(futureId, "futureId");
        touchpoints = List.copyOf(touchpoints);
        hotspotsGone = List.copyOf(hotspotsGone);
        hotspotsNew = List.copyOf(hotspotsNew);
        hotspotsRemaining = List.copyOf(hotspotsRemaining);
    }

    /** How much the experience score rises (negative when it falls). */
    public double experienceChange() {
        return experienceAfter - experienceBefore;
    }

    /** The touchpoints of one kind, in report order. */
    public List<TouchpointChange> of(TouchpointChange.Kind kind) {
        return touchpoints.stream().filter(c -> c.kind() == kind).toList();
    }
}
