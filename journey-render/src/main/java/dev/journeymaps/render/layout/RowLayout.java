package dev.journeymaps.render.layout;

import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.layout.ItemLane.Item;
import dev.journeymaps.render.layout.RowPlan.Row;
import dev.journeymaps.render.layout.RowPlan.Segment;
import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One row of a map: the headers of the stages (or parts of stages) it shows, then each lane for its touchpoints,
 * every lane with its label in the gutter, so a row reads on its own. The row is laid out as bands (the header, then
 * a band per lane drawn), so that a page can take as many bands as it has room for and the next page the rest.
 */
final class RowLayout {

    /**
     * A horizontal stretch of the row: its nodes lie between {@code top} and {@code bottom}.
     *
     * @param header whether it is the row's stage headers (repeated on every page the row continues on)
     */
    record Band(double top, double bottom, boolean header, List<Node> nodes) {
        Band {
            nodes = List.copyOf(nodes);
        }

        double height() {
            return bottom - top;
        }
    }

    private final MapContext map;
    private final Row row;
    private final List<Touchpoint> touchpoints;
    private final double[] segmentX;
    private final Columns columns;
    private final Words words;
    private final MapMetrics metrics;

    RowLayout(MapContext map, Row row) {
        this.map = map;
        this.row = row;
        this.words = map.words();
        this.metrics = map.metrics();
        // A copy: a view would keep the map's whole list of touchpoints for every row.
        this.touchpoints = List.copyOf(map.touchpoints().subList(row.from(), row.to()));
        double[] cardX = new double[touchpoints.size()];
        this.segmentX = new double[row.segments().size() + 1];
        double x = JourneyLayout.MARGIN + metrics.gutter();
        for (int s = 0; s < row.segments().size(); s++) {
            Segment segment = row.segments().get(s);
            segmentX[s] = x;
            for (int k = 0; k < segment.to() - segment.from(); k++) {
                cardX[segment.from() - row.from() + k] = x + k * metrics.column() + metrics.cardGap() / 2;
            }
            x += segment.columns() * metrics.column();
        }
        segmentX[row.segments().size()] = x;
        this.columns = new Columns(cardX, JourneyLayout.MARGIN + metrics.gutter(), x, metrics.cardWidth());
    }

    /** The right edge of the row's last column. */
    double right() {
        return columns.right();
    }

    /** The row laid out from {@code top}: its header band, then one band per lane that has something to show. */
    List<Band> bands(double top) {
        return bands(top, null);
    }

    /**
     * The row laid out from {@code top} as {@link #bands(double)}, every node handed to {@code passing} as it is made
     * and kept in no band (each band's node list is then empty): for measuring a row, or drawing it, without holding
     * it. With {@code passing} null, the bands keep their nodes.
     */
    List<Band> bands(double top, Consumer<Node> passing) {
        return bands(top, passing, false);
    }

    /**
     * The row's bands as {@link #bands(double, Consumer)} gives them, at the same tops and bottoms, but the lanes whose
     * height does not hang on what they hold only measured: none of the nodes of the touchpoint, emotion and friction
     * lanes (cards, arrows, curves, cells) is made or handed to {@code passing}. The cards are most of a row's cost;
     * a map measured only to choose its rows needs none of them.
     */
    List<Band> measuredBands(double top, Consumer<Node> passing) {
        return bands(top, passing, true);
    }

    private List<Band> bands(double top, Consumer<Node> passing, boolean measured) {
        List<Band> bands = new ArrayList<>();
        List<Node> header = passing == null ? new ArrayList<>() : new PassingList(passing);
        double y = top + stageHeaders(header, top);
        bands.add(new Band(top, y, true, header));
        List<Double> hotspots = hotspotColumns();
        for (Lane lane : map.lanes()) {
            // One lane of one row is held even when passing: the hotspot tint goes in between its nodes.
            List<Node> nodes = new ArrayList<>();
            double bottom = lane(nodes, lane, y, measured);
            if (bottom > y) {
                List<Node> drawn = tinted(nodes, hotspots, y, bottom);
                if (passing != null) {
                    drawn.forEach(passing);
                    drawn = new ArrayList<>();
                }
                bands.add(new Band(y, bottom, false, drawn));
                y = bottom;
            }
        }
        return bands;
    }

    /** The left edge of the column of each hotspot in the row, when the map shows friction. */
    private List<Double> hotspotColumns() {
        List<Double> xs = new ArrayList<>();
        map.analysis().ifPresent(a -> {
            for (int i = 0; i < touchpoints.size(); i++) {
                if (a.hotspotRank(touchpoints.get(i).id()).isPresent()) {
                    xs.add(columns.cardX()[i] - hotspotMargin());
                }
            }
        });
        return xs;
    }

    /** How far a hotspot's tint reaches beyond its card on either side. */
    private static final double HOTSPOT_MARGIN = 12;

