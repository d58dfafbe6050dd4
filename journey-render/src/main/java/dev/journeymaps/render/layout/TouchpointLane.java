package dev.journeymaps.render.layout;

import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.graph.Flow;
import dev.journeymaps.model.graph.JourneyGraph;
import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.CurveTo;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.PathOp;
import dev.journeymaps.render.layout.Scene.Shape;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The touchpoints lane: a card per touchpoint; a flow to the following touchpoint is a short connector between
 * neighbouring cards; flows that skip, loop, and every leg of a branch are arrows routed through corridors above
 * and below the cards ({@link FlowRoutes}), so that no arrow crosses a card.
 */
final class TouchpointLane {

    static final double TRACK = 22;
    static final double CORRIDOR_GAP = 14;
    private static final double ARROW = 7;
    /** The radius of the bridge one arrow makes over another. */
    private static final double HOP = 4;

    private final JourneyGraph graph;
    private final List<Touchpoint> touchpoints;
    private final Map<String, Integer> positions;
    private final List<Flow> flows;
    private final RowPlan.Row row;
    private final Columns columns;
    private final CardLayout cards;
    private final Words words;

    /**
     * The lane of {@code row}'s {@code touchpoints}; {@code positions}: each touchpoint's position in the whole map,
     * so that a flow to or from another row is drawn to this row's edge, named there; {@code flows}: the graph's
     * flows that leave or enter a touchpoint of the row, in the graph's order.
     */
    TouchpointLane(JourneyGraph graph, List<Touchpoint> touchpoints, Map<String, Integer> positions, List<Flow> flows,
            RowPlan.Row row, Columns columns, CardLayout cards, Words words) {
        this.words = words;
        this.graph = graph;
        this.touchpoints = touchpoints;
        this.positions = positions;
        this.flows = flows;
        this.row = row;
        this.columns = columns;
        this.cards = cards;
    }

    /**
     * Where a touchpoint stands in the routing of this row: 0 for a card in an earlier row (the row's left edge),
     * 1 + its index for a card of the row, and 1 + the row's card count for a later row (the right edge).
     */
    private int slot(String id) {
        int position = positions.get(id);
        if (position < row.from()) {
            return 0;
        }
        return position >= row.to() ? touchpoints.size() + 1 : position - row.from() + 1;
    }

    private boolean inRow(String id) {
        return row.holds(positions.get(id));
    }

    /**
     * Where the lane laid out at {@code top} ends, found without laying out its cards and arrows: its height is the
     * corridors' tracks and the cards' height, whatever the cards and arrows hold.
     */
    double bottom(double top) {
        FlowRoutes.Plan plan = plan();
        return top + corridor(plan.tracksAbove()) + cards.height() + corridor(plan.tracksBelow());
    }

    private FlowRoutes.Plan plan() {
        List<Flow> routed = flows.stream()
                .filter(f -> !JourneyLayout.isStraight(f, graph, positions))
                .toList();
        // The cards of other rows are the row's edges: routes to them end there, beside the cards (FlowRoutes puts a
        // route's end half a card width right of its slot's x). On the left, across the gutter: the lane's label
        // stands beside the cards, the corridors are free, and the label of an arrow coming in to the first card has
        // room there.
        double[] slots = new double[touchpoints.size() + 2];
        System.arraycopy(columns.cardX(), 0, slots, 1, touchpoints.size());
        slots[0] = JourneyLayout.MARGIN - columns.cardWidth() / 2;
        slots[slots.length - 1] = rightEdge() - columns.cardWidth() / 2;
        return FlowRoutes.plan(routed, this::slot, slots, columns.cardWidth());
    }

