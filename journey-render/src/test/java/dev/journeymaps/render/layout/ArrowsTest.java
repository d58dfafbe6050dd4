package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.CurveTo;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.PathOp;
import dev.journeymaps.render.layout.Scene.TextBlock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The routed arrows: a port of their own on the card's edge, labels beside the start of the branch they name, routes
 * sharing a card nested instead of crossed, a bridge where two must cross and a split node where three or more
 * branches leave a card.
 */
class ArrowsTest {

    /** "a" branches three ways forward and "c" is entered by two arrows: the review's saas card, in small. */
    private static final Journey FAN = Journey.builder("fan", "Three ways on")
            .stage("s", "Stage", s -> s
                    .touchpoint("a", "Imports the file", t -> t.next("b", 0.35, "asks the chat")
                            .next("c", 0.1, "goes back to the sheet").next("d", 0.55, ""))
                    .touchpoint("b", "Asks the chat", t -> t.next("c", 0.2, "").next("b", 0.8, "asks again"))
                    .touchpoint("c", "Goes back to the sheet", t -> t.exit())
                    .touchpoint("d", "Sees a booking", t -> { }))
            .build();

    /** a -> c and b -> d interleave: above the cards one must cross the other whatever the tracks. */
    private static final Journey INTERLEAVED = Journey.builder("cross", "Crossing")
            .stage("s", "Stage", s -> s
                    .touchpoint("a", "First", t -> t.next("b", 0.5, "").next("c", 0.5, ""))
                    .touchpoint("b", "Second", t -> t.next("c", 0.5, "").next("d", 0.5, ""))
                    .touchpoint("c", "Third", t -> t.next("d", 1, ""))
                    .touchpoint("d", "Fourth", t -> { }))
            .build();

    /** As {@link #INTERLEAVED}, and c -> a and d -> b interleave below: the crossing cannot be avoided. */
    private static final Journey CROSSED = Journey.builder("crossed", "Crossing both ways")
            .stage("s", "Stage", s -> s
                    .touchpoint("a", "First", t -> t.next("b", 0.5, "").next("c", 0.5, ""))
                    .touchpoint("b", "Second", t -> t.next("c", 0.5, "").next("d", 0.5, ""))
                    .touchpoint("c", "Third", t -> t.next("d", 0.8, "").next("a", 0.2, ""))
                    .touchpoint("d", "Fourth", t -> t.next("b", 0.2, "")))
            .build();

    /** One row, so that every arrow runs between cards (the row's edges are tested by the scene checks). */
    private static final RenderOptions ONE_ROW = RenderOptions.defaults().withPage(Page.NONE);

    /** Rows of five cards (A3's width at 9 pt), so that arrows leave rows. */
    private static final RenderOptions ROWS_OF_FIVE = RenderOptions.defaults().withPage(Page.A3);

    /**
     * "Step 2" jumps ahead to four cards of the third row and "Step 13" goes back to four of the first: with rows of
     * five, four arrows leave the first row at its right edge and come in at the third row's left edge, and four leave
     * the third row at its left edge.
     */
    private static final Journey FOUR_LEAVE_A_ROW = Journey.builder("leave", "Four arrows leave a row")
            .stage("s", "Stage", s -> {
                for (int i = 1; i <= 15; i++) {
                    int step = i;
                    s.touchpoint("t" + i, "Step " + i, t -> {
                        if (step == 2 || step == 13) {
                            t.next("t" + (step + 1), 0.4, "");
                            for (int k = 0; k < 4; k++) {
                                int to = step == 2 ? 11 + k : 1 + k;
                                t.next("t" + to, 0.15, "to " + to);
                            }
                        }
                    });
                }
            })
            .build();

    /** Twelve arrows land on "Step 14": more than one card's edge has room for at 16 units apart. */
    private static final Journey TWELVE_ENTRIES = Journey.builder("twelve-in", "Twelve ways in")
            .stage("s", "Stage", s -> {
                for (int i = 1; i <= 14; i++) {
                    int step = i;
                    s.touchpoint("t" + i, "Step " + i, t -> {
                        if (step > 1 && step < 14) {
                            t.next("t" + (step + 1), 0.5, "").next("t14", 0.5, "");
                        }
                    });
                }
            })
            .build();

