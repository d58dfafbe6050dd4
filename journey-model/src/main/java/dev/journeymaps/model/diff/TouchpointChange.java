package dev.journeymaps.model.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one touchpoint between the current and the future state.
 *
 * @param kind added, removed, changed or unchanged
 * @param matchedBy how the two sides were paired: by id, by name, or not at all (added or removed)
 * @param before the touchpoint in the current state, absent when it was added
 * @param after the touchpoint in the future state, absent when it was removed
 * @param changes what differs, one short sentence each ("emotion frustrated → happy")
 */
public record TouchpointChange(
        Kind kind, MatchedBy matchedBy, Optional<TouchpointSide> before, Optional<TouchpointSide> after,
        List<String> changes) {

    /** What became of the touchpoint. */
    public enum Kind {
        ADDED, REMOVED, CHANGED, UNCHANGED;

        /** The lower-case name used in reports. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How the touchpoints of the two states were paired. */
    public enum MatchedBy {
        ID, NAME, NONE;

        /** The lower-case name used in reports. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TouchpointChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(matchedBy, "matchedBy");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changes = List.copyOf(changes);
    }

    /** The touchpoint's name in the future state, else in the current one. */
    public String name() {
        return after.or(() -> before).map(TouchpointSide::name).orElse("");
    }
}
