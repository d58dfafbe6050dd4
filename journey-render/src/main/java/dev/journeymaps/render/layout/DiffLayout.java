package dev.journeymaps.render.layout;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.TextDirection;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.diff.JourneyDiff;
import dev.journeymaps.model.diff.TouchpointChange;
import dev.journeymaps.model.diff.TouchpointSide;
import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.PathOp;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lays out the comparison of a journey's current and future state as one map: both emotion curves over the same
 * touchpoint columns with the gap between them shaded (better or worse), a card per touchpoint saying whether it was
 * added, removed or changed with its friction, reach and hotspot before and after, and the hotspots that went, came
 * and stayed under it.
 */
public final class DiffLayout {

    static final double MARGIN = 32;
    static final double AXIS_WIDTH = 96;
    static final double COLUMN = 156;
    static final double CHART_TOP = 132;
    static final double CHART_HEIGHT = 200;
    static final double CARD_GAP = 12;
    static final double CARD_HEIGHT = 176;
    static final double LINE = 15;

    private final List<Node> nodes = new ArrayList<>();
    private final Words words;

    private DiffLayout(Words words) {
        this.words = words;
    }

    /**
     * The scene of the comparison of {@code current} with {@code future} ({@code diff} is their comparison, from
     * {@link dev.journeymaps.model.diff.JourneyDiffer}).
     */
    public static Scene layout(Journey current, Journey future, JourneyDiff diff) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(future, "future");
        Objects.requireNonNull(diff, "diff");
        return new DiffLayout(Words.forMap(future)).scene(current, future, diff);
    }

    /** One column: what became of a touchpoint, and how customers felt there before and after. */
    private record Column(TouchpointChange change, Optional<Double> before, Optional<Double> after) {}

    private Scene scene(Journey current, Journey future, JourneyDiff diff) {
        List<Column> columns = columns(current, future, diff);
        double width = Math.max(880, 2 * MARGIN + AXIS_WIDTH + columns.size() * COLUMN);
        String title = words.get("diff.title", TextWrap.clean(future.title()));
        String score = words.get("diff.score", words.decimal(diff.experienceBefore(), 0),
                words.decimal(diff.experienceAfter(), 0), signed(diff.experienceChange(), "%.0f"));
        nodes.add(new Box(Role.BACKGROUND, 0, 0, width, 1, 0, 0, false)); // resized below, once the height is known
        text(Role.TITLE, 22, true, MARGIN, 44, width - 2 * MARGIN, 2, title);
        text(Role.METRIC_TEXT, 15, true, MARGIN, 72, width - 2 * MARGIN, 1, score);
        text(Role.DESCRIPTION, 12, false, MARGIN, 94, width - 2 * MARGIN, 2,
                words.get("diff.legend", TextWrap.clean(future.id()), TextWrap.clean(current.id())));
        chart(columns, width);
        double cardsBottom = cards(columns);
        double height = summary(diff, width, cardsBottom + 28) + MARGIN;
        nodes.set(0, new Box(Role.BACKGROUND, 0, 0, width, height, 0, 0, false));
        // A right-to-left team reads both curves from the right, as it reads its own map.
        List<Node> drawn = future.direction() == TextDirection.RTL ? Mirror.of(nodes, width) : nodes;
        return new Scene(width, height, title, score + ". " + summaryLine(diff), future.lang(), drawn);
    }

    /**
     * The columns in the future state's order, each removed touchpoint placed after the touchpoint it followed in the
     * current state, so that both curves read left to right as customers walk.
     */
    private static List<Column> columns(Journey current, Journey future, JourneyDiff diff) {
        List<TouchpointChange> ordered = new ArrayList<>();
        Set<TouchpointChange> placed = new HashSet<>();
        List<TouchpointChange> inCurrentOrder = diff.touchpoints().stream().filter(c -> c.before().isPresent())
                .toList();
        for (Touchpoint t : future.touchpoints()) {
            diff.touchpoints().stream().filter(c -> c.after().map(a -> a.id().equals(t.id())).orElse(false))
                    .findFirst().ifPresent(c -> {
                        if (c.before().isPresent()) {
                            // The removed touchpoints that came before this one today go first.
                            for (TouchpointChange earlier : inCurrentOrder) {
                                if (earlier == c) {
                                    break;
                                }
                                if (earlier.after().isEmpty() && placed.add(earlier)) {
                                    ordered.add(earlier);
                                }
                            }
                        }
                        placed.add(c);
                        ordered.add(c);
                    });
        }
        diff.touchpoints().stream().filter(placed::add).forEach(ordered::add);
        Function<Optional<TouchpointSide>, Optional<Double>> emotionBefore = side -> side.flatMap(
                s -> current.touchpoint(s.id())).flatMap(Touchpoint::meanEmotion);
        Function<Optional<TouchpointSide>, Optional<Double>> emotionAfter = side -> side.flatMap(
                s -> future.touchpoint(s.id())).flatMap(Touchpoint::meanEmotion);
        return ordered.stream()
                .map(c -> new Column(c, emotionBefore.apply(c.before()), emotionAfter.apply(c.after())))
                .toList();
    }

    private static double x(int column) {
        return MARGIN + AXIS_WIDTH + column * COLUMN + COLUMN / 2;
    }

    private static double y(double emotion) {
        return CHART_TOP + (2 - emotion) / 4 * CHART_HEIGHT;
    }

    private void chart(List<Column> columns, double width) {
        double left = MARGIN + AXIS_WIDTH;
        double right = width - MARGIN;
        nodes.add(new Box(Role.EMOTION_LANE, left, CHART_TOP - 14, right - left, CHART_HEIGHT + 28, 6, 0, false));
        nodes.add(new Path(Role.EMOTION_ZERO, List.of(new MoveTo(left, y(0)), new LineTo(right, y(0))), false, true));
        for (Emotion emotion : Emotion.values()) {
            int score = emotion.score();
            String label = words.emotion(emotion) + " " + signed(score, "%.0f");
            nodes.add(new TextBlock(Role.AXIS_LABEL, 11, false, Anchor.END,
                    List.of(new TextLine(label, left - 8, y(score) + 4)), TextWrap.width(label, 11, false)));
        }
        shading(columns);
        curve(columns, Column::before, 1);
        curve(columns, Column::after, 0);
    }

    /**
     * Between neighbouring columns where both states have an emotion, the gap between the curves, split where they
     * cross; and at every column where the two differ, a bar between the two points, so that a change next to an added
     * or removed touchpoint shows too.
     */
    private void shading(List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.before().isPresent() && c.after().isPresent() && !c.before().equals(c.after())) {
                double x = x(i);
                nodes.add(new Path(c.after().get() > c.before().get() ? Role.DIFF_GAIN : Role.DIFF_LOSS, List.of(
                        new MoveTo(x - 5, y(c.before().get())), new LineTo(x + 5, y(c.before().get())),
                        new LineTo(x + 5, y(c.after().get())), new LineTo(x - 5, y(c.after().get()))), true, false));
            }
        }
        for (int i = 0; i + 1 < columns.size(); i++) {
            Column a = columns.get(i);
            Column b = columns.get(i + 1);
            if (a.before().isEmpty() || a.after().isEmpty() || b.before().isEmpty() || b.after().isEmpty()) {
                continue;
            }
            double da = a.after().get() - a.before().get();
            double db = b.after().get() - b.before().get();
            double x0 = x(i);
            double x1 = x(i + 1);
            if (da * db < 0) {
                double t = da / (da - db);
                double xc = x0 + t * (x1 - x0);
                double ec = a.before().get() + t * (b.before().get() - a.before().get());
                gap(x0, a.before().get(), a.after().get(), xc, ec, ec, da);
                gap(xc, ec, ec, x1, b.before().get(), b.after().get(), db);
            } else {
                gap(x0, a.before().get(), a.after().get(), x1, b.before().get(), b.after().get(), da + db);
            }
        }
    }

    private void gap(double x0, double before0, double after0, double x1, double before1, double after1, double sign) {
        if (Math.abs(sign) < 1e-9 && before0 == after0 && before1 == after1) {
            return;
        }
        nodes.add(new Path(sign > 0 ? Role.DIFF_GAIN : Role.DIFF_LOSS, List.of(
                new MoveTo(x0, y(before0)), new LineTo(x1, y(before1)), new LineTo(x1, y(after1)),
                new LineTo(x0, y(after0))), true, false));
    }

    /** One state's curve through the columns that have an emotion, broken where a column has none. */
    private void curve(List<Column> columns, Function<Column, Optional<Double>> emotion, int level) {
        List<PathOp> run = new ArrayList<>();
        for (int i = 0; i <= columns.size(); i++) {
            Optional<Double> e = i < columns.size() ? emotion.apply(columns.get(i)) : Optional.empty();
            if (e.isPresent()) {
                run.add(run.isEmpty() ? new MoveTo(x(i), y(e.get())) : new LineTo(x(i), y(e.get())));
            } else {
                if (run.size() > 1) {
                    nodes.add(new Path(Role.EMOTION_CURVE, run, false, false, level));
                }
                run = new ArrayList<>();
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            Optional<Double> e = emotion.apply(columns.get(i));
            if (e.isPresent()) {
                nodes.add(new Marker(Role.EMOTION_POINT, level == 0 ? Scene.Shape.CIRCLE : Scene.Shape.DIAMOND,
                        x(i), y(e.get()), level == 0 ? 6 : 5, (int) Math.round(e.get())));
            }
        }
    }

    /** A card per column under the chart; answers the y of the cards' bottom. */
    private double cards(List<Column> columns) {
        double top = CHART_TOP + CHART_HEIGHT + 14 + 24;
        for (int i = 0; i < columns.size(); i++) {
            TouchpointChange c = columns.get(i).change();
            double left = x(i) - COLUMN / 2 + CARD_GAP / 2;
            double inner = COLUMN - CARD_GAP - 16;
            List<Node> card = new ArrayList<>();
            card.add(new Box(Role.CARD, left, top, COLUMN - CARD_GAP, CARD_HEIGHT, 6, 0,
                    c.kind() == TouchpointChange.Kind.REMOVED));
            String kind = words.get("diff.kind." + c.kind().label());
            card.add(new Box(Role.DIFF_BADGE, left + 8, top + 8, TextWrap.width(kind, 10, true) + 12, 17, 8,
                    c.kind().ordinal(), false));
            card.add(new TextBlock(Role.DIFF_BADGE_TEXT, 10, true, Anchor.START,
                    List.of(new TextLine(kind, left + 14, top + 20)), 0));
            double y = top + 44;
            List<String> name = TextWrap.wrap(c.name(), 12, true, inner, 3);
            card.add(lines(Role.CARD_NAME, 12, true, left + 8, y, name));
            y += name.size() * LINE + 6;
            for (Row row : rows(c)) {
                List<String> wrapped = TextWrap.wrap(row.text(), 11, false, inner, 2);
                card.add(lines(row.role(), 11, false, left + 8, y, wrapped));
                y += wrapped.size() * 14;
            }
            for (String change : c.changes().stream().limit(2).toList()) {
                List<String> wrapped = TextWrap.wrap(change, 10, false, inner, 1);
                card.add(lines(Role.DETAIL_TEXT, 10, false, left + 8, y, wrapped));
                y += 13;
            }
            nodes.add(new Scene.Group(Role.TOUCHPOINT, tooltip(c), card));
        }
        return top + CARD_HEIGHT;
    }

    /** A line of a card, drawn in the colour of what it says (figures, or a hotspot). */
    private record Row(String text, Role role) {}

    /** Friction, reach and hotspot of a touchpoint before → after, in the words of the table. */
    private List<Row> rows(TouchpointChange c) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(words.get("diff.friction", side(c.before(), s -> number(s.friction())),
                side(c.after(), s -> number(s.friction()))), Role.METRIC_TEXT));
        rows.add(new Row(words.get("diff.reach", side(c.before(), s -> percent(s.reach())),
                side(c.after(), s -> percent(s.reach()))), Role.METRIC_TEXT));
        Optional<Integer> was = c.before().flatMap(TouchpointSide::hotspotRank);
        Optional<Integer> is = c.after().flatMap(TouchpointSide::hotspotRank);
        if (was.isPresent() && is.isPresent()) {
            rows.add(new Row(words.get("diff.hotspotRemains", was.get(), is.get()), Role.PAIN_TEXT));
        } else if (was.isPresent()) {
            rows.add(new Row(words.get("diff.hotspotGone", was.get()), Role.PAIN_TEXT));
        } else if (is.isPresent()) {
            rows.add(new Row(words.get("diff.hotspotNew", is.get()), Role.PAIN_TEXT));
        }
        return rows;
    }

    private static String side(Optional<TouchpointSide> side, Function<TouchpointSide, String> show) {
        return side.map(show).orElse("—");
    }

    private String tooltip(TouchpointChange c) {
        StringBuilder b = new StringBuilder(words.get("diff.kind." + c.kind().label())).append(": ")
                .append(TextWrap.clean(c.name()));
        rows(c).forEach(r -> b.append('\n').append(r.text()));
        c.changes().forEach(ch -> b.append('\n').append(TextWrap.clean(ch)));
        return b.toString();
    }

    /** The hotspots that went, came and stayed; answers the y under the last line. */
    private double summary(JourneyDiff diff, double width, double top) {
        double y = top;
        y = summaryLine(Role.OPPORTUNITY_TEXT, "diff.hotspotsGone", diff.hotspotsGone(), c -> c.before(), width, y);
        y = summaryLine(Role.PAIN_TEXT, "diff.hotspotsNew", diff.hotspotsNew(), c -> c.after(), width, y);
        return summaryLine(Role.METRIC_TEXT, "diff.hotspotsRemaining", diff.hotspotsRemaining(), c -> c.after(),
                width, y);
    }

    private double summaryLine(Role role, String key, List<TouchpointChange> changes,
            Function<TouchpointChange, Optional<TouchpointSide>> side, double width, double y) {
        String list = changes.isEmpty() ? words.get("diff.none") : changes.stream()
                .map(c -> TextWrap.clean(side.apply(c).map(TouchpointSide::name).orElse(c.name()))
                        + side.apply(c).flatMap(TouchpointSide::hotspotRank).map(r -> " (#" + words.count(r) + ")").orElse(""))
                .collect(Collectors.joining("; "));
        List<String> wrapped = TextWrap.wrap(words.get(key, list), 13, false, width - 2 * MARGIN, 4);
        nodes.add(lines(role, 13, false, MARGIN, y, wrapped));
        return y + wrapped.size() * 18 + 4;
    }

    private String summaryLine(JourneyDiff diff) {
        return words.get("diff.summary", diff.hotspotsGone().size(), diff.hotspotsNew().size(),
                diff.hotspotsRemaining().size());
    }

    private void text(Role role, double size, boolean bold, double x, double y, double maxWidth, int maxLines,
            String text) {
        nodes.add(lines(role, size, bold, x, y, TextWrap.wrap(text, size, bold, maxWidth, maxLines)));
    }

    private static TextBlock lines(Role role, double size, boolean bold, double x, double y, List<String> lines) {
        List<TextLine> placed = new ArrayList<>();
        double widest = 0;
        for (int i = 0; i < lines.size(); i++) {
            placed.add(new TextLine(lines.get(i), x, y + i * size * 1.3));
            widest = Math.max(widest, TextWrap.width(lines.get(i), size, bold));
        }
        return new TextBlock(role, size, bold, Anchor.START, placed, widest);
    }

    private String number(double v) {
        return words.decimal(v, 2);
    }

    private String percent(double v) {
        return words.shown(String.format(Locale.ROOT, "%.0f%%", 100 * v));
    }

    private String signed(double v, String format) {
        String s = String.format(Locale.ROOT, format, Math.abs(v));
        return words.shown((Math.round(v * 100) > 0 ? "+" : Math.round(v * 100) < 0 ? "−" : "±") + s);
    }
}
