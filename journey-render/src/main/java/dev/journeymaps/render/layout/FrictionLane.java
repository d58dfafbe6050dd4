package dev.journeymaps.render.layout;

import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Shape;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The friction lane: under each touchpoint a heat cell (five steps of a colour-blind-safe scale) with its friction
 * score and impact written beside it, and for hotspots a numbered badge with their rank, so no reader depends on
 * colour. The lane's label carries the legend of the scale.
 */
final class FrictionLane {

    /** The number of heat steps; a cell's level is {@code floor(friction × STEPS)}, capped. */
    static final int STEPS = 5;
    private static final double HEIGHT = 52;

    private final JourneyAnalysis analysis;
    private final List<Touchpoint> touchpoints;
    private final Columns columns;
    private final Words words;

    FrictionLane(JourneyAnalysis analysis, List<Touchpoint> touchpoints, Columns columns, Words words) {
        this.words = words;
        this.analysis = analysis;
        this.touchpoints = touchpoints;
        this.columns = columns;
    }

    boolean hasContent() {
        return !touchpoints.isEmpty() && !analysis.touchpoints().isEmpty();
    }

    /** The heat step of {@code friction}: {@code floor(friction × STEPS)}, within 0..STEPS-1. */
    static int level(double friction) {
        return Math.min(STEPS - 1, (int) Math.floor(Math.max(0, Math.min(1, friction)) * STEPS));
    }

    /** The hotspots' names with their rank, for the map's description. */
    List<String> hotspots() {
        // Looked up by id: searching the touchpoints for every hotspot was a sixth of the time of a map of 10,000.
        Map<String, Touchpoint> byId = new HashMap<>();
        touchpoints.forEach(t -> byId.putIfAbsent(t.id(), t));
        List<String> names = new ArrayList<>();
        analysis.hotspots().forEach(h -> {
            Touchpoint t = byId.get(h.touchpoint().touchpointId());
            if (t != null) {
                names.add("#" + h.rank() + " " + t.name());
            }
        });
        return names;
    }

    /** Adds the lane at {@code top}; answers its bottom. */
    double layout(List<Node> out, double top) {
        out.add(new Box(Role.LANE, columns.left(), top, columns.right() - columns.left(), HEIGHT, 6, 0, false));
        out.add(JourneyLayout.laneLabel(words.get("lane.friction"), top + 18));
        legend(out, top + 26);
        Set<String> seen = new HashSet<>(); // a list made this lane quadratic in the number of touchpoints
        for (int i = 0; i < touchpoints.size(); i++) {
            Touchpoint t = touchpoints.get(i);
            Optional<TouchpointAnalysis> a = analysis.touchpoint(t.id());
            if (seen.contains(t.id()) || a.isEmpty()) {
                continue;
            }
            seen.add(t.id());
            out.add(cell(t, a.get(), analysis.hotspotRank(t.id()), columns.cardX()[i], top + 10));
        }
        return top + HEIGHT;
    }

    /** The scale from no friction (0) to the most (1), step by step, under the lane's label. */
    private void legend(List<Node> out, double top) {
        double swatch = 14;
        double x = JourneyLayout.MARGIN;
        List<Node> parts = new ArrayList<>();
        for (int level = 0; level < STEPS; level++) {
            parts.add(new Box(Role.HEAT, x + level * (swatch + 2), top, swatch, 10, 2, level, false));
        }
        parts.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.START, List.of("0"), x, top + 21, 11));
        parts.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.END, List.of("1"),
                x + STEPS * (swatch + 2) - 2, top + 21, 11));
        out.add(new Group(Role.FRICTION_LEGEND, words.get("friction.legend", STEPS), parts));
    }

    private Group cell(Touchpoint t, TouchpointAnalysis a, Optional<Integer> rank, double x, double y) {
        double friction = Math.max(0, Math.min(1, a.friction()));
        int level = level(friction);
        String score = String.format(Locale.ROOT, "%.2f", friction);
        List<Node> parts = new ArrayList<>();
        parts.add(new Box(Role.HEAT, x, y, 56, 32, 4, level, false));
        parts.add(JourneyLayout.text(Role.METRIC_TEXT, 12, true, Anchor.START, List.of(score), x + 64, y + 14, 14));
        String impact = words.get("friction.impact", String.format(Locale.ROOT, "%.2f", a.impact()));
        parts.add(JourneyLayout.text(Role.DETAIL_TEXT, 10, false, Anchor.START,
                List.of(TextWrap.line(impact, 10, false, columns.cardWidth() - 64 - (rank.isPresent() ? 28 : 0))),
                x + 64, y + 28, 12));
        rank.ifPresent(r -> {
            double cx = x + columns.cardWidth() - 12;
            parts.add(new Marker(Role.HOTSPOT_BADGE, Shape.CIRCLE, cx, y + 10, 10, 0));
            parts.add(JourneyLayout.text(Role.HOTSPOT_RANK, 10, true, Anchor.MIDDLE, List.of(Integer.toString(r)),
                    cx, y + 14, 12));
        });
        String tooltip = t.name() + "\n"
                + rank.map(r -> words.get("tip.frictionHotspot", score, r)).orElseGet(() -> words.get("tip.friction", score))
                + "\n" + words.get("tip.reach", Percent.of(a.reach()))
                + "\n" + words.get("tip.impact", String.format(Locale.ROOT, "%.2f", a.impact()));
        return new Group(Role.LANE_CELL, t.id(), tooltip, parts);
    }
}
