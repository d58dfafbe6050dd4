package dev.journeymaps.render.layout;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.MemoryBudget;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Provenance;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.TextDirection;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.graph.Flow;
import dev.journeymaps.model.graph.JourneyGraph;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.Page;
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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Lays a journey out as a map: stages are columns (name and goal as header), their touchpoints sub-columns; rows
 * are the lanes asked for ({@link Lane}), top to bottom, each left out when the journey has nothing for it.
 *
 * <p>The same journey and options always give the same scene: text is measured with the bundled font, and
 * everything is visited in journey order.
 */
public final class JourneyLayout {

    static final double MARGIN = 24;
    static final double GUTTER = MapMetrics.STANDARD.gutter();
    static final double CARD_WIDTH = MapMetrics.STANDARD.cardWidth();
    static final double CARD_GAP = MapMetrics.STANDARD.cardGap();
    static final double COLUMN = CARD_WIDTH + CARD_GAP;
    static final double LANE_GAP = MapMetrics.STANDARD.laneGap();
    static final double MIN_WIDTH = 480;
    /** Space between two rows of a wrapped map. */
    static final double ROW_GAP = MapMetrics.STANDARD.rowGap();
    /** The smallest font size the map uses, in units: what a page's scale must keep legible. */
    public static final double MIN_TEXT = 10;
    /** The widest a wrapped map (no page asked for) may be, as a multiple of its height. */
    static final double MAX_ASPECT = 2;

    private final Journey journey;
    private final MapContext map;
    private final Typography typography;
    private final Words words;
    private final Optional<JourneyAnalysis> analysis;
    /** The analysis whether or not the friction lane is drawn: the overview page's hotspots and funnel. */
    private final JourneyAnalysis given;

    private JourneyLayout(JourneyGraph graph, JourneyAnalysis given, List<Lane> lanes, Typography typography,
            Page page) {
        this.typography = typography;
        this.given = given;
        this.journey = graph.journey();
        this.words = Words.forMap(journey);
        Map<String, Integer> positions = new HashMap<>();
        List<Touchpoint> touchpoints = journey.touchpoints();
        for (int i = 0; i < touchpoints.size(); i++) {
            positions.putIfAbsent(touchpoints.get(i).id(), i);
        }
        // Cards show friction only when its lane is drawn: the lane carries the legend of the cards' heat bars.
        this.analysis = lanes.contains(Lane.FRICTION) ? Optional.of(given) : Optional.empty();
        this.map = new MapContext(journey, graph, lanes, typography, words, new LaneContent(words, given), analysis,
                touchpoints, positions, new FlowsByPosition(graph.flows(), positions),
                EmotionLane.extremes(journey, touchpoints), MapMetrics.of(page));
    }

    /**
     * The scene of the map of {@code graph}'s journey analysed alone, with the default lanes, wrapped as for
     * {@link Page#AUTO}.
     */
    public static Scene layout(JourneyGraph graph) {
        JourneyAnalysis analysis = AnalysedJourney.of(graph.journey()).analysis();
        return Fonts.measuring(() -> new JourneyLayout(graph, analysis, Lane.DEFAULT, Typography.DEFAULT,
                Page.AUTO).scene(Page.AUTO));
    }

