package dev.journeymaps.render.layout;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
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
 * The emotion lane: a smooth curve through each touchpoint's emotion on the -2..+2 scale, with a point per
 * touchpoint and a dashed zero line. When two or more personas have emotions of their own, each persona gets its
 * own curve, told apart by colour, dash and marker shape (never by colour alone), with a legend.
 */
final class EmotionLane {

    static final double MIN_HEIGHT = 140;
    private static final double INSET = 18;
    private static final Shape[] SHAPES = {Shape.CIRCLE, Shape.STOP, Shape.TRIANGLE, Shape.DIAMOND, Shape.STAR};

    private final Journey journey;
    private final List<Touchpoint> touchpoints;
    private final Columns columns;
    private final Words words;

    EmotionLane(Journey journey, List<Touchpoint> touchpoints, Columns columns, Words words) {
        this.words = words;
        this.journey = journey;
        this.touchpoints = touchpoints;
        this.columns = columns;
    }

    boolean hasContent() {
        return touchpoints.stream().anyMatch(Touchpoint::hasEmotion);
    }

    /** The personas that get a curve of their own: those with own emotions, when there are at least two. */
    private List<Persona> curvePersonas() {
        Set<String> own = new LinkedHashSet<>();
        touchpoints.forEach(t -> own.addAll(t.emotionByPersona().keySet()));
        List<Persona> personas = journey.personas().stream().filter(p -> own.contains(p.id())).toList();
        return personas.size() >= 2 ? personas : List.of();
    }

    /** Adds the lane at {@code top}; answers its bottom. */
    double layout(List<Node> out, double top) {
        List<Persona> personas = curvePersonas();
        double height = Math.max(MIN_HEIGHT, 40 + personas.size() * 16);
        double left = columns.left();
        out.add(new Box(Role.EMOTION_LANE, left, top, columns.right() - left, height, 6, 0, false));
        double zero = y(top, height, 0);
        out.add(new Path(Role.EMOTION_ZERO, List.of(new MoveTo(left, zero), new LineTo(columns.right(), zero)),
                false, true));
        out.add(JourneyLayout.laneLabel(words.get("lane.emotion"), top + 18));
        out.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.START, List.of(words.emotion(Emotion.DELIGHTED)), left + 6,
                y(top, height, 2) - 6, 12));
        out.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.START, List.of(words.emotion(Emotion.ANGRY)), left + 6,
                y(top, height, -2) + 14, 12));
        if (personas.isEmpty()) {
            curve(out, top, height, 0, t -> t.meanEmotion());
        } else {
            for (int p = 0; p < personas.size(); p++) {
                Persona persona = personas.get(p);
                curve(out, top, height, p, t -> t.involves(persona.id())
                        ? t.emotionOf(persona.id()).map(e -> (double) e.score())
                        : Optional.empty());
                legend(out, persona, p, top + 40 + p * 16);
            }
        }
        return top + height;
    }

    private void legend(List<Node> out, Persona persona, int index, double baseline) {
        double x = JourneyLayout.MARGIN;
        String name = TextWrap.line(persona.name(), 10, false, JourneyLayout.GUTTER - 30);
        out.add(new Group(Role.EMOTION_LEGEND, persona.name(), List.of(
                new Path(Role.EMOTION_CURVE, List.of(new MoveTo(x, baseline - 4), new LineTo(x + 16, baseline - 4)),
                        false, false, index),
                new Marker(Role.EMOTION_POINT, SHAPES[index % SHAPES.length], x + 8, baseline - 4, 3.5, 0),
                JourneyLayout.text(Role.LANE_LABEL, 10, false, Anchor.START, List.of(name), x + 22, baseline, 12))));
    }

    private void curve(List<Node> out, double top, double height, int index,
            Function<Touchpoint, Optional<Double>> score) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < touchpoints.size(); i++) {
            Touchpoint t = touchpoints.get(i);
            Optional<Double> s = score.apply(t);
            if (seen.add(t.id()) && s.isPresent()) {
                xs.add(columns.cardX()[i] + columns.cardWidth() / 2);
                ys.add(y(top, height, s.get()));
                levels.add((int) Math.round(s.get()));
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
        }
    }

    private static double y(double top, double height, double score) {
        double inner = height - 2 * INSET;
        return top + INSET + (Emotion.MAX - score) / (Emotion.MAX - Emotion.MIN) * inner;
    }
}
