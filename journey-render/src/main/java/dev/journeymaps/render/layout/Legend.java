package dev.journeymaps.render.layout;

import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.Shape;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The key to a map's symbols: the moment-of-truth star, the pain triangles by severity, the friction colour on a
 * card's edge, the dashed outline of an assumed touchpoint, the hotspot badge and tinted column, the trend arrows, the
 * customers lost, the dash of a step without friction data, the exit mark, the loop, the split node and the actors'
 * initials chips. A key explains only what its map (or its page) draws, found in the drawn nodes themselves, so it
 * never lists a symbol the reader cannot find; its words come from the map's word bundle, so it reads in the
 * journey's language.
 */
final class Legend {

    /** One entry of the key, in the order the key lists them. */
    enum Key {
        MOMENT_OF_TRUTH("legend.momentOfTruth"),
        PAIN_LOW("legend.pain"),
        PAIN_MEDIUM("legend.pain"),
        PAIN_HIGH("legend.pain"),
        PAIN_CRITICAL("legend.pain"),
        FRICTION_EDGE("legend.frictionEdge"),
        ASSUMED("legend.assumed"),
        HOTSPOT("legend.hotspot"),
        TREND("legend.trend"),
        LOSS("legend.loss"),
        NO_DATA("legend.noData"),
        EXIT("legend.exit"),
        LOOP("legend.loop"),
        SPLIT("legend.split"),
        ACTORS("legend.actors");

        private final String word;

        Key(String word) {
            this.word = word;
        }
    }

    /** The key's text size: one step above the map's smallest, so the key is never the hardest thing to read. */
    static final double TEXT = 11;
    private static final double LINE = 22;
    private static final double SYMBOL = 18;
    private static final double ITEM_GAP = 22;
    /** Level of a flow path that returns to the card it leaves (the layout marks loops so the key can find them). */
    static final int LOOP_LEVEL = 1;

    private Legend() {}

    /** The keys for what {@code nodes} draw, in the key's order. */
    static Set<Key> keysOf(List<Node> nodes) {
        Set<Key> keys = EnumSet.noneOf(Key.class);
        collect(nodes, null, keys);
        return keys;
    }

    private static void collect(List<Node> nodes, Role parent, Set<Key> keys) {
        for (Node node : nodes) {
            if (node instanceof Group g) {
                if (g.role() != Role.LEGEND) {
                    collect(g.children(), g.role(), keys);
                }
            } else if (node instanceof Marker m) {
                switch (m.role()) {
                    case MOMENT_OF_TRUTH -> keys.add(Key.MOMENT_OF_TRUTH);
                    case PAIN_MARKER -> keys.add(Key.values()[Key.PAIN_LOW.ordinal()
                            + Math.max(0, Math.min(3, m.level()))]);
                    case HOTSPOT_BADGE -> keys.add(Key.HOTSPOT);
                    case EXIT_MARKER -> keys.add(Key.EXIT);
                    case SPLIT_NODE -> keys.add(Key.SPLIT);
                    default -> { }
                }
            } else if (node instanceof Box b) {
                if (b.role() == Role.HEAT && parent == Role.TOUCHPOINT) {
                    keys.add(Key.FRICTION_EDGE);
                } else if (b.role() == Role.CARD && b.dashed()) {
                    keys.add(Key.ASSUMED);
                } else if (b.role() == Role.HOTSPOT_COLUMN) {
                    keys.add(Key.HOTSPOT);
                } else if (b.role() == Role.ACTOR_CHIP) {
                    keys.add(Key.ACTORS);
                }
            } else if (node instanceof TextBlock t) {
                switch (t.role()) {
                    case TREND_TEXT, TREND_WORSE -> keys.add(Key.TREND);
                    case LOSS_TEXT -> keys.add(Key.LOSS);
                    case AXIS_LABEL -> {
                        if (parent == Role.LANE_CELL) {
                            keys.add(Key.NO_DATA);
                        }
                    }
                    default -> { }
                }
            } else if (node instanceof Path p && p.role() == Role.FLOW && p.level() == LOOP_LEVEL) {
                keys.add(Key.LOOP);
            }
        }
    }

    /** The height of the key of {@code keys} laid out between {@code left} and {@code right}; 0 for no keys. */
    static double height(Set<Key> keys, Words words, double left, double right) {
        return keys.isEmpty() ? 0 : lines(keys, words, left, right) * LINE;
    }

