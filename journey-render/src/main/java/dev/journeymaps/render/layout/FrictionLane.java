package dev.journeymaps.render.layout;

import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.ComponentScore;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The friction lane: under each touchpoint one figure, its friction score, with a bar as long as the score and
 * coloured by its step on a five-step scale that gets louder with friction (the lowest step is left unfilled), and
 * for hotspots a numbered badge with their rank, so no reader depends on colour. A touchpoint with nothing behind its
 * score (no emotion, effort, pain point, metric, loss or drop-off written: an imported step, say) shows a dash, not a
 * 0.00 the journey never said. The lane's label carries the legend of the scale; the cell's tooltip adds reach and
 * impact.
 *
 * <p>On a slide the lane is lower: its label takes one line and the scale stands under it on one line ("0", the
 * steps, "1"), and each cell's figure and bar a little higher.
 */
final class FrictionLane {

    /** The number of heat steps; a cell's level is {@code floor(friction × STEPS)}, capped. */
    static final int STEPS = 5;
    private static final double HEIGHT = 52;
    /** The lane's height on a slide: the label and the scale's line in the gutter, the cells beside them. */
    private static final double COMPACT_HEIGHT = 36;
    /** Room for the score before the bar: "0.00" in bold 12 and a gap. */
    private static final double SCORE = 36;
    private static final double BADGE = 26;

    private final JourneyAnalysis analysis;
    private final List<Touchpoint> touchpoints;
    private final Columns columns;
    private final Words words;
    private final boolean compact;

    /** The lane of a row's {@code touchpoints}; {@code compact}: whether it takes its slide form. */
    FrictionLane(JourneyAnalysis analysis, List<Touchpoint> touchpoints, Columns columns, Words words,
            boolean compact) {
        this.words = words;
        this.compact = compact;
        this.analysis = analysis;
        this.touchpoints = touchpoints;
        this.columns = columns;
    }

    /** Whether some touchpoint of the row has a score with something behind it: a lane of dashes is left out. */
    boolean hasContent() {
        return touchpoints.stream().anyMatch(t -> analysis.touchpoint(t.id()).filter(FrictionLane::hasInputs)
                .isPresent());
    }

    /** The heat step of {@code friction}: {@code floor(friction × STEPS)}, within 0..STEPS-1. */
    static int level(double friction) {
        return Math.min(STEPS - 1, (int) Math.floor(Math.max(0, Math.min(1, friction)) * STEPS));
    }

