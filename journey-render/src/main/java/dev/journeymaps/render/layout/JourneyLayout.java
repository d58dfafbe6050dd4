package dev.journeymaps.render.layout;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.graph.Flow;
import dev.journeymaps.model.graph.JourneyGraph;
import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.PathOp;
import dev.journeymaps.render.layout.Scene.Shape;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lays a journey out as a map: stages are columns (name and goal as header), their touchpoints sub-columns; rows
 * are the lanes (touchpoint cards, then the emotion curve). Flows to the following touchpoint are short connectors
 * between neighbouring cards; flows that branch, skip or loop are arrows routed above or below the cards.
 *
 * <p>The same journey always gives the same scene: text is measured with the bundled font, and everything is
 * visited in journey order.
 */
public final class JourneyLayout {

    static final double MARGIN = 24;
    static final double GUTTER = 112;
    static final double CARD_WIDTH = 168;
    static final double CARD_GAP = 32;
    static final double COLUMN = CARD_WIDTH + CARD_GAP;
    static final double LANE_GAP = 16;
    static final double TRACK = 22;
    static final double CORRIDOR_GAP = 14;
    static final double EMOTION_HEIGHT = 140;
    static final double MIN_WIDTH = 480;
    private static final double ARROW = 7;

    private final Journey journey;
    private final JourneyGraph graph;
    private final List<Touchpoint> touchpoints;
    private final Map<String, Integer> positions = new HashMap<>();
    private final double[] cardX;
    private final double[] stageX;
    private final double contentRight;
    private final List<Node> nodes = new ArrayList<>();

    private JourneyLayout(JourneyGraph graph) {
        this.graph = graph;
        this.journey = graph.journey();
        this.touchpoints = journey.touchpoints();
        for (int i = 0; i < touchpoints.size(); i++) {
            positions.putIfAbsent(touchpoints.get(i).id(), i);
        }
        this.cardX = new double[touchpoints.size()];
        this.stageX = new double[journey.stages().size() + 1];
        double x = MARGIN + GUTTER;
        int position = 0;
        for (int s = 0; s < journey.stages().size(); s++) {
            stageX[s] = x;
            int count = journey.stages().get(s).touchpoints().size();
            for (int k = 0; k < count; k++) {
                cardX[position++] = x + k * COLUMN + CARD_GAP / 2;
            }
            x += Math.max(1, count) * COLUMN;
        }
        stageX[journey.stages().size()] = x;
        this.contentRight = x;
    }

    /** The scene of the map of {@code graph}'s journey. */
    public static Scene layout(JourneyGraph graph) {
        return new JourneyLayout(graph).scene();
    }

    private Scene scene() {
        double width = Math.max(MIN_WIDTH, contentRight + MARGIN);
        List<Node> title = new ArrayList<>();
        double headerTop = titleBlock(title, width);
        List<Group> headers = new ArrayList<>();
        double headerBottom = headerTop + stageHeaders(headers, headerTop);
        FlowRoutes.Plan plan = FlowRoutes.plan(routedFlows(), id -> positions.get(id), cardX, CARD_WIDTH);
        double cardsTop = headerBottom + LANE_GAP + corridor(plan.tracksAbove());
        double cardsBottom = cardsTop + CardLayout.HEIGHT;
        double emotionTop = cardsBottom + LANE_GAP + corridor(plan.tracksBelow());
        double emotionBottom = emotionTop + EMOTION_HEIGHT;
        double height = emotionBottom + MARGIN;

        nodes.add(new Box(Role.BACKGROUND, 0, 0, width, height, 0, 0, false));
        nodes.addAll(title);
        for (int s = 0; s < journey.stages().size(); s++) {
            nodes.add(new Box(Role.STAGE_BAND, stageX[s], headerTop, stageX[s + 1] - stageX[s],
                    emotionBottom - headerTop, 0, s % 2, false));
        }
        nodes.addAll(headers);
        laneLabel("Touchpoints", cardsTop + 18);
        emotionLane(emotionTop);
        connectors(cardsTop + CardLayout.HEIGHT / 2);
        for (FlowRoutes.Route route : plan.routes()) {
            nodes.add(arrow(route, cardsTop, cardsBottom));
        }
        CardLayout cards = new CardLayout(journey, graph);
        for (int i = 0; i < touchpoints.size(); i++) {
            nodes.add(cards.card(touchpoints.get(i), cardX[i], cardsTop));
        }
        emotionCurve(emotionTop);
        return new Scene(width, height, journey.title(), summary(), journey.lang(), nodes);
    }

