package dev.journeymaps.render.layout;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.TextDirection;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.graph.Flow;
import dev.journeymaps.model.graph.JourneyGraph;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.Typography;
import dev.journeymaps.render.layout.ItemLane.Item;
import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lays a journey out as a map: stages are columns (name and goal as header), their touchpoints sub-columns; rows
 * are the lanes asked for ({@link Lane}), top to bottom, each left out when the journey has nothing for it.
 *
 * <p>The same journey and options always give the same scene: text is measured with the bundled font, and
 * everything is visited in journey order.
 */
public final class JourneyLayout {

    static final double MARGIN = 24;
    static final double GUTTER = 112;
    static final double CARD_WIDTH = 168;
    static final double CARD_GAP = 32;
    static final double COLUMN = CARD_WIDTH + CARD_GAP;
    static final double LANE_GAP = 12;
    static final double MIN_WIDTH = 480;

    private final Journey journey;
    private final JourneyGraph graph;
    private final List<Lane> lanes;
    private final List<Touchpoint> touchpoints;
    private final Map<String, Integer> positions = new HashMap<>();
    private final double[] stageX;
    private final Columns columns;
    private final Optional<JourneyAnalysis> analysis;
    private final Optional<FrictionLane> friction;
    private final Typography typography;
    private final Words words;
    private final LaneContent content;

    private JourneyLayout(JourneyGraph graph, JourneyAnalysis given, List<Lane> lanes, Typography typography) {
        this.graph = graph;
        this.typography = typography;
        this.journey = graph.journey();
        this.words = Words.forMap(journey.lang());
        this.content = new LaneContent(words, given);
        this.lanes = lanes;
        this.touchpoints = journey.touchpoints();
        for (int i = 0; i < touchpoints.size(); i++) {
            positions.putIfAbsent(touchpoints.get(i).id(), i);
        }
        double[] cardX = new double[touchpoints.size()];
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
        this.columns = new Columns(cardX, MARGIN + GUTTER, x);
        // Cards show friction only when its lane is drawn: the lane carries the legend of the cards' heat bars.
        this.analysis = lanes.contains(Lane.FRICTION) ? Optional.of(given) : Optional.empty();
        this.friction = analysis.map(a -> new FrictionLane(a, touchpoints, columns, words));
    }

    /** The scene of the map of {@code graph}'s journey analysed alone, with the default lanes. */
    public static Scene layout(JourneyGraph graph) {
        JourneyAnalysis analysis = AnalysedJourney.of(graph.journey()).analysis();
        return Fonts.measuring(() -> new JourneyLayout(graph, analysis, Lane.DEFAULT, Typography.DEFAULT).scene());
    }