    /** How far a hotspot's tint reaches beyond its card: never into the next column's tint. */
    private double hotspotMargin() {
        return Math.min(HOTSPOT_MARGIN, metrics.cardGap() / 2);
    }

    /**
     * {@code nodes} of a band from {@code top} to {@code bottom} with each hotspot column tinted through it: over each
     * lane's box (which would hide a tint drawn behind it, as it hides the stage bands) and under what the lane holds,
     * from where the band or the lane before ends, so the tint runs unbroken through every lane of the row.
     */
    private List<Node> tinted(List<Node> nodes, List<Double> columns, double top, double bottom) {
        if (columns.isEmpty()) {
            return nodes;
        }
        List<Node> out = new ArrayList<>();
        double from = top;
        boolean anyLane = nodes.stream().anyMatch(RowLayout::isLaneBox);
        if (!anyLane) {
            tints(out, columns, top, bottom);
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            out.add(n);
            if (isLaneBox(n)) {
                Box lane = (Box) n;
                boolean last = nodes.subList(i + 1, nodes.size()).stream().noneMatch(RowLayout::isLaneBox);
                double to = last ? bottom : lane.y() + lane.height();
                tints(out, columns, from, to);
                from = to;
            }
        }
        return out;
    }

    private static boolean isLaneBox(Node n) {
        return n instanceof Box b && (b.role() == Role.LANE || b.role() == Role.EMOTION_LANE);
    }

    private void tints(List<Node> out, List<Double> columns, double top, double bottom) {
        for (double x : columns) {
            out.add(new Box(Role.HOTSPOT_COLUMN, x, top, metrics.cardWidth() + 2 * hotspotMargin(),
                    bottom - top, 0, 0, false));
        }
    }

    /** The stage columns' background from {@code top} to {@code bottom}, drawn behind the row's bands. */
    List<Node> stageBands(double top, double bottom) {
        List<Node> out = new ArrayList<>();
        for (int s = 0; s < row.segments().size(); s++) {
            out.add(new Box(Role.STAGE_BAND, segmentX[s], top, segmentX[s + 1] - segmentX[s], bottom - top, 0,
                    row.segments().get(s).stage() % 2, false));
        }
        return out;
    }

    /**
     * Adds {@code lane} under {@code top} when the row has something for it; answers the new bottom. The lanes whose
     * height does not hang on what they hold (touchpoints, emotions, friction) add nothing when only
     * {@code measured}.
     */
    private double lane(List<Node> out, Lane lane, double top, boolean measured) {
        return switch (lane) {
            case PERSONAS -> top;
            case TOUCHPOINTS -> touchpoints.isEmpty() ? top : touchpointLane(measured ? null : out,
                    top + metrics.laneGap());
            case EMOTIONS -> {
                EmotionLane emotions = new EmotionLane(map.journey(), touchpoints, map.extremes(), columns, words,
                        metrics.compact());
                double from = top + metrics.laneGap();
                yield !emotions.hasContent() ? top : measured ? emotions.bottom(from) : emotions.layout(out, from);
            }
            case CHANNELS -> items(out, "lane.channels", map.content()::channels, top);
            case THOUGHTS -> items(out, "lane.thoughts", map.content()::thoughts, top);
            case PAIN_POINTS -> items(out, "lane.painPoints", map.content()::painPoints, top);
            case OPPORTUNITIES -> items(out, "lane.opportunities", map.content()::opportunities, top);
            case METRICS -> items(out, "lane.metrics", map.content()::metrics, top);
            case FRICTION -> friction().filter(FrictionLane::hasContent)
                    .map(f -> measured ? f.bottom(top + metrics.laneGap()) : f.layout(out, top + metrics.laneGap()))
                    .orElse(top);
            case BLUEPRINT -> blueprint(out, top);
        };
    }

    /**
     * The keys of the symbols on the first card of the row's touchpoint lane that draws any (on most maps its first
     * card); none when no card does. The cards are made one by one, up to that one.
     */
    Set<Legend.Key> firstCardKeys() {
        if (map.lanes().contains(Lane.TOUCHPOINTS)) {
            CardLayout cards = cards();
            for (int i = 0; i < touchpoints.size(); i++) {
                Set<Legend.Key> keys = Legend.keysOf(List.of(cards.card(touchpoints.get(i), columns.cardX()[i], 0)));
                if (!keys.isEmpty()) {
                    return keys;
                }
            }
        }
        return Set.of();
    }

    /** The touchpoint lane laid out into {@code out} from {@code top}, or only measured when {@code out} is null. */
    private double touchpointLane(List<Node> out, double top) {
        TouchpointLane lane = new TouchpointLane(map.graph(), touchpoints, map.positions(),
                map.flows().touching(row.from(), row.to()), row, columns, cards(), words);
        return out == null ? lane.bottom(top) : lane.layout(out, top);
    }