    private static double corridor(int tracks) {
        return tracks == 0 ? 0 : tracks * TRACK + CORRIDOR_GAP;
    }

    private double titleBlock(List<Node> out, double width) {
        double textWidth = width - 2 * MARGIN;
        double y = MARGIN;
        List<String> title = TextWrap.wrap(journey.title(), 22, true, textWidth, 2);
        if (!title.isEmpty()) {
            out.add(text(Role.TITLE, 22, true, Anchor.START, title, MARGIN, y + 22, 28));
            y += title.size() * 28;
        }
        List<String> description = TextWrap.wrap(journey.description(), 13, false, textWidth, 2);
        if (!description.isEmpty()) {
            out.add(text(Role.DESCRIPTION, 13, false, Anchor.START, description, MARGIN, y + 16, 18));
            y += description.size() * 18 + 4;
        }
        return y + LANE_GAP;
    }

    /** Adds one header per stage, all as tall as the tallest; answers that height. */
    private double stageHeaders(List<Group> out, double top) {
        List<List<String>> names = new ArrayList<>();
        List<List<String>> goals = new ArrayList<>();
        double height = 44;
        for (int s = 0; s < journey.stages().size(); s++) {
            Stage stage = journey.stages().get(s);
            double textWidth = stageX[s + 1] - stageX[s] - 24;
            List<String> name = TextWrap.wrap(stage.name(), 15, true, textWidth, 2);
            List<String> goal = TextWrap.wrap(stage.goal(), 12, false, textWidth, 3);
            names.add(name);
            goals.add(goal);
            height = Math.max(height, 24 + name.size() * 19 + (goal.isEmpty() ? 0 : 4 + goal.size() * 16));
        }
        for (int s = 0; s < journey.stages().size(); s++) {
            Stage stage = journey.stages().get(s);
            double x = stageX[s];
            List<Node> parts = new ArrayList<>();
            parts.add(new Box(Role.STAGE_HEADER, x + 4, top, stageX[s + 1] - x - 8, height, 6, s % 2, false));
            double y = top + 12 + 15;
            if (!names.get(s).isEmpty()) {
                parts.add(text(Role.STAGE_NAME, 15, true, Anchor.START, names.get(s), x + 12, y, 19));
                y += names.get(s).size() * 19 + 4;
            }
            if (!goals.get(s).isEmpty()) {
                parts.add(text(Role.STAGE_GOAL, 12, false, Anchor.START, goals.get(s), x + 12, y - 3, 16));
            }
            String tooltip = stage.goal().isEmpty() ? stage.name() : stage.name() + "\nGoal: " + stage.goal();
            out.add(new Group(Role.STAGE, tooltip, parts));
        }
        return height;
    }

    private void laneLabel(String label, double baseline) {
        List<String> lines = TextWrap.wrap(label, 12, true, GUTTER - 16, 2);
        nodes.add(text(Role.LANE_LABEL, 12, true, Anchor.START, lines, MARGIN, baseline, 15));
    }

    private void emotionLane(double top) {
        double x0 = MARGIN + GUTTER;
        nodes.add(new Box(Role.EMOTION_LANE, x0, top, contentRight - x0, EMOTION_HEIGHT, 6, 0, false));
        double zero = emotionY(top, 0);
        nodes.add(new Path(Role.EMOTION_ZERO, List.of(new MoveTo(x0, zero), new LineTo(contentRight, zero)),
                false, true));
        laneLabel("Emotion", zero + 4);
        nodes.add(text(Role.AXIS_LABEL, 10, false, Anchor.END, List.of("delighted"), x0 - 6, emotionY(top, 2) + 4, 12));
        nodes.add(text(Role.AXIS_LABEL, 10, false, Anchor.END, List.of("angry"), x0 - 6, emotionY(top, -2) + 4, 12));
    }

    private static double emotionY(double top, double score) {
        double inner = EMOTION_HEIGHT - 36;
        return top + 18 + (2 - score) / 4 * inner;
    }

