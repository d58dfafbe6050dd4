package dev.journeymaps.cli;

import dev.journeymaps.model.CleanText;
import dev.journeymaps.model.diff.JourneyDiff;
import dev.journeymaps.model.diff.TouchpointChange;
import dev.journeymaps.model.diff.TouchpointSide;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A journey diff as a plain-text table, for people reading it in a terminal. */
final class DiffTable {

    private static final int NAME_WIDTH = 40;

    private DiffTable() {}

    static String of(JourneyDiff diff) {
        StringBuilder b = new StringBuilder();
        b.append("current: ").append(diff.currentId()).append("   future: ").append(diff.futureId()).append('\n');
        b.append(String.format(Locale.ROOT, "experience score: %.1f → %.1f (%+.1f)\n\n", diff.experienceBefore(),
                diff.experienceAfter(), diff.experienceChange()));
        b.append(String.format(Locale.ROOT, "%-9s  %-" + NAME_WIDTH + "s  %-13s  %-13s  %s\n", "change", "touchpoint",
                "friction", "reach", "what changed"));
        for (TouchpointChange c : diff.touchpoints()) {
            b.append(String.format(Locale.ROOT, "%-9s  %-" + NAME_WIDTH + "s  %-13s  %-13s  %s\n", c.kind().label(),
                    cut(c.name()), pair(c, TouchpointSide::friction, "%.2f"),
                    pair(c, s -> s.reach() * 100, "%.0f%%"), String.join("; ", c.changes()).replace('\n', ' ')));
        }
        b.append('\n');
        hotspots(b, "hotspots gone", diff.hotspotsGone(), TouchpointChange::before);
        hotspots(b, "hotspots new", diff.hotspotsNew(), TouchpointChange::after);
        hotspots(b, "hotspots remaining", diff.hotspotsRemaining(), TouchpointChange::after);
        // The journeys' control characters (ESC, BEL, bidi overrides) shown escaped: the table is read in a terminal.
        return CleanText.shown(b.toString()).lines().map(String::stripTrailing)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String pair(TouchpointChange c, Function<TouchpointSide, Double> value, String pattern) {
        return side(c.before(), value, pattern) + " → " + side(c.after(), value, pattern);
    }

    private static String side(Optional<TouchpointSide> s, Function<TouchpointSide, Double> value, String pattern) {
        return s.map(x -> String.format(Locale.ROOT, pattern, value.apply(x))).orElse("–");
    }

    private static void hotspots(StringBuilder b, String title, List<TouchpointChange> changes,
            Function<TouchpointChange, Optional<TouchpointSide>> side) {
        String list = changes.stream()
                .map(c -> side.apply(c).map(s -> s.name() + " (#" + s.hotspotRank().orElse(0) + ")").orElse(""))
                .collect(Collectors.joining(", "));
        b.append(String.format(Locale.ROOT, "%-19s %s\n", title + ":",
                list.isEmpty() ? "none" : list.replace('\n', ' ')));
    }

    /** Names longer than the column end in an ellipsis; line breaks become spaces, control characters escapes. */
    private static String cut(String name) {
        String one = CleanText.shown(name.replaceAll("\\s+", " "));
        return one.codePointCount(0, one.length()) <= NAME_WIDTH ? one
                : one.substring(0, one.offsetByCodePoints(0, NAME_WIDTH - 1)) + "…";
    }
}