    /** Adds the lane at {@code top}; answers its bottom ({@link #bottom}). */
    double layout(List<Node> out, double top) {
        FlowRoutes.Plan plan = plan();
        double cardsTop = top + corridor(plan.tracksAbove());
        double cardsBottom = cardsTop + cards.height();
        out.add(JourneyLayout.laneLabel(words.get("lane.touchpoints"), cardsTop + 18, columns));
        connectors(out, cardsTop + cards.height() / 2);
        Map<Boolean, TreeMap<Double, Integer>> verticals = verticals(plan.routes());
        // Arrows merged into one port on a crowded edge share one head.
        Set<List<Double>> heads = new HashSet<>();
        for (FlowRoutes.Route route : plan.routes()) {
            out.add(arrow(route, verticals.get(route.above()), cardsTop, cardsBottom, heads));
        }
        for (int i = 0; i < touchpoints.size(); i++) {
            out.add(cards.card(touchpoints.get(i), columns.cardX()[i], cardsTop));
        }
        // After the cards, so that the card's edge does not cover half of the dot.
        for (FlowRoutes.Split split : plan.splits()) {
            out.add(splitNode(split, cardsTop, cardsBottom));
        }
        return cardsBottom + corridor(plan.tracksBelow());
    }

    private static double corridor(int tracks) {
        return tracks == 0 ? 0 : tracks * TRACK + CORRIDOR_GAP;
    }

    /** Where the connector from the row before comes in, in the gutter left of the first card. */
    private double leftEdge() {
        return columns.left() - 8;
    }

    /** Where arrows and the connector to and from later rows end, right of the last card. */
    private double rightEdge() {
        return columns.right() + 12;
    }

    private void connectors(List<Node> out, double y) {
        Set<Integer> drawn = new LinkedHashSet<>();
        for (Flow f : flows) {
            int from = slot(f.from());
            if (JourneyLayout.isStraight(f, graph, positions) && drawn.add(from)) {
                // Between rows the connector leaves the row's last card to its edge and enters the next row's first.
                double x1 = from == 0 ? leftEdge() : columns.cardX()[from - 1] + columns.cardWidth();
                double x2 = from == touchpoints.size() ? rightEdge() : columns.cardX()[from];
                out.add(new Group(Role.CONNECTOR, tooltip(f), List.of(
                        new Path(Role.FLOW, List.of(new MoveTo(x1, y), new LineTo(x2 - ARROW, y)), false, false),
                        arrowHead(x2, y, 1, 0))));
            }
        }
    }

    private Group arrow(FlowRoutes.Route r, TreeMap<Double, Integer> verticals, double cardsTop, double cardsBottom,
            Set<List<Double>> heads) {
        double edge = r.above() ? cardsTop : cardsBottom;
        double direction = r.above() ? 1 : -1;
        double trackY = r.above()
                ? cardsTop - CORRIDOR_GAP - r.track() * TRACK
                : cardsBottom + CORRIDOR_GAP + (r.track() + 1) * TRACK - 6;
        List<PathOp> ops = new ArrayList<>();
        double fanY = edge - direction * (r.above() ? CORRIDOR_GAP : CORRIDOR_GAP - 2);
        if (r.fromOtherRow()) {
            // In from the row's edge on its own track: the arrows between rows stack beside the row, clear of cards.
            ops.add(new MoveTo(r.x1(), trackY));
        } else if (r.fans() && r.split() != r.x1()) {
            // Out of the split node on the card's edge, fanning out to the branch's own port off the edge: as high
            // as the nearest track above the cards, so a branch on it turns straight onto it.
            ops.add(new MoveTo(r.split(), edge));
            ops.add(new LineTo(r.x1(), fanY));
        } else {
            ops.add(new MoveTo(r.x1(), edge));
        }
        if (!r.fromOtherRow() && !(r.fans() && r.split() != r.x1() && fanY == trackY)) {
            ops.add(new LineTo(r.x1(), trackY));
        }
        hops(ops, r, verticals, trackY);
        Path head;
        if (r.toOtherRow()) {
            // Out at the row's edge, pointing on to the other row, on its own track.
            double way = Math.signum(r.x2() - r.x1());
            ops.add(new LineTo(r.x2() - way * ARROW, trackY));
            head = arrowHead(r.x2(), trackY, way, 0);
        } else {
            ops.add(new LineTo(r.x2(), trackY));
            ops.add(new LineTo(r.x2(), edge - direction * ARROW));
            head = heads.add(List.of(r.x2(), edge)) ? arrowHead(r.x2(), edge, 0, direction) : null;
        }
        List<Node> parts = new ArrayList<>();
        boolean loop = r.flow().from().equals(r.flow().to());
        parts.add(new Path(Role.FLOW, ops, false, false, loop ? Legend.LOOP_LEVEL : 0));
        if (head != null) {
            parts.add(head);
        }
        String label = label(r.flow());
        if (!inRow(r.flow().to())) {
            label = joined(label, words.get("flow.to", name(r.flow().to())));
        } else if (!inRow(r.flow().from())) {
            label = joined(label, words.get("flow.from", name(r.flow().from())));
        }
        if (loop) {
            // A loop's hook is too short for a label on its track: "↺ 20%" stands beside it, up to the card's edge or
            // the next arrow coming down to the card, whichever comes first.
            double start = r.hi() + 6;
            double end = columns.cardX()[slot(r.flow().from()) - 1] + columns.cardWidth();
            for (Map.Entry<Double, Integer> v : verticals.subMap(r.hi(), false, end, false).entrySet()) {
                if (v.getValue() >= r.track()) {
                    end = v.getKey() - 4;
                    break;
                }
            }
            double room = end - start;
            // The whole label where it fits, else the share alone: "↺ 45% ·…" says less than "↺ 45%".
            String share = r.flow().share().isPresent() ? " " + words.percent(r.flow().share().getAsDouble()) : "";
            String line = label.isEmpty() ? LOOP : LOOP + " " + label;
            if (TextWrap.width(line, 10, false) > room) {
                line = TextWrap.line(LOOP + share, 10, false, room);
            }
            if (!line.isEmpty()) {
                parts.add(JourneyLayout.text(Role.FLOW_LABEL, 10, false, Anchor.START, List.of(line), start,
                        trackY + 4, 12));
            }
            return new Group(Role.TRANSITION, tooltip(r.flow()), parts);
        }
        if (!label.isEmpty()) {
            label(parts, r, label, verticals, trackY);
        }
        return new Group(Role.TRANSITION, tooltip(r.flow()), parts);
    }