    /**
     * The scene of the map of {@code journey} drawn with {@code options}: one picture, its rows one under the other
     * (see {@link RenderOptions#page()} for how many touchpoints a row holds).
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public static Scene layout(Journey journey, RenderOptions options) {
        return layout(AnalysedJourney.of(journey), options);
    }

    /**
     * The scene of the map of {@code analysed}'s journey drawn with {@code options}, every figure taken from its
     * analysis. A persona's map shows that persona's route with the route's own analysis (their reach, funnel,
     * friction and hotspots), the same figures as {@code journey analyze --persona}.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public static Scene layout(AnalysedJourney analysed, RenderOptions options) {
        AnalysedJourney drawn = options.persona().map(id -> PersonaView.of(analysed, id)).orElse(analysed);
        return Fonts.measuring(() -> new JourneyLayout(JourneyGraph.of(drawn.journey()), drawn.analysis(),
                options.lanes(), options.typography(), options.page()).scene(options.page()));
    }

    /**
     * The map of {@code analysed}'s journey drawn with {@code options}, as {@link #layout(AnalysedJourney,
     * RenderOptions)} lays it out, to be drawn without holding it when it is large: each row is then laid out again
     * whenever the drawing is drawn, and forgotten once drawn (laying it out measures every row once; each drawing
     * lays every row out once more). The rows that fit a quarter of the memory Java may use, from the first, are kept
     * instead, and laid out once: all of them for any but the largest maps. The nodes drawn are those of the scene,
     * in its order.
     *
     * <p>{@code survey} sees every node once before this returns, in drawing order, but the background and the
     * stage columns before their heights are known (0): what a writer must know before it writes the first node
     * (the icons used, the styles shared), found while the map is measured instead of by drawing it once more.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public static Drawing drawing(AnalysedJourney analysed, RenderOptions options, Consumer<Node> survey) {
        AnalysedJourney drawn = options.persona().map(id -> PersonaView.of(analysed, id)).orElse(analysed);
        return drawing(drawn, options, survey, keptTouchpoints());
    }

    /**
     * As {@link #drawing}, the nodes of the first rows that together hold at most {@code keep} touchpoints kept, the
     * others laid out again (see {@link #keptTouchpoints}).
     */
    static Drawing drawing(AnalysedJourney drawn, RenderOptions options, Consumer<Node> survey, long keep) {
        return Fonts.measuring(() -> new JourneyLayout(JourneyGraph.of(drawn.journey()), drawn.analysis(),
                options.lanes(), options.typography(), options.page()).stacked(options.page(), keep, survey));
    }

    /** Every row kept, whatever its size: for a scene, which holds every node anyway. */
    static final long ALL_ROWS = Long.MAX_VALUE;

    /**
     * About what a kept row costs per touchpoint: the rows of 100,000 generated touchpoints held 324 MB after a full
     * collection (3.2 KB each), those of the benchmark's richer journey 4.5 KB each. Twice about that, for the
     * garbage a layout makes as it goes: a 512 MB heap keeps the rows of up to 16,000 touchpoints, so the map of
     * 10,000 is laid out once there instead of measured and then laid out again.
     */
    private static final long KEPT_BYTES_PER_TOUCHPOINT = 8 * 1024;

    /**
     * How many touchpoints' rows a drawing keeps from being measured to being drawn, instead of laying them out again:
     * as many as fit the {@link MemoryBudget}. Laying out again costs a third of the time; holding every row costs
     * memory in proportion to the journey, which a small heap or a journey of 100,000 touchpoints does not have. So
     * a map past the budget keeps most of its rows and lays out only the rest again (20,000 touchpoints in a 512 MB
     * heap: drawn 0.88x the time of keeping none). The nodes, and so the bytes drawn, are the same either way.
     */
    static long keptTouchpoints() {
        return MemoryBudget.units(KEPT_BYTES_PER_TOUCHPOINT);
    }

    /**
     * The pages of the map of {@code journey} drawn with {@code options}, each the size of the options' page
     * ({@link Page#A3} when it is {@link Page#AUTO}) in map units (see {@link PageLayout}): the title block, then
     * each row from a new page, continued on the next one when its lanes need more than a page. With
     * {@link Page#NONE}, one page: the whole map in one row.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public static List<Scene> pages(Journey journey, RenderOptions options) {
        return pages(AnalysedJourney.of(journey), options);
    }

    /**
     * The pages of the map of {@code analysed}'s journey drawn with {@code options}, every figure taken from its
     * analysis (see {@link #pages(Journey, RenderOptions)}).
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public static List<Scene> pages(AnalysedJourney analysed, RenderOptions options) {
        Page page = options.page() == Page.AUTO ? Page.A3 : options.page();
        if (page == Page.NONE) {
            return List.of(layout(analysed, options));
        }
        AnalysedJourney drawn = options.persona().map(id -> PersonaView.of(analysed, id)).orElse(analysed);
        return Fonts.measuring(() -> {
            JourneyLayout layout = new JourneyLayout(JourneyGraph.of(drawn.journey()), drawn.analysis(),
                    options.lanes(), options.typography(), page);
            return new PagedLayout(layout, layout.map, PageLayout.unitsWide(page), PageLayout.unitsHigh(page))
                    .pages(layout.rowPlan(page), layout.summary());
        });
    }

    /**
     * How many columns (touchpoints) a row holds on {@code page} when the map's smallest text ({@link #MIN_TEXT}
     * units) is printed at {@link Page#MIN_TEXT_POINTS}: at least one, however small the page.
     */
    public static int columnsPerRow(Page page) {
        if (!page.hasSize()) {
            return Integer.MAX_VALUE;
        }
        MapMetrics metrics = MapMetrics.of(page);
        double width = PageLayout.unitsWide(page);
        return Math.max(1, (int) Math.floor((width - 2 * MARGIN - metrics.gutter()) / metrics.column()));
    }