    /**
     * Whether the journey says anything {@code a}'s score rests on: a component with evidence whose input is more
     * than "not given" or "no pain points listed", or a drop-off above zero. Pain points and drop-off always count as
     * evidence in the score (none listed, nobody lost), so a step the journey says nothing about scores 0.00; the map
     * does not print that as if it were measured.
     */
    static boolean hasInputs(TouchpointAnalysis a) {
        if (a.friction() > 0) {
            return true;
        }
        for (ComponentScore c : a.components()) {
            if (c.weight() <= 0) {
                continue;
            }
            if (c.inputs().isEmpty() && c.contribution() > 0) {
                return true;
            }
            for (ComponentScore.Input in : c.inputs()) {
                boolean says = switch (in.kind()) {
                    case "not-given", "none" -> false;
                    case "drop-off" -> in.value() > 0;
                    default -> true;
                };
                if (says) {
                    return true;
                }
            }
        }
        return false;
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

    /** The bottom of the lane laid out at {@code top}: its height is the same whatever its cells hold. */
    double bottom(double top) {
        return top + height();
    }

    private double height() {
        return compact ? COMPACT_HEIGHT : HEIGHT;
    }

    /** Adds the lane at {@code top}; answers its bottom ({@link #bottom}). */
    double layout(List<Node> out, double top) {
        double height = height();
        out.add(new Box(Role.LANE, columns.left(), top, columns.right() - columns.left(), height, 6, 0, false));
        if (compact) {
            List<String> label = TextWrap.wrap(words.get("lane.friction"), 12, true, columns.labelWidth(), 1);
            out.add(JourneyLayout.text(Role.LANE_LABEL, 12, true, Anchor.START, label, JourneyLayout.MARGIN,
                    top + 16, 15));
            compactLegend(out, top + 22);
        } else {
            out.add(JourneyLayout.laneLabel(words.get("lane.friction"), top + 18));
            legend(out, top + 26);
        }
        double cellTop = top + (compact ? 5 : 10);
        Set<String> seen = new HashSet<>(); // a list made this lane quadratic in the number of touchpoints
        for (int i = 0; i < touchpoints.size(); i++) {
            Touchpoint t = touchpoints.get(i);
            Optional<TouchpointAnalysis> a = analysis.touchpoint(t.id());
            if (seen.contains(t.id()) || a.isEmpty()) {
                continue;
            }
            seen.add(t.id());
            out.add(hasInputs(a.get())
                    ? cell(t, a.get(), analysis.hotspotRank(t.id()), columns.cardX()[i], cellTop)
                    : noData(t, columns.cardX()[i], cellTop));
        }
        return top + height;
    }

    /** The scale on one line from {@code top}: "0", the steps, "1". */
    private void compactLegend(List<Node> out, double top) {
        double swatch = 12;
        double x = JourneyLayout.MARGIN;
        String zero = words.count(0);
        double steps = x + TextWrap.width(zero, 10, false) + 4;
        List<Node> parts = new ArrayList<>();
        parts.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.START, List.of(zero), x, top + 9, 11));
        for (int level = 0; level < STEPS; level++) {
            parts.add(new Box(Role.HEAT, steps + level * (swatch + 2), top, swatch, 10, 2, level, false));
        }
        parts.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.START, List.of(words.count(1)),
                steps + STEPS * (swatch + 2) + 2, top + 9, 11));
        out.add(new Group(Role.FRICTION_LEGEND, words.get("friction.legend", STEPS), parts));
    }

    /** The scale from no friction (0) to the most (1), step by step, under the lane's label. */
    private void legend(List<Node> out, double top) {
        double swatch = 14;
        double x = JourneyLayout.MARGIN;
        List<Node> parts = new ArrayList<>();
        for (int level = 0; level < STEPS; level++) {
            parts.add(new Box(Role.HEAT, x + level * (swatch + 2), top, swatch, 10, 2, level, false));
        }
        parts.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.START, List.of(words.count(0)), x, top + 21, 11));
        parts.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.END, List.of(words.count(1)),
                x + STEPS * (swatch + 2) - 2, top + 21, 11));
        out.add(new Group(Role.FRICTION_LEGEND, words.get("friction.legend", STEPS), parts));
    }

    private Group cell(Touchpoint t, TouchpointAnalysis a, Optional<Integer> rank, double x, double y) {
        double friction = Math.max(0, Math.min(1, a.friction()));
        int level = level(friction);
        String score = words.decimal(friction, 2);
        List<Node> parts = new ArrayList<>();
        parts.add(JourneyLayout.text(Role.METRIC_TEXT, 12, true, Anchor.START, List.of(score), x, y + 18, 14));
        double track = columns.cardWidth() - SCORE - (rank.isPresent() ? BADGE : 0);
        if (level > 0) {
            parts.add(new Box(Role.HEAT, x + SCORE, y + 5, friction * track, 18, 3, level, false));
        }
        // Branches, not lambdas: a capturing lambda is an object the launcher's compiler (C1) makes through a method
        // handle, and this runs for every touchpoint.
        if (rank.isPresent()) {
            double cx = x + columns.cardWidth() - 11;
            parts.add(new Marker(Role.HOTSPOT_BADGE, Shape.CIRCLE, cx, y + 14, 10, 0));
            parts.add(JourneyLayout.text(Role.HOTSPOT_RANK, 10, true, Anchor.MIDDLE, List.of(words.count(rank.get())),
                    cx, y + 18, 12));
        }
        List<String> tip = new ArrayList<>();
        tip.add(t.name());
        tip.add(rank.isPresent() ? words.get("tip.frictionHotspot", score, rank.get())
                : words.get("tip.friction", score));
        tip.add(words.get("tip.reach", words.percent(a.reach())));
        tip.add(words.get("tip.impact", words.decimal(a.impact(), 2)));
        if (a.customersLost() > 0) {
            tip.add(words.get("tip.lost", words.shown(LaneContent.perThousand(a.customersLost()))));
        }
        return new Group(Role.LANE_CELL, t.id(), String.join("\n", tip), parts);
    }

    /** A dash where the journey gives nothing to score: no figure is made up. */
    private Group noData(Touchpoint t, double x, double y) {
        return new Group(Role.LANE_CELL, t.id(), t.name() + "\n" + words.get("tip.noData"), List.of(
                JourneyLayout.text(Role.AXIS_LABEL, 12, false, Anchor.START, List.of("\u2013"), x, y + 18, 14)));
    }
}