    /**
     * Bridges over the arrows whose verticals cross {@code r}'s track ({@code verticals} of its side on tracks farther
     * out pass through it on their way to the cards): a half circle on the horizontal line, in the order it is drawn.
     * A bridge rather than a gap: at print size a thin line's gap reads as two arrows or a dash, while a bump keeps
     * each line whole and says which one goes on.
     */
    private static void hops(List<PathOp> ops, FlowRoutes.Route r, TreeMap<Double, Integer> verticals,
            double trackY) {
        double way = Math.signum(r.x2() - r.x1());
        Map<Double, Integer> crossed = verticals.subMap(r.lo(), false, r.hi(), false);
        List<Double> at = new ArrayList<>();
        crossed.forEach((x, track) -> {
            if (track > r.track()) {
                at.add(x);
            }
        });
        if (way < 0) {
            Collections.reverse(at);
        }
        double last = r.x1();
        for (double x : at) {
            // Too close to a corner or to the bridge before: the crossing is drawn plain rather than two bumps merged.
            if (Math.abs(x - last) < 2 * HOP + 1 || Math.abs(r.x2() - x) < HOP + 2) {
                continue;
            }
            double a = x - way * HOP;
            double b = x + way * HOP;
            double top = trackY - HOP * 4 / 3;
            ops.add(new LineTo(a, trackY));
            ops.add(new CurveTo(a, top, b, top, b, trackY));
            last = b;
        }
    }

    /**
     * Puts {@code r}'s label beside its track next to where it starts, so it names the branch leaving the card: in
     * the first stretch of the track that no other arrow crosses, else in the widest.
     */
    private void label(List<Node> parts, FlowRoutes.Route r, String label,
            TreeMap<Double, Integer> verticals, double trackY) {
        List<double[]> spans = labelSpans(r, verticals);
        boolean rightward = r.x2() >= r.x1();
        double[] first = rightward ? spans.get(0) : spans.get(spans.size() - 1);
        double[] widest = first;
        for (double[] s : spans) {
            if (s[1] - s[0] > widest[1] - widest[0]) {
                widest = s;
            }
        }
        // Moved away from its start only when not even the share (or, without one, a word or two) fits there.
        String share = r.flow().share().isPresent() ? words.percent(r.flow().share().getAsDouble()) : "";
        double needed = Math.max(30, TextWrap.width(share, 10, false));
        double[] span = first[1] - first[0] - 16 >= needed ? first : widest;
        double room = span[1] - span[0] - 16;
        if (room < 30) {
            return;
        }
        String line = TextWrap.line(label, 10, false, room);
        // Near the start: from the left end of a rightward arrow, up to the right end of a leftward one.
        boolean fromLeft = rightward || span != first;
        parts.add(JourneyLayout.text(Role.FLOW_LABEL, 10, false, fromLeft ? Anchor.START : Anchor.END,
                List.of(line), fromLeft ? span[0] + 8 : span[1] - 8, trackY - 4, 12));
    }