    /**
     * The rows of the map on {@code page}. A slide's rows are filled: a stage that does not fit the rest of a row
     * starts there when two of its touchpoints do, and goes on in the next row. Ten stages of ten touchpoints took
     * twenty slide rows of eight and two; filled, they take thirteen.
     */
    private List<RowPlan.Row> rowPlan(Page page) {
        int perRow = columnsPerRow(page);
        return map.metrics().compact() ? RowPlan.filled(journey.stages(), perRow, RowPlan.MIN_PART)
                : RowPlan.of(journey.stages(), perRow);
    }

    private Scene scene(Page page) {
        return stacked(page, ALL_ROWS, null).scene();
    }

    /**
     * The map's rows for {@code page}, laid out as {@link Stacked}: keeping the nodes of the first rows that together
     * hold at most {@code keep} touchpoints, laying the others out again when drawn; {@code survey}, when not null,
     * sees every node as {@link #drawing} says. Wrapping as for {@link Page#AUTO} measures the map in one row first.
     */
    private Stacked stacked(Page page, long keep, Consumer<Node> survey) {
        int columns = journey.stages().stream().mapToInt(s -> Math.max(1, s.touchpoints().size())).sum();
        if (page == Page.AUTO) {
            List<RowPlan.Row> one = RowPlan.of(journey.stages(), Integer.MAX_VALUE);
            // Measured without its cards, curves and cells (RowLayout.measuredBands), which only the map drawn
            // needs; laid out in full when its size needs them.
            List<RowLayout> oneRow = one.stream().map(r -> new RowLayout(map, r)).toList();
            Stacked measured = wholeKeyFitsOneLine(Math.max(MIN_WIDTH, right(oneRow) + MARGIN))
                    ? new Stacked(one, 0, null, true) : null;
            Stacked strip = measured != null && measured.sized ? measured : new Stacked(one, keep, null);
            if (strip.width() <= MAX_ASPECT * strip.height() || columns <= 1) {
                if (strip == measured) {
                    return new Stacked(one, keep, survey);
                }
                if (survey != null) {
                    strip.draw(survey);
                }
                return strip;
            }
            int perRow = autoColumns(strip, columns);
            // As many rows as that takes, but evenly filled: no last row with a single stage under long ones.
            int rows = RowPlan.of(journey.stages(), perRow).size();
            int even = (columns + rows - 1) / rows;
            List<RowPlan.Row> balanced = RowPlan.of(journey.stages(), even);
            return new Stacked(balanced.size() <= rows ? balanced : RowPlan.of(journey.stages(), perRow), keep,
                    survey);
        }
        return new Stacked(rowPlan(page), keep, survey);
    }

    /**
     * Below this many touchpoints a map's rows are laid out one after the other: a second thread would cost more than
     * it saves (the pool started, the layout's code run uncompiled on both).
     */
    static final int SIDE_BY_SIDE_TOUCHPOINTS = 500;

    /** Whether the rows of {@code plan} are laid out side by side (see {@link Stacked#sideBySide(double, int)}). */
    private static boolean laysOutSideBySide(List<RowPlan.Row> plan) {
        return plan.size() > 1 && plan.get(plan.size() - 1).to() - plan.get(0).from() >= SIDE_BY_SIDE_TOUCHPOINTS;
    }

