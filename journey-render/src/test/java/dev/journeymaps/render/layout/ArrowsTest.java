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

    /** a -> c and b -> d interleave: one must cross the other whatever the tracks. */
    private static final Journey INTERLEAVED = Journey.builder("cross", "Crossing")
            .stage("s", "Stage", s -> s
                    .touchpoint("a", "First", t -> t.next("b", 0.5, "").next("c", 0.5, ""))
                    .touchpoint("b", "Second", t -> t.next("c", 0.5, "").next("d", 0.5, ""))
                    .touchpoint("c", "Third", t -> t.next("d", 1, ""))
                    .touchpoint("d", "Fourth", t -> { }))
            .build();

    /** One row, so that every arrow runs between cards (the row's edges are tested by the scene checks). */
    private static final RenderOptions ONE_ROW = RenderOptions.defaults().withPage(Page.NONE);

    @Test
    void everyArrowLeavesAndEntersItsCardAtAPortOfItsOwnWellApartFromTheOthers() {
        Scene scene = JourneyLayout.layout(FAN, ONE_ROW);

        List<double[]> ports = new ArrayList<>();
        for (Group arrow : SceneChecks.groups(scene, Role.TRANSITION)) {
            List<PathOp> ops = ((Path) arrow.children().get(0)).ops();
            MoveTo start = (MoveTo) ops.get(0);
            // Out of a split node, the branch's own port is where it turns off the fan.
            LineTo port = (LineTo) ops.get(1);
            ports.add(new double[] {port.x(), start.y()});
            Path head = (Path) arrow.children().get(1);
            MoveTo tip = (MoveTo) head.ops().get(0);
            ports.add(new double[] {tip.x(), tip.y()});
        }
        for (int i = 0; i < ports.size(); i++) {
            for (int j = i + 1; j < ports.size(); j++) {
                if (ports.get(i)[1] == ports.get(j)[1] && Math.abs(ports.get(i)[0] - ports.get(j)[0]) < 100) {
                    assertThat(Math.abs(ports.get(i)[0] - ports.get(j)[0])).as("ports on one edge")
                            .isGreaterThanOrEqualTo(16);
                }
            }
        }
        SceneChecks.assertReadable(scene);
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
        Scene scene = JourneyLayout.layout(INTERLEAVED, ONE_ROW);

        long bridges = SceneChecks.groups(scene, Role.TRANSITION).stream()
                .flatMap(g -> ((Path) g.children().get(0)).ops().stream())
                .filter(CurveTo.class::isInstance).count();
        assertThat(SceneChecks.crossings(scene)).isEqualTo(1);
        assertThat(bridges).isEqualTo(1);
        SceneChecks.assertReadable(scene);
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
