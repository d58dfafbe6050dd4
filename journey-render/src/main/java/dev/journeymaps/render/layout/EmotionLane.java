package dev.journeymaps.render.layout;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.Shape;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The emotion lane: a smooth curve through each touchpoint's emotion on the -2..+2 scale, drawn over the band's full
 * height, with the five named levels as ticks (angry .. delighted, in the map's words), a dashed zero line, and a
 * point per touchpoint with its score written beside it. The lowest and the highest point carry the step's pain point
 * or thought, cut to fit, in full in their tooltip. When two or more personas have emotions of their own, each
 * persona gets its own curve, told apart by colour, dash and marker shape (never by colour alone), with a legend.
 *
 * <p>On a slide the lane is lower (its levels 11 units apart instead of 28), the levels' names stand in the gutter
 * right of the lane's label (the first point is half a narrow card from the lane's edge, too close for them) or,
 * where the label and the names do not fit side by side or personas' curves need the gutter for their legend, the
 * levels' scores; and the notes on the lowest and highest point are left out: they need a row of their own above and
 * below the curve, which two rows on a slide do not have.
 */
final class EmotionLane {

    /** Above the highest level and below the lowest: a row for the note of the highest and the lowest point. */
    private static final double INSET = 26;
    /** The distance between two named levels. */
    private static final double LEVEL = 28;
    /** On a slide: above the highest level and below the lowest, room for half a line of its name. */
    private static final double COMPACT_INSET = 10;
    /** On a slide: the distance between two levels, about a line of their names. */
    private static final double COMPACT_LEVEL = 11;
    /** The gap between the lane's label and the levels' names in the gutter, and between the names and the lane. */
    private static final double GUTTER_GAP = 6;
    /** The widest a tick's name may be, so the ticks stay clear of the first point. */
    private static final double TICK_TEXT = 70;
    private static final List<Emotion> LEVELS = List.of(Emotion.DELIGHTED, Emotion.HAPPY, Emotion.NEUTRAL,
            Emotion.FRUSTRATED, Emotion.ANGRY);
    private static final Shape[] SHAPES = {Shape.CIRCLE, Shape.STOP, Shape.TRIANGLE, Shape.DIAMOND, Shape.STAR};

    private final Journey journey;
    private final List<Touchpoint> touchpoints;
    private final Extremes extremes;
    private final Columns columns;
    private final Words words;
    private final boolean compact;
    private final double inset;
    private final double level;

    /**
     * The lane of a row's {@code touchpoints}; {@code extremes}: the whole journey's, as {@link #extremes} finds;
     * {@code compact}: whether it takes its slide form.
     */
    EmotionLane(Journey journey, List<Touchpoint> touchpoints, Extremes extremes, Columns columns, Words words,
            boolean compact) {
        this.words = words;
        this.compact = compact;
        this.inset = compact ? COMPACT_INSET : INSET;
        this.level = compact ? COMPACT_LEVEL : LEVEL;
        this.journey = journey;
        this.touchpoints = touchpoints;
        this.extremes = extremes;
        this.columns = columns;
    }

    /**
     * The journey's lowest and highest emotion score and the first touchpoint in journey order that has each;
     * {@code low < high} only when the scores differ.
     */
    record Extremes(double low, String lowId, double high, String highId) {}

    /**
     * The extremes of {@code journey} (its {@code touchpoints} in map order), each touchpoint scored as the curves
     * score it: each persona's own emotion, else the touchpoint's; or the mean. Found once per map, not per row.
     */
    static Extremes extremes(Journey journey, List<Touchpoint> touchpoints) {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        String lowId = "";
        String highId = "";
        List<Persona> personas = curvePersonas(journey, touchpoints);
        for (Touchpoint t : touchpoints) {
            List<Double> scores = personas.isEmpty() ? t.meanEmotion().stream().toList()
                    : personas.stream().filter(p -> t.involves(p.id()))
                            .flatMap(p -> t.emotionOf(p.id()).stream()).map(e -> (double) e.score()).toList();
            for (double score : scores) {
                if (score < low) {
                    low = score;
                    lowId = t.id();
                }
                if (score > high) {
                    high = score;
                    highId = t.id();
                }
            }
        }
        return new Extremes(low, lowId, high, highId);
    }

    boolean hasContent() {
        return touchpoints.stream().anyMatch(Touchpoint::hasEmotion);
    }

    /** The personas that get a curve of their own: those with own emotions, when there are at least two. */
    private List<Persona> curvePersonas() {
        return curvePersonas(journey, touchpoints);
    }

    private static List<Persona> curvePersonas(Journey journey, List<Touchpoint> touchpoints) {
        Set<String> own = new LinkedHashSet<>();
        touchpoints.forEach(t -> own.addAll(t.emotionByPersona().keySet()));
        List<Persona> personas = journey.personas().stream().filter(p -> own.contains(p.id())).toList();
        return personas.size() >= 2 ? personas : List.of();
    }

    /** The height of the lane without personas' curves: the five levels and a row above and below them. */
    private double minHeight() {
        return 2 * inset + 4 * level;
    }