    /** How many of the first rows of {@code plan} hold at most {@code keep} touchpoints (columns) together. */
    private static int keptRows(List<RowPlan.Row> plan, long keep) {
        long held = 0;
        int r = 0;
        while (r < plan.size() && (held += plan.get(r).columns()) <= keep) {
            r++;
        }
        return r;
    }

    /** The right edge of the widest of {@code rows}. */
    private double right(List<RowLayout> rows) {
        return rows.stream().mapToDouble(RowLayout::right).max().orElse(MARGIN + map.metrics().gutter());
    }

    /**
     * Whether every key there is fits the first line of the key of a map {@code width} wide; then the key of any map
     * that wide is one line, whatever its cards draw.
     */
    private boolean wholeKeyFitsOneLine(double width) {
        return Legend.fitsOneLine(EnumSet.allOf(Legend.Key.class), words, MARGIN + map.metrics().gutter(),
                width - MARGIN);
    }

    /** A map's width and height and its tallest row's height. */
    record Size(double width, double height, double rowHeight) {}

    /**
     * The size of {@code drawn}'s map in one row, measured without its cards ({@code measured}) or laid out in full;
     * empty when measuring alone cannot tell it (see {@link Stacked#sized}). The two must agree: the wrapping of an
     * automatic page is chosen from the first.
     */
    static Optional<Size> oneRow(AnalysedJourney drawn, RenderOptions options, boolean measured) {
        return Fonts.measuring(() -> {
            JourneyLayout layout = new JourneyLayout(JourneyGraph.of(drawn.journey()), drawn.analysis(),
                    options.lanes(), options.typography(), options.page());
            Stacked strip = layout.new Stacked(RowPlan.of(drawn.journey().stages(), Integer.MAX_VALUE), 0, null,
                    measured);
            return strip.sized ? Optional.of(new Size(strip.width(), strip.height(), strip.rowHeight))
                    : Optional.empty();
        });
    }

    /**
     * The most columns a row may hold for the map to be at most {@link #MAX_ASPECT} times as wide as high, estimated
     * from the one-row map {@code strip}: each row about as tall as its lanes are there.
     */
    private static int autoColumns(Stacked strip, int columns) {
        double rowHeight = strip.rowHeight + ROW_GAP;
        double head = strip.height() - strip.rowHeight;
        for (int perRow = columns; perRow > 1; perRow--) {
            int rows = (columns + perRow - 1) / perRow;
            double width = 2 * MARGIN + GUTTER + perRow * COLUMN;
            if (width <= MAX_ASPECT * (head + rows * rowHeight)) {
                return perRow;
            }
        }
        return 1;
    }

    /**
     * A map laid out in rows: its size, where each row lies, the height of its tallest row, and the nodes it draws
     * outside the rows (title block, personas, key). The first rows' own nodes are kept ({@code kept}), as many as
     * the memory allows; the others are laid out again whenever the map is drawn, which holds one of them at a time.
     */
    private final class Stacked implements Drawing {
        private final List<RowLayout> rows;
        private final double width;
        private final double height;
        private final double rowHeight;
        private final double[] tops;
        private final double[] bottoms;
        private final List<Node> head;
        private final List<Node> key;
        private final List<List<Node>> kept;
        private String summary;
        /** The texts measured laying the rows out, measured no more when they are laid out again to be drawn. */
        private final Fonts.Widths widths = Fonts.widths();

        /**
         * Whether {@link #width}, {@link #height} and {@link #rowHeight} are the map's: always for a map laid out,
         * and for one only measured ({@code measured}) when its key's height does not hang on its cards.
         */
        private final boolean sized;

        /**
         * Lays {@code plan} out; {@code survey}, when not null, sees every node as {@link JourneyLayout#drawing}
         * says.
         */
        Stacked(List<RowPlan.Row> plan, long keep, Consumer<Node> survey) {
            this(plan, keep, survey, false);
        }

