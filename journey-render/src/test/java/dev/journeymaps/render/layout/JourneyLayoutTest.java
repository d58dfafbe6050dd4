package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.Typography;
import dev.journeymaps.render.theme.Theme;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
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
import java.util.List;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/** Properties of the scene: nothing overlaps, every text fits its box, arrows go around cards. */
class JourneyLayoutTest {

    private static final int CASES = 200;
    private static final long BASE_SEED = 4_000L;

    /** Every lane, the friction lane included, so the properties cover them all. */
    private static Scene layout(Journey journey) {
        return JourneyLayout.layout(journey, RenderOptions.defaults().withLanes(Lane.ALL));
    }

    @Test
    void noTwoCardsOverlap() {
        forEachSeed(seed -> {
            List<Box> cards = cards(layout(RandomJourneys.generate(seed)));
            for (int i = 0; i < cards.size(); i++) {
                for (int j = i + 1; j < cards.size(); j++) {
                    assertThat(cards.get(i).overlaps(cards.get(j))).as("cards %d and %d", i, j).isFalse();
                }
            }
        });
    }

    @Test
    void everyTextOfACardFitsInsideTheCard() {
        forEachSeed(seed -> {
            for (Group card : groups(layout(RandomJourneys.generate(seed)), Role.TOUCHPOINT)) {
                Box box = (Box) card.children().get(0);
                for (Node part : card.children()) {
                    if (part instanceof TextBlock text) {
                        assertFits(text, box);
                    }
                }
            }
        });
    }

    @Test
    void everyTextStillFitsWithTheLargestFontSizesAThemeMayAskFor() {
        Theme large = new Theme("large", Theme.LIGHT.colours(), new Typography(32, 18, 15), 0);
        Seeds.forEach(BASE_SEED, 60, seed -> {
            Scene scene = JourneyLayout.layout(RandomJourneys.generate(seed),
                    RenderOptions.defaults().withLanes(Lane.ALL).withTheme(large));
            for (Role role : List.of(Role.TOUCHPOINT, Role.STAGE)) {
                for (Group group : groups(scene, role)) {
                    Box box = (Box) group.children().get(0);
                    group.children().stream().filter(TextBlock.class::isInstance)
                            .forEach(t -> assertFits((TextBlock) t, box));
                }
            }
            assertThat(flatten(scene.nodes())).filteredOn(n -> n instanceof TextBlock t && t.role() == Role.TITLE)
                    .allSatisfy(t -> assertThat(((TextBlock) t).size()).isEqualTo(32));
        });
    }

    @Test
    void everyStageHeaderTextFitsInsideItsHeader() {
        forEachSeed(seed -> {
            for (Group stage : groups(layout(RandomJourneys.generate(seed)), Role.STAGE)) {
                Box box = (Box) stage.children().get(0);
                stage.children().stream().filter(TextBlock.class::isInstance)
                        .forEach(t -> assertFits((TextBlock) t, box));
            }
        });
    }