    private CardLayout cards() {
        return new CardLayout(map.journey(), map.graph(), !map.lanes().contains(Lane.PAIN_POINTS), map.analysis(),
                map.typography().card(), words, map.content(), metrics);
    }

    private Optional<FrictionLane> friction() {
        return map.analysis().map(a -> new FrictionLane(a, touchpoints, columns, words, metrics.compact()));
    }

    private double items(List<Node> out, String label, Function<Touchpoint, List<Item>> content, double top) {
        List<List<Item>> cells = touchpoints.stream().map(content).toList();
        return ItemLane.hasContent(cells)
                ? ItemLane.layout(out, columns, words.get(label), cells, top + metrics.laneGap(), words)
                : top;
    }

    /** The line of visibility, then backstage and support actions under it. */
    private double blueprint(List<Node> out, double top) {
        List<List<Item>> backstage = touchpoints.stream().map(t -> LaneContent.actions(t.backstage())).toList();
        List<List<Item>> support = touchpoints.stream().map(t -> LaneContent.actions(t.support())).toList();
        if (!ItemLane.hasContent(backstage) && !ItemLane.hasContent(support)) {
            return top;
        }
        double line = top + metrics.laneGap() + 6;
        out.add(new Path(Role.VISIBILITY_LINE, List.of(new MoveTo(JourneyLayout.MARGIN, line),
                new LineTo(columns.right(), line)), false, true));
        out.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.START, List.of(words.get("lane.visibility")),
                JourneyLayout.MARGIN, line - 4, 12));
        double y = line;
        if (ItemLane.hasContent(backstage)) {
            y = ItemLane.layout(out, columns, words.get("lane.backstage"), backstage, y + metrics.laneGap(),
                    words);
        }
        if (ItemLane.hasContent(support)) {
            y = ItemLane.layout(out, columns, words.get("lane.support"), support, y + metrics.laneGap(), words);
        }
        return y;
    }

    /**
     * Adds one header per stage part, all as tall as the tallest; answers that height. A slide's header gives the
     * name and the goal a line each (in full in its tooltip): a part of a stage on a slide is often two columns wide,
     * and three lines of goal would take the room of the second row.
     */
    private double stageHeaders(List<Node> out, double top) {
        List<List<String>> names = new ArrayList<>();
        List<List<String>> goals = new ArrayList<>();
        double size = map.typography().stage();
        double leading = size + 4;
        boolean compact = metrics.compact();
        double inset = compact ? 8 : 12;
        double height = compact ? 30 : 44;
        for (int s = 0; s < row.segments().size(); s++) {
            Segment segment = row.segments().get(s);
            Stage stage = map.journey().stages().get(segment.stage());
            double textWidth = segmentX[s + 1] - segmentX[s] - 24;
            String shown = segment.continued() ? words.get("stage.continued", stage.name()) : stage.name();
            if (compact && segment.continued() && TextWrap.width(shown, size, true) > textWidth) {
                // Its one line cuts the name, never the mark that says the stage began in an earlier row.
                double mark = TextWrap.width(words.get("stage.continued", ""), size, true);
                shown = words.get("stage.continued", TextWrap.line(stage.name(), size, true, textWidth - mark));
            }
            List<String> name = TextWrap.wrap(shown, size, true, textWidth, compact ? 1 : 2);
            // A continued part repeats the name only: the goal stands in the stage's first part.
            List<String> goal = segment.continued() ? List.of()
                    : TextWrap.wrap(stage.goal(), 12, false, textWidth, compact ? 1 : 3);
            names.add(name);
            goals.add(goal);
            height = Math.max(height, (compact ? inset + 4 : 2 * inset) + name.size() * leading
                    + (goal.isEmpty() ? 0 : 4 + goal.size() * 16));
        }
        for (int s = 0; s < row.segments().size(); s++) {
            Stage stage = map.journey().stages().get(row.segments().get(s).stage());
            double x = segmentX[s];
            List<Node> parts = new ArrayList<>();
            parts.add(new Box(Role.STAGE_HEADER, x + 4, top, segmentX[s + 1] - x - 8, height, 6,
                    row.segments().get(s).stage() % 2, false));
            double y = top + inset + size;
            if (!names.get(s).isEmpty()) {
                parts.add(JourneyLayout.text(Role.STAGE_NAME, size, true, Anchor.START, names.get(s), x + 12, y,
                        leading));
                y += names.get(s).size() * leading + 4;
            }
            if (!goals.get(s).isEmpty()) {
                parts.add(JourneyLayout.text(Role.STAGE_GOAL, 12, false, Anchor.START, goals.get(s), x + 12, y - 3,
                        16));
            }
            String tooltip = stage.goal().isEmpty() ? stage.name()
                    : stage.name() + "\n" + words.get("stage.goal", stage.goal());
            out.add(new Group(Role.STAGE, tooltip, parts));
        }
        return height;
    }
}