        /**
         * Lays {@code plan} out, or with {@code measured} (and no {@code keep} nor {@code survey}) only measures
         * it, without the nodes of the lanes whose height they do not change (see {@link RowLayout#measuredBands}):
         * for its size alone, never to be drawn.
         */
        private Stacked(List<RowPlan.Row> plan, long keep, Consumer<Node> survey, boolean measured) {
            if (measured && (keep > 0 || survey != null)) {
                throw new IllegalArgumentException("a measured map keeps and surveys no node");
            }
            rows = plan.stream().map(r -> new RowLayout(map, r)).toList();
            double gutter = map.metrics().gutter();
            double right = right(rows);
            width = Math.max(MIN_WIDTH, right + MARGIN);
            head = new ArrayList<>();
            double y = titleBlock(head, width, MARGIN);
            if (map.lanes().contains(Lane.PERSONAS) && !journey.personas().isEmpty()) {
                Columns across = new Columns(new double[0], MARGIN + gutter, right);
                y = PersonaHeader.layout(head, journey.personas(), across, y, words) + 2 * LANE_GAP;
            }
            Consumer<Node> surveyed = survey == null ? n -> { } : mirrored(survey);
            // What is drawn before the rows, its heights not known yet.
            surveyed.accept(new Box(Role.BACKGROUND, 0, 0, width, 0, 0, 0, false));
            rows.forEach(row -> row.stageBands(0, 0).forEach(surveyed));
            head.forEach(surveyed);
            Set<Legend.Key> keys = EnumSet.noneOf(Legend.Key.class);
            keys.addAll(Legend.keysOf(head));
            int keptRows = keptRows(plan, keep);
            kept = new ArrayList<>(keptRows);
            tops = new double[rows.size()];
            bottoms = new double[rows.size()];
            double tallest = 0;
            List<List<RowLayout.Band>> laidOut = keptRows > 0 && laysOutSideBySide(plan.subList(0, keptRows))
                    ? sideBySide(y, keptRows) : null;
            for (int r = 0; r < rows.size(); r++) {
                double top = y + (r == 0 ? 0 : map.metrics().rowGap());
                List<RowLayout.Band> bands;
                if (r < keptRows) {
                    bands = laidOut == null ? rows.get(r).bands(top) : laidOut.get(r);
                    if (bands.get(0).top() != top) {
                        throw new IllegalStateException("row " + r + " was measured to a different top");
                    }
                    List<Node> nodes = new ArrayList<>();
                    bands.forEach(b -> nodes.addAll(b.nodes()));
                    keys.addAll(Legend.keysOf(nodes));
                    nodes.forEach(surveyed);
                    kept.add(nodes);
                } else {
                    Consumer<Node> passing = n -> {
                        keys.addAll(Legend.keysOf(List.of(n)));
                        surveyed.accept(n);
                    };
                    bands = measured ? rows.get(r).measuredBands(top, passing) : rows.get(r).bands(top, passing);
                }
                double bottom = bands.get(bands.size() - 1).bottom();
                tops[r] = top;
                bottoms[r] = bottom;
                tallest = Math.max(tallest, bottom - top);
                y = bottom;
            }
            rowHeight = tallest;
            // The cards' symbols are missing from a measured map's keys. Its key is as tall as the map's when the map
            // has a key (one card with a symbol is proof enough) and every key there is fits its first line.
            for (int r = 0; measured && keys.isEmpty() && r < rows.size(); r++) {
                keys.addAll(rows.get(r).firstCardKeys());
            }
            sized = !measured || !keys.isEmpty() && wholeKeyFitsOneLine(width);
            key = new ArrayList<>();
            if (!keys.isEmpty()) {
                y += 2 * LANE_GAP;
                key.addAll(Legend.layout(keys, words, MARGIN + gutter, width - MARGIN, y));
                y += Legend.height(keys, words, MARGIN + gutter, width - MARGIN);
            }
            key.forEach(surveyed);
            height = y + MARGIN;
        }