    /** "Step 1" branches twelve ways forward: more than one card's edge has room for at 16 units apart. */
    private static final Journey TWELVE_EXITS = Journey.builder("twelve", "Twelve ways on")
            .stage("s", "Stage", s -> {
                for (int i = 1; i <= 14; i++) {
                    int step = i;
                    s.touchpoint("t" + i, "Step " + i, t -> {
                        for (int to = 2; step == 1 && to <= 13; to++) {
                            t.next("t" + to, 1 / 12.0, "way " + to);
                        }
                    });
                }
            })
            .build();

    @Test
    void everyArrowLeavesAndEntersItsCardAtAPortOfItsOwnWellApartFromTheOthers() {
        Scene scene = JourneyLayout.layout(FAN, ONE_ROW);

        assertPortsApart(scene);
        SceneChecks.assertReadable(scene);
    }

    @Test
    void aCardWithTwelveExitsKeepsItsPortsSixteenUnitsApartOnOneSplitNode() {
        for (RenderOptions options : List.of(ONE_ROW, ROWS_OF_FIVE)) {
            Scene scene = JourneyLayout.layout(TWELVE_EXITS, options);

            assertPortsApart(scene);
            assertThat(splitNodes(scene.nodes())).hasSize(1);
            SceneChecks.assertReadable(scene);
            SceneChecks.arrowsTouchOnlyTheCardsTheyJoin(scene);
        }
    }

    @Test
    void twelveArrowsLandingOnOneCardEdgeShareOneHead() {
        Scene scene = JourneyLayout.layout(TWELVE_ENTRIES, ONE_ROW);

        assertPortsApart(scene);
        SceneChecks.assertReadable(scene);
        SceneChecks.arrowsTouchOnlyTheCardsTheyJoin(scene);
        assertThat(SceneChecks.crossings(scene)).isZero();
    }

    @Test
    void arrowsLeavingARowStandBesideItClearOfItsCardsEachWithItsLabel() {
        Scene scene = JourneyLayout.layout(FOUR_LEAVE_A_ROW, ROWS_OF_FIVE);

        assertThat(texts(scene, Role.STAGE_NAME)).hasSize(3);
        SceneChecks.arrowsTouchOnlyTheCardsTheyJoin(scene);
        assertPortsApart(scene);
        SceneChecks.assertReadable(scene);
        List<String> labels = texts(scene, Role.FLOW_LABEL);
        for (int k = 1; k <= 4; k++) {
            String back = "to " + k + " \u00b7 to Step " + k;
            String ahead = "to " + (10 + k) + " \u00b7 from Step 2";
            assertThat(labels).as("labels").anySatisfy(l -> assertThat(l).contains(back))
                    .anySatisfy(l -> assertThat(l).contains(ahead));
        }
        assertThat(SceneChecks.crossings(scene)).isZero();
    }

    @Test
    void branchesSharingACardNestInsteadOfCrossing() {
        assertThat(SceneChecks.crossings(JourneyLayout.layout(FAN, ONE_ROW))).isZero();
    }

    @Test
    void aLabelStandsBesideTheStartOfTheBranchItNames() {
        Scene scene = JourneyLayout.layout(FAN, ONE_ROW);

        int[] labels = {0};
        for (Group arrow : SceneChecks.groups(scene, Role.TRANSITION)) {
            if (((Path) arrow.children().get(0)).level() == Legend.LOOP_LEVEL) {
                continue; // beside its hook (LoopLabelTest)
            }
            List<PathOp> ops = ((Path) arrow.children().get(0)).ops();
            double portX = ((LineTo) ops.get(1)).x();
            double endX = ((LineTo) ops.get(ops.size() - 1)).x();
            arrow.children().stream().filter(TextBlock.class::isInstance).map(TextBlock.class::cast)
                    .forEach(label -> {
                        double x = label.lines().get(0).x();
                        assertThat(Math.abs(x - portX)).as("label %s from its start", label.lines())
                                .isLessThan(Math.abs(x - endX)).isLessThanOrEqualTo(12);
                        labels[0]++;
                    });
        }
        assertThat(labels[0]).as("labels checked").isEqualTo(4);
    }