    /**
     * The scene of the map of {@code journey}, analysed alone ({@link AnalysedJourney#of(Journey)}), drawn with
     * {@code options}.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public static Scene layout(Journey journey, RenderOptions options) {
        return layout(AnalysedJourney.of(journey), options);
    }

    /**
     * The scene of the map of {@code analysed}'s journey drawn with {@code options}, every figure taken from its
     * analysis. A persona's map shows the figures of the whole journey's analysis for that persona's touchpoints,
     * the same figures as every other output.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public static Scene layout(AnalysedJourney analysed, RenderOptions options) {
        Journey journey = analysed.journey();
        Journey drawn = options.persona().map(id -> PersonaView.of(journey, id)).orElse(journey);
        return Fonts.measuring(() -> new JourneyLayout(JourneyGraph.of(drawn), analysed.analysis(), options.lanes(),
                options.typography()).scene());
    }

    private Scene scene() {
        double width = Math.max(MIN_WIDTH, columns.right() + MARGIN);
        List<Node> front = new ArrayList<>();
        double y = titleBlock(front, width);
        if (lanes.contains(Lane.PERSONAS) && !journey.personas().isEmpty()) {
            y = PersonaHeader.layout(front, journey.personas(), columns, y, words) + 2 * LANE_GAP;
        }
        double headerTop = y;
        y += stageHeaders(front, headerTop);
        List<Node> rows = new ArrayList<>();
        for (Lane lane : lanes) {
            y = lane(rows, lane, y);
        }
        double bottom = y;
        double height = bottom + MARGIN;

        List<Node> nodes = new ArrayList<>();
        nodes.add(new Box(Role.BACKGROUND, 0, 0, width, height, 0, 0, false));
        for (int s = 0; s < journey.stages().size(); s++) {
            nodes.add(new Box(Role.STAGE_BAND, stageX[s], headerTop, stageX[s + 1] - stageX[s],
                    bottom - headerTop, 0, s % 2, false));
        }
        nodes.addAll(front);
        nodes.addAll(rows);
        if (journey.direction() == TextDirection.RTL) {
            nodes = Mirror.of(nodes, width);
        }
        return new Scene(width, height, journey.title(), summary(), journey.lang(), nodes);
    }

    /** Adds {@code lane} under {@code top} when the journey has something for it; answers the new bottom. */
    private double lane(List<Node> out, Lane lane, double top) {
        return switch (lane) {
            case PERSONAS -> top;
            case TOUCHPOINTS -> touchpoints.isEmpty() ? top : new TouchpointLane(graph, touchpoints, positions,
                    columns, new CardLayout(journey, graph, !lanes.contains(Lane.PAIN_POINTS), analysis,
                    typography.card(), words), words).layout(out, top + LANE_GAP);
            case EMOTIONS -> {
                EmotionLane emotions = new EmotionLane(journey, touchpoints, columns, words);
                yield emotions.hasContent() ? emotions.layout(out, top + LANE_GAP) : top;
            }
            case CHANNELS -> items(out, "lane.channels", content::channels, top);
            case THOUGHTS -> items(out, "lane.thoughts", content::thoughts, top);
            case PAIN_POINTS -> items(out, "lane.painPoints", content::painPoints, top);
            case OPPORTUNITIES -> items(out, "lane.opportunities", content::opportunities, top);
            case METRICS -> items(out, "lane.metrics", content::metrics, top);
            case FRICTION -> friction.filter(FrictionLane::hasContent).isPresent()
                    ? friction.get().layout(out, top + LANE_GAP)
                    : top;
            case BLUEPRINT -> blueprint(out, top);
        };
    }

    private double items(List<Node> out, String label, Function<Touchpoint, List<Item>> content, double top) {
        List<List<Item>> cells = touchpoints.stream().map(content).toList();
        return ItemLane.hasContent(cells)
                ? ItemLane.layout(out, columns, words.get(label), cells, top + LANE_GAP, words)
                : top;
    }

    /** The line of visibility, then backstage and support actions under it. */
    private double blueprint(List<Node> out, double top) {
        List<List<Item>> backstage = touchpoints.stream().map(t -> LaneContent.actions(t.backstage())).toList();
        List<List<Item>> support = touchpoints.stream().map(t -> LaneContent.actions(t.support())).toList();
        if (!ItemLane.hasContent(backstage) && !ItemLane.hasContent(support)) {
            return top;
        }
        double line = top + LANE_GAP + 6;
        out.add(new Path(Role.VISIBILITY_LINE, List.of(new MoveTo(MARGIN, line), new LineTo(columns.right(), line)),
                false, true));
        out.add(text(Role.AXIS_LABEL, 10, false, Anchor.START, List.of(words.get("lane.visibility")), MARGIN, line - 4, 12));
        double y = line;
        if (ItemLane.hasContent(backstage)) {
            y = ItemLane.layout(out, columns, words.get("lane.backstage"), backstage, y + LANE_GAP, words);
        }
        if (ItemLane.hasContent(support)) {
            y = ItemLane.layout(out, columns, words.get("lane.support"), support, y + LANE_GAP, words);
        }
        return y;
    }