        /**
         * The first {@code count} rows laid out as {@link RowLayout#bands(double)} lays them out, from {@code y},
         * several at once: each row's top is found first from the rows measured before it
         * ({@link RowLayout#measuredBands}), then the rows are laid out on the common fork-join pool. A row's nodes
         * are the same whichever thread makes them.
         */
        private List<List<RowLayout.Band>> sideBySide(double y, int count) {
            double[] at = new double[count];
            for (int r = 0; r < count; r++) {
                at[r] = y + (r == 0 ? 0 : map.metrics().rowGap());
                List<RowLayout.Band> measured = rows.get(r).measuredBands(at[r], n -> { });
                y = measured.get(measured.size() - 1).bottom();
            }
            return IntStream.range(0, count).parallel()
                    .mapToObj(r -> Fonts.measuring(() -> rows.get(r).bands(at[r])))
                    .toList();
        }

        /** {@code action}, given each node mirrored first when the map runs right to left. */
        private Consumer<Node> mirrored(Consumer<Node> action) {
            return journey.direction() == TextDirection.RTL ? n -> action.accept(Mirror.of(n, width)) : action;
        }

        @Override
        public double width() {
            return width;
        }

        @Override
        public double height() {
            return height;
        }

        @Override
        public String title() {
            return journey.title();
        }

        @Override
        public String description() {
            if (summary == null) {
                summary = summary();
            }
            return summary;
        }

        @Override
        public String lang() {
            return journey.lang();
        }

        /** The background, every row's stage columns, the title block, the rows one by one, then the key. */
        @Override
        public void draw(Consumer<Node> action) {
            Consumer<Node> drawn = mirrored(action);
            beforeRows(drawn);
            for (int r = 0; r < rows.size(); r++) {
                row(r, drawn);
            }
            key.forEach(drawn);
        }

        /**
         * The nodes {@link #draw} hands, in parts: when rows are kept, what comes before them, each kept row, each
         * node of the rows laid out again a part of its own, as it is made (such a row is not held), then the key;
         * when none is kept, each node a part of its own.
         */
        @Override
        public void drawInParts(Consumer<List<Node>> parts) {
            if (kept.isEmpty()) {
                Drawing.super.drawInParts(parts);
                return;
            }
            parts.accept(collected(this::beforeRows));
            for (int r = 0; r < kept.size(); r++) {
                parts.accept(collected(kept.get(r)::forEach));
            }
            Consumer<Node> one = mirrored(node -> parts.accept(List.of(node)));
            for (int r = kept.size(); r < rows.size(); r++) {
                layOutAgain(r, one);
            }
            parts.accept(collected(key::forEach));
        }

        /** The nodes {@code drawing} hands to its action, mirrored as {@link #draw} mirrors them. */
        private List<Node> collected(Consumer<Consumer<Node>> drawing) {
            List<Node> nodes = new ArrayList<>();
            drawing.accept(mirrored(nodes::add));
            return nodes;
        }

        /** Hands what is drawn before the rows to {@code drawn}: the background, the stage columns, the title block. */
        private void beforeRows(Consumer<Node> drawn) {
            drawn.accept(new Box(Role.BACKGROUND, 0, 0, width, height, 0, 0, false));
            for (int r = 0; r < rows.size(); r++) {
                rows.get(r).stageBands(tops[r], bottoms[r]).forEach(drawn);
            }
            head.forEach(drawn);
        }

        /** Hands row {@code r}'s nodes to {@code drawn}: those kept, or laid out again. */
        private void row(int r, Consumer<Node> drawn) {
            if (r < kept.size()) {
                kept.get(r).forEach(drawn);
            } else {
                layOutAgain(r, drawn);
            }
        }

        /** Row {@code r} laid out again, each node handed to {@code drawn} as it is made. */
        private void layOutAgain(int r, Consumer<Node> drawn) {
            List<RowLayout.Band> bands = Fonts.measuring(widths, () -> rows.get(r).bands(tops[r], drawn));
            if (bands.get(bands.size() - 1).bottom() != bottoms[r]) {
                throw new IllegalStateException("row " + r + " laid out to a different height when drawn");
            }
        }

        /** The map as a scene holding its nodes. */
        Scene scene() {
            List<Node> nodes = new ArrayList<>();
            draw(nodes::add);
            return new Scene(width, height, title(), description(), lang(), nodes);
        }
    }