    /**
     * Per side of the cards, the x of every arrow's vertical with the farthest-out track among the arrows that have
     * one there: built once, so that placing each label looks up the verticals under it instead of scanning every
     * arrow (which made a map with thousands of branches quadratic, as {@link FlowRoutes} avoids for tracks).
     */
    private static Map<Boolean, TreeMap<Double, Integer>> verticals(List<FlowRoutes.Route> routes) {
        Map<Boolean, TreeMap<Double, Integer>> bySide = new HashMap<>();
        for (FlowRoutes.Route r : routes) {
            TreeMap<Double, Integer> side = bySide.computeIfAbsent(r.above(), k -> new TreeMap<>());
            // An end at the row's edge has no vertical: the route stops on its track.
            if (!r.fromOtherRow()) {
                side.merge(r.x1(), r.track(), Math::max);
            }
            if (!r.toOtherRow()) {
                side.merge(r.x2(), r.track(), Math::max);
            }
        }
        return bySide;
    }

    /**
     * The stretches of {@code r}'s track, left to right, where its label crosses no other arrow: the label sits beside
     * the track, where the verticals of arrows on tracks as far out or farther ({@code verticals}, of r's side) pass on
     * their way to the cards.
     */
    private static List<double[]> labelSpans(FlowRoutes.Route r, TreeMap<Double, Integer> verticals) {
        List<Double> stops = new ArrayList<>();
        stops.add(r.lo());
        verticals.subMap(r.lo(), false, r.hi(), false).forEach((x, track) -> {
            if (track >= r.track()) {
                stops.add(x);
            }
        });
        stops.add(r.hi());
        List<double[]> spans = new ArrayList<>(stops.size() - 1);
        for (int i = 1; i < stops.size(); i++) {
            spans.add(new double[] {stops.get(i - 1), stops.get(i)});
        }
        return spans;
    }

    /** A dot on a card's edge from which three or more branches fan out, each to its own port. */
    private static Marker splitNode(FlowRoutes.Split s, double cardsTop, double cardsBottom) {
        return new Marker(Role.SPLIT_NODE, Shape.CIRCLE, s.x(), s.above() ? cardsTop : cardsBottom, 3.5, 0);
    }

    /** A filled triangle whose tip is at ({@code x}, {@code y}), pointing along ({@code dx}, {@code dy}). */
    private static Path arrowHead(double x, double y, double dx, double dy) {
        double bx = x - dx * ARROW;
        double by = y - dy * ARROW;
        double half = 4;
        return new Path(Role.ARROW_HEAD, List.of(
                new MoveTo(x, y),
                new LineTo(bx + dy * half, by + dx * half),
                new LineTo(bx - dy * half, by - dx * half)), true, false);
    }

    /** What marks a loop's label: the step repeated. */
    private static final String LOOP = "\u21ba";

    private String label(Flow f) {
        String share = f.share().isPresent() ? words.percent(f.share().getAsDouble()) : "";
        if (f.label().isEmpty()) {
            return share;
        }
        // The share first: it is short, and stays visible when the label is cut.
        return share.isEmpty() ? f.label() : share + " \u00b7 " + f.label();
    }

    /** The share (short, kept when the line is cut) first, then where the arrow comes from or goes to. */
    private static String joined(String first, String second) {
        return first.isEmpty() ? second : first + " \u00b7 " + second;
    }

    private String name(String id) {
        return graph.touchpoint(id).map(Touchpoint::name).orElse(id);
    }

    private String tooltip(Flow f) {
        String from = graph.touchpoint(f.from()).map(Touchpoint::name).orElse(f.from());
        String to = graph.touchpoint(f.to()).map(Touchpoint::name).orElse(f.to());
        String label = label(f);
        return from + " \u2192 " + to + (label.isEmpty() ? "" : ": " + label);
    }
}