    private double titleBlock(List<Node> out, double width) {
        double textWidth = width - 2 * MARGIN;
        double y = MARGIN;
        double size = typography.title();
        List<String> title = TextWrap.wrap(journey.title(), size, true, textWidth, 2);
        if (!title.isEmpty()) {
            out.add(text(Role.TITLE, size, true, Anchor.START, title, MARGIN, y + size, size + 6));
            y += title.size() * (size + 6);
        }
        List<String> description = TextWrap.wrap(journey.description(), 13, false, textWidth, 2);
        if (!description.isEmpty()) {
            out.add(text(Role.DESCRIPTION, 13, false, Anchor.START, description, MARGIN, y + 16, 18));
            y += description.size() * 18 + 4;
        }
        return y + 2 * LANE_GAP;
    }

    /** Adds one header per stage, all as tall as the tallest; answers that height. */
    private double stageHeaders(List<Node> out, double top) {
        List<List<String>> names = new ArrayList<>();
        List<List<String>> goals = new ArrayList<>();
        double size = typography.stage();
        double leading = size + 4;
        double height = 44;
        for (int s = 0; s < journey.stages().size(); s++) {
            Stage stage = journey.stages().get(s);
            double textWidth = stageX[s + 1] - stageX[s] - 24;
            List<String> name = TextWrap.wrap(stage.name(), size, true, textWidth, 2);
            List<String> goal = TextWrap.wrap(stage.goal(), 12, false, textWidth, 3);
            names.add(name);
            goals.add(goal);
            height = Math.max(height, 24 + name.size() * leading + (goal.isEmpty() ? 0 : 4 + goal.size() * 16));
        }
        for (int s = 0; s < journey.stages().size(); s++) {
            Stage stage = journey.stages().get(s);
            double x = stageX[s];
            List<Node> parts = new ArrayList<>();
            parts.add(new Box(Role.STAGE_HEADER, x + 4, top, stageX[s + 1] - x - 8, height, 6, s % 2, false));
            double y = top + 12 + size;
            if (!names.get(s).isEmpty()) {
                parts.add(text(Role.STAGE_NAME, size, true, Anchor.START, names.get(s), x + 12, y, leading));
                y += names.get(s).size() * leading + 4;
            }
            if (!goals.get(s).isEmpty()) {
                parts.add(text(Role.STAGE_GOAL, 12, false, Anchor.START, goals.get(s), x + 12, y - 3, 16));
            }
            String tooltip = stage.goal().isEmpty() ? stage.name() : stage.name() + "\n" + words.get("stage.goal", stage.goal());
            out.add(new Group(Role.STAGE, tooltip, parts));
        }
        return height;
    }

    private String summary() {
        StringBuilder s = new StringBuilder(journey.description());
        if (!journey.personas().isEmpty()) {
            s.append(s.length() > 0 ? "\n" : "").append(words.get("summary.personas",
                    words.list(journey.personas().stream().map(Persona::name).toList())));
        }
        if (!journey.stages().isEmpty()) {
            s.append(s.length() > 0 ? "\n" : "").append(words.get("summary.stages",
                    words.list(journey.stages().stream().map(Stage::name).toList())));
        }
        List<String> painful = touchpoints.stream().filter(t -> !t.painPoints().isEmpty()).map(Touchpoint::name)
                .toList();
        if (!painful.isEmpty()) {
            s.append('\n').append(words.get("summary.painPoints", words.list(painful)));
        }
        List<String> hotspots = friction.map(FrictionLane::hotspots).orElse(List.of());
        if (!hotspots.isEmpty()) {
            s.append('\n').append(words.get("summary.hotspots", words.list(hotspots)));
        }
        return s.toString();
    }

    /** The label of a lane, in the gutter left of it. */
    static TextBlock laneLabel(String label, double baseline) {
        List<String> lines = TextWrap.wrap(label, 12, true, GUTTER - 16, 2);
        return text(Role.LANE_LABEL, 12, true, Anchor.START, lines, MARGIN, baseline, 15);
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

    /** Whether {@code f} is drawn as a connector to the neighbouring card rather than a routed arrow. */
    static boolean isStraight(Flow f, JourneyGraph graph, Map<String, Integer> positions) {
        return positions.get(f.to()) == positions.get(f.from()) + 1
                && (f.implicit() || graph.outgoing(f.from()).size() == 1);
    }
}