    /** The bottom of the lane laid out at {@code top}: its height is its levels' and its personas' key's. */
    double bottom(double top) {
        return top + height(curvePersonas());
    }

    private double height(List<Persona> personas) {
        return Math.max(minHeight(), legendTop() + personas.size() * 16 + (compact ? 4 : 0));
    }

    /** Where the key of the personas' curves starts below the lane's top. */
    private double legendTop() {
        return compact ? 34 : 40;
    }

    /** Adds the lane at {@code top}; answers its bottom ({@link #bottom}). */
    double layout(List<Node> out, double top) {
        List<Persona> personas = curvePersonas();
        double legendTop = legendTop();
        double height = height(personas);
        double left = columns.left();
        out.add(new Box(Role.EMOTION_LANE, left, top, columns.right() - left, height, 6, 0, false));
        String label = words.get("lane.emotion");
        // The gutter right of the label, for the levels' names on a slide: named when label and names fit side by side.
        double gutter = columns.labelWidth() + 16 - GUTTER_GAP;
        boolean named = !compact || personas.isEmpty()
                && TextWrap.width(label, 12, true) + GUTTER_GAP + widestLevel(true) <= gutter;
        double ticks = compact ? gutterTicks(out, left, top, height, named) : ticks(out, left, top, height);
        double zero = y(top, height, 0);
        out.add(new Path(Role.EMOTION_ZERO, List.of(new MoveTo(left + ticks, zero), new LineTo(columns.right(), zero)),
                false, true));
        out.add(compact ? JourneyLayout.laneLabel(label, top + 18, gutter - widestLevel(named) - GUTTER_GAP)
                : JourneyLayout.laneLabel(label, top + 18));
        List<Point> points = new ArrayList<>();
        if (personas.isEmpty()) {
            curve(out, points, top, height, 0, t -> t.meanEmotion());
        } else {
            for (int p = 0; p < personas.size(); p++) {
                Persona persona = personas.get(p);
                curve(out, points, top, height, p, t -> t.involves(persona.id())
                        ? t.emotionOf(persona.id()).map(e -> (double) e.score())
                        : Optional.empty());
                legend(out, persona, p, top + legendTop + p * 16, gutter - widestLevel(named) - GUTTER_GAP);
            }
        }
        if (!compact) {
            notes(out, points, top, height);
        }
        return top + height;
    }

    /** The widest of the levels' names ({@code named}) or scores, as the gutter shows them on a slide. */
    private double widestLevel(boolean named) {
        double widest = 0;
        for (Emotion e : LEVELS) {
            widest = Math.max(widest, TextWrap.width(named ? words.emotion(e) : words.shown(score(e.score())), 10,
                    false));
        }
        return widest;
    }