    /** Adds the title and the description from {@code top}; answers where what follows them starts. */
    double titleBlock(List<Node> out, double width, double top) {
        double textWidth = width - 2 * MARGIN;
        double y = top;
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
        List<String> provenance = provenance(textWidth);
        if (!provenance.isEmpty()) {
            out.add(text(Role.DESCRIPTION, 11, false, Anchor.START, provenance, MARGIN, y + 15, 15));
            y += provenance.size() * 15 + 4;
        }
        return y + 2 * LANE_GAP;
    }

    /**
     * The title block's account of where the map comes from: owner, version and date on one line, the research
     * sources with their sample sizes on up to two more; nothing when the journey says none of it.
     */
    private List<String> provenance(double width) {
        Provenance p = journey.settings().provenance();
        List<String> lines = new ArrayList<>();
        String first = String.join(" \u00b7 ", issue(p));
        if (!first.isEmpty()) {
            lines.add(TextWrap.line(first, 11, false, width));
        }
        if (!p.sources().isEmpty()) {
            String sources = words.get("title.sources", words.list(p.sources().stream()
                    .map(s -> s.sampleSize().isPresent()
                            ? words.get("title.sample", s.name(), s.sampleSize().getAsInt())
                            : s.name())
                    .toList()));
            lines.addAll(TextWrap.wrap(sources, 11, false, width, 2));
        }
        return lines;
    }

    /** Owner, version and date, each when the journey says it: what every page's head repeats after the title. */
    List<String> issue(Provenance p) {
        List<String> parts = new ArrayList<>();
        if (!p.owner().isBlank()) {
            parts.add(words.get("title.owner", p.owner()));
        }
        if (!p.version().isBlank()) {
            parts.add(words.get("title.version", p.version()));
        }
        p.date().ifPresent(d -> parts.add(words.date(d)));
        return parts;
    }

    /** The title block and the overview of the journey for a page {@code width} wide, from top to bottom. */
    List<Node> overview(double width, double top, double bottom) {
        List<Node> out = new ArrayList<>();
        double y = titleBlock(out, width, top);
        out.addAll(new OverviewLayout(journey, given, words, width).layout(y, bottom));
        return out;
    }

    String summary() {
        StringBuilder s = new StringBuilder(journey.description());
        if (!journey.personas().isEmpty()) {
            s.append(s.length() > 0 ? "\n" : "").append(words.get("summary.personas",
                    words.list(journey.personas().stream().map(Persona::name).toList())));
        }
        if (!journey.stages().isEmpty()) {
            s.append(s.length() > 0 ? "\n" : "").append(words.get("summary.stages",
                    words.list(journey.stages().stream().map(Stage::name).toList())));
        }
        List<Touchpoint> touchpoints = map.touchpoints();
        List<String> painful = touchpoints.stream().filter(t -> !t.painPoints().isEmpty()).map(Touchpoint::name)
                .toList();
        if (!painful.isEmpty()) {
            s.append('\n').append(words.get("summary.painPoints", words.list(painful)));
        }
        List<String> hotspots = analysis
                .map(a -> new FrictionLane(a, touchpoints, new Columns(new double[0], 0, 0), words, false).hotspots())
                .orElse(List.of());
        if (!hotspots.isEmpty()) {
            s.append('\n').append(words.get("summary.hotspots", words.list(hotspots)));
        }
        return s.toString();
    }

    /** The label of a lane, in the standard map's gutter left of it. */
    static TextBlock laneLabel(String label, double baseline) {
        return laneLabel(label, baseline, GUTTER - 16);
    }

    /** The label of a lane, in the gutter left of {@code columns}. */
    static TextBlock laneLabel(String label, double baseline, Columns columns) {
        return laneLabel(label, baseline, columns.labelWidth());
    }

    /** The label of a lane on at most two lines of {@code width}, in the gutter left of it. */
    static TextBlock laneLabel(String label, double baseline, double width) {
        List<String> lines = TextWrap.wrap(label, 12, true, width, 2);
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