    @Test
    void aCardWithThreeOrMoreBranchesShowsASplitNodeAndTheKeyExplainsIt() {
        Scene scene = JourneyLayout.layout(FAN, ONE_ROW);

        List<Marker> splits = splitNodes(scene.nodes());
        assertThat(splits).hasSize(1);
        // Every branch of "a" starts at the node.
        long fanned = SceneChecks.groups(scene, Role.TRANSITION).stream()
                .map(g -> (MoveTo) ((Path) g.children().get(0)).ops().get(0))
                .filter(m -> m.x() == splits.get(0).x() && m.y() == splits.get(0).y()).count();
        assertThat(fanned).isEqualTo(3);
        assertThat(WrappedMapTest.texts(scene, Role.LEGEND_TEXT)).contains("split: one step, three or more ways on");

        Scene twoWays = JourneyLayout.layout(INTERLEAVED, ONE_ROW);
        assertThat(splitNodes(twoWays.nodes())).isEmpty();
        assertThat(WrappedMapTest.texts(twoWays, Role.LEGEND_TEXT)).noneMatch(t -> t.startsWith("split"));
    }

    @Test
    void anArrowThatMustCrossAnotherBridgesIt() {
        Scene scene = JourneyLayout.layout(CROSSED, ONE_ROW);

        long bridges = SceneChecks.groups(scene, Role.TRANSITION).stream()
                .flatMap(g -> ((Path) g.children().get(0)).ops().stream())
                .filter(CurveTo.class::isInstance).count();
        assertThat(SceneChecks.crossings(scene)).isEqualTo(2);
        assertThat(bridges).isEqualTo(2);
        SceneChecks.assertReadable(scene);
    }

    @Test
    void aForwardArrowThatWouldCrossAnotherAboveTheCardsRunsBelowThem() {
        Scene scene = JourneyLayout.layout(INTERLEAVED, ONE_ROW);

        double cardsBottom = SceneChecks.cards(scene).get(0).y() + SceneChecks.cards(scene).get(0).height();
        List<String> below = SceneChecks.groups(scene, Role.TRANSITION).stream()
                .filter(g -> ((MoveTo) ((Path) g.children().get(0)).ops().get(0)).y() == cardsBottom)
                .map(Group::tooltip).toList();
        assertThat(below).containsExactly("First \u2192 Third: 50%");
        assertThat(SceneChecks.crossings(scene)).isZero();
        SceneChecks.assertReadable(scene);
    }

    /**
     * Every arrow's ports (where it leaves its card, or turns off its split node, and where its head lands) stand 16
     * units or more from the other ports of their edge, unless they are one port (branches merged on a split node).
     */
    private static void assertPortsApart(Scene scene) {
        List<double[]> ports = new ArrayList<>();
        for (Group arrow : SceneChecks.groups(scene, Role.TRANSITION)) {
            List<PathOp> ops = ((Path) arrow.children().get(0)).ops();
            MoveTo start = (MoveTo) ops.get(0);
            // Out of a split node, the branch's own port is where it turns off the fan; in from another row, the
            // arrow starts on its track at the row's edge.
            LineTo turn = (LineTo) ops.get(1);
            ports.add(new double[] {turn.y() == start.y() ? start.x() : turn.x(), start.y()});
            arrow.children().stream().filter(p -> p instanceof Path h && h.role() == Role.ARROW_HEAD)
                    .map(h -> (MoveTo) ((Path) h).ops().get(0)).forEach(tip -> ports.add(new double[] {tip.x(),
                            tip.y()}));
        }
        for (int i = 0; i < ports.size(); i++) {
            for (int j = i + 1; j < ports.size(); j++) {
                double apart = Math.abs(ports.get(i)[0] - ports.get(j)[0]);
                if (ports.get(i)[1] == ports.get(j)[1] && apart > 1e-9 && apart < 100) {
                    assertThat(apart).as("ports on one edge at y %s", ports.get(i)[1]).isGreaterThanOrEqualTo(16);
                }
            }
        }
    }

    private static List<String> texts(Scene scene, Role role) {
        return WrappedMapTest.texts(scene, role);
    }

    /** The split nodes the map draws, not the one of its key. */
    private static List<Marker> splitNodes(List<Node> nodes) {
        List<Marker> found = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Group g && g.role() != Role.LEGEND) {
                found.addAll(splitNodes(g.children()));
            } else if (n instanceof Marker m && m.role() == Role.SPLIT_NODE) {
                found.add(m);
            }
        }
        return found;
    }
}