    /**
     * The five levels in the gutter, their names ({@code named}) or scores ending beside a tick on the lane's left
     * edge; answers how far into the lane they reach: not at all.
     */
    private double gutterTicks(List<Node> out, double left, double top, double height, boolean named) {
        for (Emotion e : LEVELS) {
            double y = y(top, height, e.score());
            String text = named ? words.emotion(e) : words.shown(score(e.score()));
            out.add(new Path(Role.EMOTION_ZERO, List.of(new MoveTo(left - 4, y), new LineTo(left, y)), false, false));
            out.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.END, List.of(text), left - GUTTER_GAP,
                    y + 3.5, 12));
        }
        return 0;
    }

    /** The five named levels down the lane's left edge; answers how far in they reach. */
    private double ticks(List<Node> out, double left, double top, double height) {
        double widest = 0;
        for (Emotion level : LEVELS) {
            String name = TextWrap.line(words.emotion(level), 10, false, TICK_TEXT);
            double y = y(top, height, level.score());
            out.add(new Path(Role.EMOTION_ZERO, List.of(new MoveTo(left, y), new LineTo(left + 4, y)), false, false));
            out.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.START, List.of(name), left + 7, y + 3.5,
                    12));
            widest = Math.max(widest, TextWrap.width(name, 10, false));
        }
        return 7 + widest + 6;
    }

    /** A drawn point: where it is, its score and its touchpoint. */
    private record Point(double x, double y, double score, Touchpoint touchpoint) {}

    /**
     * The note of the journey's lowest point (its pain point, else its thought) in the row under the curve and of its
     * highest (its thought, else its pain point) in the row above it, each joined to its point by a dotted leader; a
     * step that says neither is named instead. The extremes are the whole journey's, the first in journey order, so a
     * wrapped map notes each once, in the row that holds it. Nothing when every point scores the same.
     */
    private void notes(List<Node> out, List<Point> points, double top, double height) {
        double[] range = {extremes.low(), extremes.high()};
        String[] ids = {extremes.lowId(), extremes.highId()};
        if (!(range[0] < range[1])) {
            return;
        }
        for (Point p : points) {
            Touchpoint t = p.touchpoint();
            if (t.id().equals(ids[1]) && p.score() == range[1]) {
                note(out, p, pain(t).isEmpty() || !t.thought().isBlank() ? thought(t) : pain(t), top + INSET - 13,
                        top);
                ids[1] = "";
            } else if (t.id().equals(ids[0]) && p.score() == range[0]) {
                note(out, p, pain(t).isEmpty() ? thought(t) : pain(t), top + height - 8, top);
                ids[0] = "";
            }
        }
    }

    private void note(List<Node> out, Point p, String said, double baseline, double top) {
        String text = said.isBlank() ? p.touchpoint().name() : said;
        if (text.isBlank()) {
            return;
        }
        double room = Math.min(2 * columns.cardWidth(), columns.right() - columns.left() - 8);
        String line = TextWrap.line(text, 10, false, room);
        double width = TextWrap.width(line, 10, false);
        double x = Math.max(columns.left() + 4, Math.min(columns.right() - 4 - width, p.x() - width / 2));
        boolean above = baseline < p.y();
        double from = above ? baseline + 3 : baseline - 11;
        double to = above ? p.y() - 7 : p.y() + 7;
        List<Node> parts = new ArrayList<>();
        if (Math.abs(to - from) > 2) {
            parts.add(new Path(Role.EMOTION_ZERO, List.of(new MoveTo(p.x(), from), new LineTo(p.x(), to)), false,
                    true));
        }
        parts.add(JourneyLayout.text(Role.THOUGHT_TEXT, 10, false, Anchor.START, List.of(line), x, baseline, 12));
        String name = p.touchpoint().name();
        out.add(new Group(Role.EMOTION_NOTE, p.touchpoint().id(), said.isBlank() ? name : name + "\n" + said, parts));
    }

    private String thought(Touchpoint t) {
        String thought = t.thought().strip();
        return thought.isEmpty() || "\"\u201c\u201e\u00ab'".indexOf(thought.charAt(0)) >= 0 ? thought
                : words.quoted(thought);
    }

    /** The worst pain point's text, the first of the most severe. */
    private static String pain(Touchpoint t) {
        PainPoint worst = null;
        for (PainPoint p : t.painPoints()) {
            if (worst == null || p.severity().compareTo(worst.severity()) > 0) {
                worst = p;
            }
        }
        return worst == null ? "" : worst.text();
    }

    /** A persona's entry in the curves' legend, in the gutter; {@code room}: the gutter's width on a slide. */
    private void legend(List<Node> out, Persona persona, int index, double baseline, double room) {
        double x = JourneyLayout.MARGIN;
        String name = TextWrap.line(persona.name(), 10, false, compact ? room - 22 : JourneyLayout.GUTTER - 30);
        out.add(new Group(Role.EMOTION_LEGEND, persona.name(), List.of(
                new Path(Role.EMOTION_CURVE, List.of(new MoveTo(x, baseline - 4), new LineTo(x + 16, baseline - 4)),
                        false, false, index),
                new Marker(Role.EMOTION_POINT, SHAPES[index % SHAPES.length], x + 8, baseline - 4, 3.5, 0),
                JourneyLayout.text(Role.LANE_LABEL, 10, false, Anchor.START, List.of(name), x + 22, baseline, 12))));
    }

    private void curve(List<Node> out, List<Point> points, double top, double height, int index,
            Function<Touchpoint, Optional<Double>> score) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < touchpoints.size(); i++) {
            Touchpoint t = touchpoints.get(i);
            Optional<Double> s = score.apply(t);
            if (seen.add(t.id()) && s.isPresent()) {
                xs.add(columns.cardX()[i] + columns.cardWidth() / 2);
                ys.add(y(top, height, s.get()));
                levels.add((int) Math.round(s.get()));
                scores.add(s.get());
                points.add(new Point(xs.get(xs.size() - 1), ys.get(ys.size() - 1), s.get(), t));
            }
        }
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        if (x.length > 1) {
            out.add(new Path(Role.EMOTION_CURVE, EmotionCurve.through(x, y), false, false, index));
        }
        Shape shape = SHAPES[index % SHAPES.length];
        for (int i = 0; i < x.length; i++) {
            out.add(new Marker(Role.EMOTION_POINT, shape, x[i], y[i], 6, levels.get(i)));
            // The score at its point's upper right; on the top level at its lower right, clear of the notes' row.
            double baseline = scores.get(i) >= 1.5 ? y[i] + 12 : y[i] - 5;
            out.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.START, List.of(words.shown(score(scores.get(i)))),
                    x[i] + 9, baseline, 12));
        }
    }

    /**
     * A score as the scale reads it: {@code +2}, {@code 0}, {@code −1}, {@code +0.5}. A left-to-right mark leads it, so
     * that a right-to-left map still writes the sign before the number (a sign and digits alone take the map's
     * direction and would read {@code 2−}).
     */
    static String score(double score) {
        String number = LaneContent.number(Math.abs(score));
        return "\u200e" + (number.equals("0") ? "0" : (score > 0 ? "+" : "\u2212") + number);
    }

    private double y(double top, double height, double score) {
        double inner = 4 * level;
        top += (height - minHeight()) / 2;
        return top + inset + (Emotion.MAX - score) / (Emotion.MAX - Emotion.MIN) * inner;
    }
}