    @Test
    void everyLaneCellStaysInsideItsColumnAndItsLane() {
        forEachSeed(seed -> {
            Scene scene = layout(RandomJourneys.generate(seed));
            List<Box> lanes = flatten(scene.nodes()).stream()
                    .filter(n -> n instanceof Box b && b.role() == Role.LANE).map(Box.class::cast).toList();
            List<double[]> extents = new ArrayList<>();
            for (Group cell : groups(scene, Role.LANE_CELL)) {
                double[] e = extent(cell);
                assertThat(e[2] - e[0]).as("cell width").isLessThanOrEqualTo(JourneyLayout.CARD_WIDTH + 1e-9);
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
        });
    }

    @Test
    void lanesAreStackedWithoutOverlap() {
        forEachSeed(seed -> {
            Scene scene = layout(RandomJourneys.generate(seed));
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
        });
    }

    @Test
    void everyPersonaTextFitsInsideItsCard() {
        forEachSeed(seed -> {
            for (Group persona : groups(layout(RandomJourneys.generate(seed)), Role.PERSONA)) {
                Box box = (Box) persona.children().get(0);
                persona.children().stream().filter(TextBlock.class::isInstance)
                        .forEach(t -> assertFits((TextBlock) t, box));
            }
        });
    }

    @Test
    void routedArrowsNeverCrossACard() {
        forEachSeed(seed -> {
            Scene scene = layout(RandomJourneys.generate(seed));
            List<Box> cards = cards(scene);
            for (Group transition : groups(scene, Role.TRANSITION)) {
                Path line = (Path) transition.children().get(0);
                for (double[] segment : segments(line)) {
                    for (Box card : cards) {
                        assertThat(crossesInside(segment, card)).as("segment %s crosses %s",
                                java.util.Arrays.toString(segment), card).isFalse();
                    }
                }
            }
        });
    }

    @Test
    void everythingLiesOnTheCanvas() {
        forEachSeed(seed -> {
            Scene scene = layout(RandomJourneys.generate(seed));
            Box canvas = new Box(Role.BACKGROUND, 0, 0, scene.width(), scene.height(), 0, 0, false);
            for (Node node : flatten(scene.nodes())) {
                if (node instanceof Box b) {
                    assertThat(canvas.contains(b.x(), b.y()) && canvas.contains(b.x() + b.width(), b.y() + b.height()))
                            .as("%s on the canvas", b).isTrue();
                }
            }
        });
    }

    @Test
    void theCanvasGrowsWithTheJourney() {
        Scene small = layout(RandomJourneys.generate(1, 2));
        Scene example = layout(ExampleJourneys.damagedDelivery());
        assertThat(example.width()).isGreaterThan(small.width() - 1);
        assertThat(cards(example)).hasSize(4);
    }

    @Test
    void drawsEveryLegOfABranchAsAnArrowAndTheRestAsConnectors() {
        Scene scene = layout(ExampleJourneys.damagedDelivery());
        assertThat(groups(scene, Role.TRANSITION)).hasSize(2);
        assertThat(groups(scene, Role.CONNECTOR)).hasSize(1);
    }

    static void assertFits(TextBlock text, Box box) {
        for (TextLine line : text.lines()) {
            double width = TextWrap.width(line.text(), text.size(), text.bold());
            double left = switch (text.anchor()) {
                case START -> line.x();
                case MIDDLE -> line.x() - width / 2;
                case END -> line.x() - width;
            };
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
            if (n instanceof TextBlock t) {
                for (TextLine line : t.lines()) {
                    double w = TextWrap.width(line.text(), t.size(), t.bold());
                    double left = switch (t.anchor()) {
                        case START -> line.x();
                        case MIDDLE -> line.x() - w / 2;
                        case END -> line.x() - w;
                    };
                    include(e, left, line.y() - t.size(), left + w, line.y());
                }
            } else if (n instanceof Scene.Marker m) {
                include(e, m.x() - m.size(), m.y() - m.size(), m.x() + m.size(), m.y() + m.size());
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
            }
        }
        return segments;
    }

    static List<Box> cards(Scene scene) {
        return groups(scene, Role.TOUCHPOINT).stream().map(g -> (Box) g.children().get(0)).toList();
    }

    static List<Group> groups(Scene scene, Role role) {
        return flatten(scene.nodes()).stream()
                .filter(n -> n instanceof Group g && g.role() == role)
                .map(Group.class::cast)
                .toList();
    }

    static List<Node> flatten(List<Node> nodes) {
        List<Node> all = new ArrayList<>();
        for (Node n : nodes) {
            all.add(n);
            if (n instanceof Group g) {
                all.addAll(flatten(g.children()));
            }
        }
        return all;
    }

    /** Runs {@code property} for {@value #CASES} seeds, or the one in {@code journey.seed}, naming a failing seed. */
    private static void forEachSeed(LongConsumer property) {
        Seeds.forEach(BASE_SEED, CASES, property::accept);
    }
}
