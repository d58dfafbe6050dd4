package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.PathOp;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What makes a map readable, checked on its scene: no two cards overlap, every text fits inside its card, stage
 * header or persona card, lane cells stay in their column and lane, lanes are stacked, routed arrows go around cards
 * with their heads apart and everything lies on the canvas. The layout's property tests run these over generated journeys; the samples'
 * tests over every sample in every theme.
 */
public final class SceneChecks {

    private SceneChecks() {}

    /** Every check of this class. */
    public static void assertReadable(Scene scene) {
        noTwoCardsOverlap(scene);
        everyTextFitsItsBox(scene, Role.TOUCHPOINT);
        everyTextFitsItsBox(scene, Role.STAGE);
        everyTextFitsItsBox(scene, Role.PERSONA);
        laneCellsStayInTheirColumnAndLane(scene);
        lanesAreStacked(scene);
        routedArrowsGoAroundCards(scene);
        arrowsTouchOnlyTheCardsTheyJoin(scene);
        arrowHeadsNeverTouch(scene);
        everythingLiesOnTheCanvas(scene);
    }

    /**
     * No two arrows land so close on one card edge that their heads (8 units across) crowd each other: every arrow has
     * a port of its own, 16 units or more from the next (the review found two heads 10 units apart, nearly one blot at
     * print size).
     */
    public static void arrowHeadsNeverTouch(Scene scene) {
        List<double[]> tips = new ArrayList<>();
        for (Group transition : groups(scene, Role.TRANSITION)) {
            for (Node part : transition.children()) {
                if (part instanceof Path p && p.role() == Role.ARROW_HEAD && p.ops().get(0) instanceof MoveTo m) {
                    tips.add(new double[] {m.y(), m.x()});
                }
            }
        }
        tips.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        for (int i = 1; i < tips.size(); i++) {
            if (tips.get(i)[0] == tips.get(i - 1)[0]) {
                assertThat(tips.get(i)[1] - tips.get(i - 1)[1]).as("arrow heads at y %s", tips.get(i)[0])
                        .isGreaterThanOrEqualTo(16 - 1e-9);
            }
        }
    }

    /**
     * An arrow's line and head touch no card but the two it joins (known by name, from the tooltips): where it goes on
     * to another row, its end stands beside the row's cards, not over the corner of the first or last one (as three or
     * more arrows at a row's edge once did).
     */
    public static void arrowsTouchOnlyTheCardsTheyJoin(Scene scene) {
        List<Group> cards = groups(scene, Role.TOUCHPOINT);
        for (Group arrow : groups(scene, Role.TRANSITION)) {
            for (Node part : arrow.children()) {
                if (!(part instanceof Path p)) {
                    continue;
                }
                for (PathOp op : p.ops()) {
                    double[] at = op instanceof MoveTo m ? new double[] {m.x(), m.y()}
                            : op instanceof LineTo l ? new double[] {l.x(), l.y()} : null;
                    for (Group card : cards) {
                        Box box = (Box) card.children().get(0);
                        if (at != null && at[0] >= box.x() - 1e-9 && at[0] <= box.x() + box.width() + 1e-9
                                && at[1] >= box.y() - 1e-9 && at[1] <= box.y() + box.height() + 1e-9) {
                            // The name's first line: a name may hold a line break, the card's tooltip holds more.
                            String name = card.tooltip().split("\n")[0];
                            assertThat(arrow.tooltip().startsWith(name)
                                    || arrow.tooltip().contains(" \u2192 " + name))
                                    .as("%s touches card %s at %s", arrow.tooltip(), name, Arrays.toString(at))
                                    .isTrue();
                        }
                    }
                }
            }
        }
    }