    /**
     * The key of {@code keys}, its label in the lane labels' gutter and its entries from {@code left} to
     * {@code right}, wrapped onto as many lines as they need; its first line's top at {@code top}. Nothing for no
     * keys.
     */
    static List<Node> layout(Set<Key> keys, Words words, double left, double right, double top) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Node> parts = new ArrayList<>();
        TextBlock title = JourneyLayout.laneLabel(words.get("legend.title"), top + 15);
        parts.add(new TextBlock(Role.LEGEND_TITLE, title.size(), title.bold(), title.anchor(), title.lines(),
                title.width()));
        double x = left;
        double baseline = top + 15;
        for (Key key : keys) {
            String text = text(key, words);
            double width = symbolWidth(key) + TextWrap.width(text, TEXT, false);
            if (x > left && x + width > right) {
                x = left;
                baseline += LINE;
            }
            String line = TextWrap.line(text, TEXT, false, right - x - symbolWidth(key));
            parts.addAll(symbol(key, words, x, baseline - 4));
            parts.add(JourneyLayout.text(Role.LEGEND_TEXT, TEXT, false, Anchor.START, List.of(line),
                    x + symbolWidth(key), baseline, TEXT + 3));
            x += width + ITEM_GAP;
        }
        // No tooltip: every word of the key is on the page already.
        return List.of(new Group(Role.LEGEND, "", parts));
    }

    /**
     * Whether the key of {@code keys} takes one line between {@code left} and {@code right}; then so does the key of
     * any of them, its entries in the same order and each no further right.
     */
    static boolean fitsOneLine(Set<Key> keys, Words words, double left, double right) {
        return lines(keys, words, left, right) == 1;
    }

    private static int lines(Set<Key> keys, Words words, double left, double right) {
        int lines = 1;
        double x = left;
        for (Key key : keys) {
            double width = symbolWidth(key) + TextWrap.width(text(key, words), TEXT, false);
            if (x > left && x + width > right) {
                x = left;
                lines++;
            }
            x += width + ITEM_GAP;
        }
        return lines;
    }

    /** The room a symbol takes before its words: an actor chip is wider than the other symbols. */
    private static double symbolWidth(Key key) {
        return key == Key.ACTORS ? SYMBOL + 8 : SYMBOL;
    }

    private static String text(Key key, Words words) {
        return switch (key) {
            case PAIN_LOW, PAIN_MEDIUM, PAIN_HIGH, PAIN_CRITICAL -> words.get(key.word,
                    words.get("severity." + List.of("low", "medium", "high", "critical")
                            .get(key.ordinal() - Key.PAIN_LOW.ordinal())));
            default -> words.get(key.word);
        };
    }

    /** The symbol of {@code key}, drawn as the map draws it, centred on {@code cy} in a square from {@code x}. */
    private static List<Node> symbol(Key key, Words words, double x, double cy) {
        double cx = x + 7;
        return switch (key) {
            case MOMENT_OF_TRUTH -> List.of(new Marker(Role.MOMENT_OF_TRUTH, Shape.STAR, cx, cy, 7, 0));
            case PAIN_LOW, PAIN_MEDIUM, PAIN_HIGH, PAIN_CRITICAL -> List.of(new Marker(Role.PAIN_MARKER,
                    Shape.TRIANGLE, cx, cy, 6, key.ordinal() - Key.PAIN_LOW.ordinal()));
            case FRICTION_EDGE -> List.of(
                    new Box(Role.HEAT, x + 1, cy - 7, 4, 14, 1, 0, false),
                    new Box(Role.HEAT, x + 6, cy - 7, 4, 14, 1, 2, false),
                    new Box(Role.HEAT, x + 11, cy - 7, 4, 14, 1, 4, false));
            case ASSUMED -> List.of(new Box(Role.CARD, x, cy - 6, 14, 12, 2, 0, true));
            case HOTSPOT -> List.of(new Box(Role.HOTSPOT_COLUMN, x - 2, cy - 10, 18, 20, 0, 0, false),
                    new Marker(Role.HOTSPOT_BADGE, Shape.CIRCLE, cx, cy, 7, 0),
                    JourneyLayout.text(Role.HOTSPOT_RANK, 10, true, Anchor.MIDDLE, List.of(words.count(1)), cx, cy + 3.5, 12));
            case TREND -> List.of(JourneyLayout.text(Role.TREND_WORSE, 10, false, Anchor.MIDDLE,
                    List.of("\u25b2\u25bc"), cx, cy + 3.5, 12));
            case LOSS -> List.of(JourneyLayout.text(Role.LOSS_TEXT, 10, true, Anchor.MIDDLE, List.of(words.count(12)), cx,
                    cy + 3.5, 12));
            case NO_DATA -> List.of(JourneyLayout.text(Role.AXIS_LABEL, 12, false, Anchor.MIDDLE, List.of("\u2013"),
                    cx, cy + 4, 14));
            case EXIT -> List.of(new Marker(Role.EXIT_MARKER, Shape.STOP, cx, cy, 5, 0));
            // a round chip as on the cards, its letters standing for any name
            case ACTORS -> List.of(new Box(Role.ACTOR_CHIP, x - 1, cy - 10, 22, 20, 10, 0, false),
                    JourneyLayout.text(Role.ACTOR_INITIALS, JourneyLayout.MIN_TEXT, true, Anchor.MIDDLE,
                            List.of("AB"), x + 10, cy + 3.5, 12));
            case LOOP -> List.of(
                    new Path(Role.FLOW, List.of(new MoveTo(x + 3, cy - 7), new LineTo(x + 3, cy + 5),
                            new LineTo(x + 11, cy + 5), new LineTo(x + 11, cy - 1)), false, false, LOOP_LEVEL),
                    new Path(Role.ARROW_HEAD, List.of(new MoveTo(x + 11, cy - 7), new LineTo(x + 14, cy - 1),
                            new LineTo(x + 8, cy - 1)), true, false));
            case SPLIT -> List.of(
                    new Path(Role.FLOW, List.of(new MoveTo(cx, cy + 6), new LineTo(x + 1, cy - 2),
                            new LineTo(x + 1, cy - 7), new MoveTo(cx, cy + 6), new LineTo(cx, cy - 7),
                            new MoveTo(cx, cy + 6), new LineTo(x + 13, cy - 2), new LineTo(x + 13, cy - 7)), false,
                            false),
                    new Marker(Role.SPLIT_NODE, Shape.CIRCLE, cx, cy + 6, 3.5, 0));
        };
    }
}