    private void emotionCurve(double top) {
        List<double[]> points = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < touchpoints.size(); i++) {
            Touchpoint t = touchpoints.get(i);
            if (!seen.add(t.id()) || t.meanEmotion().isEmpty()) {
                continue;
            }
            double score = t.meanEmotion().get();
            points.add(new double[] {cardX[i] + CARD_WIDTH / 2, emotionY(top, score)});
            levels.add((int) Math.round(score));
        }
        double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
        if (points.size() > 1) {
            nodes.add(new Path(Role.EMOTION_CURVE, EmotionCurve.through(xs, ys), false, false));
        }
        for (int i = 0; i < points.size(); i++) {
            nodes.add(new Marker(Role.EMOTION_POINT, Shape.CIRCLE, xs[i], ys[i], 6, levels.get(i)));
        }
    }

    /**
     * Flows drawn as routed arrows: written ones that leave the straight order (skips, loops) and every leg of a
     * branch, so that each leg shows its share and label.
     */
    private List<Flow> routedFlows() {
        return graph.flows().stream().filter(f -> !isStraight(f)).toList();
    }

    /** Whether {@code f} is drawn as a connector to the neighbouring card. */
    private boolean isStraight(Flow f) {
        return positions.get(f.to()) == positions.get(f.from()) + 1
                && (f.implicit() || graph.outgoing(f.from()).size() == 1);
    }

    private void connectors(double y) {
        Set<Integer> drawn = new LinkedHashSet<>();
        for (Flow f : graph.flows()) {
            int from = positions.get(f.from());
            if (isStraight(f) && drawn.add(from)) {
                double x1 = cardX[from] + CARD_WIDTH;
                double x2 = cardX[from + 1];
                nodes.add(new Group(Role.CONNECTOR, flowTooltip(f), List.of(
                        new Path(Role.FLOW, List.of(new MoveTo(x1, y), new LineTo(x2 - ARROW, y)), false, false),
                        arrowHead(x2, y, 1, 0))));
            }
        }
    }

    private Group arrow(FlowRoutes.Route r, double cardsTop, double cardsBottom) {
        double edge = r.above() ? cardsTop : cardsBottom;
        double direction = r.above() ? 1 : -1;
        double trackY = r.above()
                ? cardsTop - CORRIDOR_GAP - r.track() * TRACK
                : cardsBottom + CORRIDOR_GAP + (r.track() + 1) * TRACK - 6;
        List<PathOp> ops = List.of(
                new MoveTo(r.x1(), edge),
                new LineTo(r.x1(), trackY),
                new LineTo(r.x2(), trackY),
                new LineTo(r.x2(), edge - direction * ARROW));
        List<Node> parts = new ArrayList<>();
        parts.add(new Path(Role.FLOW, ops, false, false));
        parts.add(arrowHead(r.x2(), edge, 0, direction));
        String label = flowLabel(r.flow());
        double room = r.hi() - r.lo() - 16;
        if (!label.isEmpty() && room >= 30) {
            String line = TextWrap.line(label, 10, false, room);
            parts.add(text(Role.FLOW_LABEL, 10, false, Anchor.START, List.of(line), r.lo() + 8, trackY - 4, 12));
        }
        return new Group(Role.TRANSITION, flowTooltip(r.flow()), parts);
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

    private static String flowLabel(Flow f) {
        String share = f.share().isPresent() ? Percent.of(f.share().getAsDouble()) : "";
        if (f.label().isEmpty()) {
            return share;
        }
        // The share first: it is short, and stays visible when the label is cut.
        return share.isEmpty() ? f.label() : share + " \u00b7 " + f.label();
    }

    private String flowTooltip(Flow f) {
        String from = graph.touchpoint(f.from()).map(Touchpoint::name).orElse(f.from());
        String to = graph.touchpoint(f.to()).map(Touchpoint::name).orElse(f.to());
        String label = flowLabel(f);
        return from + " \u2192 " + to + (label.isEmpty() ? "" : ": " + label);
    }

    private String summary() {
        StringBuilder s = new StringBuilder(journey.description());
        if (!journey.personas().isEmpty()) {
            s.append(s.length() > 0 ? "\n" : "").append("Personas: ")
                    .append(journey.personas().stream().map(Persona::name).collect(Collectors.joining(", ")))
                    .append('.');
        }
        if (!journey.stages().isEmpty()) {
            s.append(s.length() > 0 ? "\n" : "").append("Stages: ")
                    .append(journey.stages().stream().map(Stage::name).collect(Collectors.joining(", ")))
                    .append('.');
        }
        return s.toString();
    }

    /** A text block of {@code lines}, the first baseline at {@code y}, each next one {@code leading} lower. */
    static TextBlock text(Role role, double size, boolean bold, Anchor anchor, List<String> lines, double x,
            double y, double leading) {
        List<TextLine> placed = new ArrayList<>();
        double widest = 0;
        for (int i = 0; i < lines.size(); i++) {
            placed.add(new TextLine(lines.get(i), x, y + i * leading));
            widest = Math.max(widest, TextWrap.width(lines.get(i), size, bold));
        }
        return new TextBlock(role, size, bold, anchor, placed, widest);
    }
}