    public static void noTwoCardsOverlap(Scene scene) {
        List<Box> cards = cards(scene);
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                assertThat(cards.get(i).overlaps(cards.get(j))).as("cards %d and %d", i, j).isFalse();
            }
        }
    }

    /** Every text of every group of {@code role} fits inside the group's first box (its card or header). */
    public static void everyTextFitsItsBox(Scene scene, Role role) {
        for (Group group : groups(scene, role)) {
            Box box = (Box) group.children().get(0);
            for (Node part : group.children()) {
                if (part instanceof TextBlock text) {
                    assertFits(text, box);
                }
            }
        }
    }

    public static void laneCellsStayInTheirColumnAndLane(Scene scene) {
        List<Box> lanes = flatten(scene.nodes()).stream()
                .filter(n -> n instanceof Box b && b.role() == Role.LANE).map(Box.class::cast).toList();
        List<double[]> extents = new ArrayList<>();
        // As wide as the map's cards at most: a slide's are narrower than paper's.
        double column = cards(scene).stream().mapToDouble(Box::width).max().orElse(JourneyLayout.CARD_WIDTH);
        for (Group cell : groups(scene, Role.LANE_CELL)) {
            double[] e = extent(cell);
            assertThat(e[2] - e[0]).as("cell width").isLessThanOrEqualTo(column + 1e-9);
            assertThat(lanes).as("a lane holds the cell").anySatisfy(lane -> assertThat(
                    lane.contains(e[0], e[1]) && lane.contains(e[2], e[3])).isTrue());
            extents.add(e);
        }
        for (int i = 0; i < extents.size(); i++) {
            for (int j = i + 1; j < extents.size(); j++) {
                double[] a = extents.get(i);
                double[] b = extents.get(j);
                assertThat(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]).as("cells overlap").isFalse();
            }
        }
    }

    /**
     * No lane label overlaps the text of a scale (the emotion lane's levels, the friction lane's 0 and 1): on a slide
     * the levels' names stand in the gutter beside the label.
     */
    public static void laneLabelsKeepClearOfScales(Scene scene) {
        List<TextBlock> labels = texts(scene).stream().filter(t -> t.role() == Role.LANE_LABEL).toList();
        List<TextBlock> scales = texts(scene).stream().filter(t -> t.role() == Role.AXIS_LABEL).toList();
        for (TextBlock label : labels) {
            for (TextBlock scale : scales) {
                assertThat(overlaps(extent(label), extent(scale))).as("label %s over %s", label.lines(),
                        scale.lines()).isFalse();
            }
        }
    }

    public static void lanesAreStacked(Scene scene) {
        List<Box> rows = new ArrayList<>(flatten(scene.nodes()).stream()
                .filter(n -> n instanceof Box b && (b.role() == Role.LANE || b.role() == Role.EMOTION_LANE))
                .map(Box.class::cast).toList());
        rows.addAll(cards(scene));
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                if (rows.get(i).role() != Role.CARD || rows.get(j).role() != Role.CARD) {
                    assertThat(rows.get(i).overlaps(rows.get(j))).as("%s and %s", rows.get(i), rows.get(j))
                            .isFalse();
                }
            }
        }
    }

    public static void routedArrowsGoAroundCards(Scene scene) {
        List<Box> cards = cards(scene);
        for (Group transition : groups(scene, Role.TRANSITION)) {
            Path line = (Path) transition.children().get(0);
            for (double[] segment : segments(line)) {
                for (Box card : cards) {
                    assertThat(crossesInside(segment, card)).as("segment %s crosses %s", Arrays.toString(segment),
                            card).isFalse();
                }
            }
        }
    }

    public static void everythingLiesOnTheCanvas(Scene scene) {
        Box canvas = new Box(Role.BACKGROUND, 0, 0, scene.width(), scene.height(), 0, 0, false);
        for (Node node : flatten(scene.nodes())) {
            if (node instanceof Box b) {
                assertThat(canvas.contains(b.x(), b.y()) && canvas.contains(b.x() + b.width(), b.y() + b.height()))
                        .as("%s on the canvas", b).isTrue();
            }
        }
    }

    /**
     * No text is set below {@code minUnits}: with {@link JourneyLayout#MIN_TEXT} units that is {@code
     * Page.MIN_TEXT_POINTS} on any page ({@link PageLayout#pointsPerUnit()}).
     */
    public static void noTypeBelow(Scene scene, double minUnits) {
        for (TextBlock t : texts(scene)) {
            assertThat(t.size()).as("size of %s %s", t.role(), t.lines()).isGreaterThanOrEqualTo(minUnits - 1e-9);
        }
    }

    /**
     * A card's name is cut short (ends in an ellipsis) only when its card has no room for one more line of it: the
     * place the next line would take, under the last, is off the card or taken by something else on the card.
     */
    public static void noNameCutWhereItsCardHasRoom(Scene scene) {
        for (Group card : groups(scene, Role.TOUCHPOINT)) {
            Box box = (Box) card.children().get(0);
            for (Node n : card.children()) {
                if (!(n instanceof TextBlock name) || name.role() != Role.CARD_NAME) {
                    continue;
                }
                TextLine last = name.lines().get(name.lines().size() - 1);
                if (!last.text().endsWith("\u2026")) {
                    continue;
                }
                double step = name.lines().size() > 1 ? last.y() - name.lines().get(name.lines().size() - 2).y()
                        : name.size() + 4;
                double baseline = last.y() + step;
                // a whole line's room, across the card inside its padding (either way round: maps mirror)
                double[] room = {box.x() + CardLayout.PADDING, baseline - name.size(),
                        box.x() + box.width() - CardLayout.PADDING, baseline + name.size() * 0.25};
                boolean onCard = room[3] <= box.y() + box.height() - CardLayout.PADDING / 2;
                boolean taken = card.children().stream().filter(o -> o != name && o != box)
                        .anyMatch(o -> overlaps(extent(o), room));
                assertThat(onCard && !taken).as("'%s' cut above room for another line on card %s",
                        name.lines(), card.touchpoint()).isFalse();
            }
        }
    }

    /**
     * How many times arrows cross each other: pairs of straight segments of two different transitions that meet away
     * from their ends. A layout change should not raise it (the samples' counts are kept in a file and compared).
     */
    public static int crossings(Scene scene) {
        List<List<double[]>> arrows = groups(scene, Role.TRANSITION).stream()
                .map(g -> segments((Path) g.children().get(0))).toList();
        int count = 0;
        for (int i = 0; i < arrows.size(); i++) {
            for (int j = i + 1; j < arrows.size(); j++) {
                for (double[] a : arrows.get(i)) {
                    for (double[] b : arrows.get(j)) {
                        if (properlyCross(a, b)) {
                            count++;
                        }
                    }
                }
            }
        }
        return count;
    }

    private static boolean properlyCross(double[] a, double[] b) {
        double d1 = orientation(a[0], a[1], a[2], a[3], b[0], b[1]);
        double d2 = orientation(a[0], a[1], a[2], a[3], b[2], b[3]);
        double d3 = orientation(b[0], b[1], b[2], b[3], a[0], a[1]);
        double d4 = orientation(b[0], b[1], b[2], b[3], a[2], a[3]);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        double v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        return Math.abs(v) < 1e-9 ? 0 : v;
    }

    /** The left, top, right and bottom of one node (text by measured line, markers and icons by size, boxes). */
    private static double[] extent(Node n) {
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        if (n instanceof TextBlock t) {
            for (TextLine line : t.lines()) {
                double w = TextWrap.width(line.text(), t.size(), t.bold());
                double left = t.anchor().left(line.x(), w);
                include(e, left, line.y() - t.size(), left + w, line.y());
            }
        } else if (n instanceof Scene.Marker m) {
            include(e, m.x() - m.size(), m.y() - m.size(), m.x() + m.size(), m.y() + m.size());
        } else if (n instanceof Scene.Icon i) {
            include(e, i.x(), i.y(), i.x() + i.size(), i.y() + i.size());
        } else if (n instanceof Box b) {
            include(e, b.x(), b.y(), b.x() + b.width(), b.y() + b.height());
        }
        return e;
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** Every line of {@code text}, as measured with the bundled fonts, lies inside {@code box}. */
    public static void assertFits(TextBlock text, Box box) {
        for (TextLine line : text.lines()) {
            double width = TextWrap.width(line.text(), text.size(), text.bold());
            double left = text.anchor().left(line.x(), width);
            assertThat(left).as("left of '%s'", line.text()).isGreaterThanOrEqualTo(box.x());
            assertThat(left + width).as("right of '%s'", line.text()).isLessThanOrEqualTo(box.x() + box.width() + 1e-9);
            assertThat(line.y() - text.size()).as("top of '%s'", line.text()).isGreaterThanOrEqualTo(box.y());
            assertThat(line.y()).as("baseline of '%s'", line.text()).isLessThanOrEqualTo(box.y() + box.height());
        }
    }

    /** The left, top, right and bottom of everything in a group (text by measured line, markers by size). */
    private static double[] extent(Group group) {
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Node n : group.children()) {
            if (n instanceof TextBlock || n instanceof Scene.Marker) {
                double[] part = extent(n);
                include(e, part[0], part[1], part[2], part[3]);
            }
        }
        return e;
    }

    private static void include(double[] e, double left, double top, double right, double bottom) {
        e[0] = Math.min(e[0], left);
        e[1] = Math.min(e[1], top);
        e[2] = Math.max(e[2], right);
        e[3] = Math.max(e[3], bottom);
    }

    /** Whether the axis-parallel segment passes through the inside of the box (touching its edge is fine). */
    private static boolean crossesInside(double[] s, Box b) {
        double minX = Math.min(s[0], s[2]);
        double maxX = Math.max(s[0], s[2]);
        double minY = Math.min(s[1], s[3]);
        double maxY = Math.max(s[1], s[3]);
        return maxX > b.x() && minX < b.x() + b.width() && maxY > b.y() && minY < b.y() + b.height();
    }

    private static List<double[]> segments(Path path) {
        List<double[]> segments = new ArrayList<>();
        double x = 0;
        double y = 0;
        for (PathOp op : path.ops()) {
            if (op instanceof MoveTo m) {
                x = m.x();
                y = m.y();
            } else if (op instanceof LineTo l) {
                segments.add(new double[] {x, y, l.x(), l.y()});
                x = l.x();
                y = l.y();
            } else if (op instanceof Scene.CurveTo c) {
                // A bridge over another arrow still crosses it: its chord counts.
                segments.add(new double[] {x, y, c.x(), c.y()});
                x = c.x();
                y = c.y();
            }
        }
        return segments;
    }

    public static List<Box> cards(Scene scene) {
        return groups(scene, Role.TOUCHPOINT).stream().map(g -> (Box) g.children().get(0)).toList();
    }

    public static List<Group> groups(Scene scene, Role role) {
        return flatten(scene.nodes()).stream()
                .filter(n -> n instanceof Group g && g.role() == role)
                .map(Group.class::cast)
                .toList();
    }

    /** Every text block of {@code scene}, inside groups too, in drawing order. */
    public static List<TextBlock> texts(Scene scene) {
        return flatten(scene.nodes()).stream().filter(TextBlock.class::isInstance).map(TextBlock.class::cast).toList();
    }

    /** The name on the card of the touchpoint called {@code name}: the card name whose first line starts alike. */
    public static TextBlock cardName(Scene scene, String name) {
        int space = name.indexOf(' ');
        String firstWord = space < 0 ? name : name.substring(0, space);
        return texts(scene).stream()
                .filter(t -> t.role() == Role.CARD_NAME)
                .filter(t -> t.lines().get(0).text().startsWith(firstWord))
                .findFirst().orElseThrow();
    }

    public static List<Node> flatten(List<Node> nodes) {
        List<Node> all = new ArrayList<>();
        for (Node n : nodes) {
            all.add(n);
            if (n instanceof Group g) {
                all.addAll(flatten(g.children()));
            }
        }
        return all;
    }
}
