package dev.journeymaps.render.layout;

import static dev.journeymaps.render.layout.JourneyLayoutTest.cards;
import static dev.journeymaps.render.layout.JourneyLayoutTest.flatten;
import static dev.journeymaps.render.layout.JourneyLayoutTest.groups;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.TextDirection;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.TextBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A right-to-left journey is the left-to-right map mirrored: stages, cards and arrows run leftwards. */
class RightToLeftLayoutTest {

    private static Journey withDirection(Journey j, TextDirection d) {
        return new Journey(j.id(), j.title(), j.description(), j.lang(), j.personas(), j.stages(), j.location(),
                j.settings().withDirection(d));
    }

    private static Scene layout(Journey journey) {
        return JourneyLayout.layout(journey, RenderOptions.defaults().withLanes(Lane.ALL));
    }

    private static final Journey LTR = ExampleJourneys.damagedDelivery();
    private static final Journey RTL = withDirection(LTR, TextDirection.RTL);

    @Test
    void cardsRunFromRightToLeftInJourneyOrder() {
        List<Box> cards = cards(layout(RTL));
        assertThat(cards).hasSize(4);
        for (int i = 1; i < cards.size(); i++) {
            assertThat(cards.get(i).x() + cards.get(i).width()).as("card %d ends left of card %d", i, i - 1)
                    .isLessThanOrEqualTo(cards.get(i - 1).x());
        }
    }

    @Test
    void everyCardIsTheMirrorImageOfItsLeftToRightPlace() {
        Scene ltr = layout(LTR);
        Scene rtl = layout(RTL);
        assertThat(rtl.width()).isEqualTo(ltr.width());
        assertThat(rtl.height()).isEqualTo(ltr.height());
        List<Box> left = cards(ltr);
        List<Box> right = cards(rtl);
        for (int i = 0; i < left.size(); i++) {
            assertThat(right.get(i).x()).isEqualTo(ltr.width() - left.get(i).x() - left.get(i).width());
            assertThat(right.get(i).y()).isEqualTo(left.get(i).y());
        }
    }

    @Test
    void mirroringKeepsEverythingButPositions() {
        Scene ltr = layout(LTR);
        Scene rtl = layout(RTL);
        List<Scene.Node> left = flatten(ltr.nodes());
        List<Scene.Node> right = flatten(rtl.nodes());
        assertThat(right).hasSameSizeAs(left);
        for (int i = 0; i < left.size(); i++) {
            assertThat(right.get(i).role()).isEqualTo(left.get(i).role());
            if (left.get(i) instanceof Group g) {
                assertThat(((Group) right.get(i)).touchpoint()).isEqualTo(g.touchpoint());
                assertThat(((Group) right.get(i)).tooltip()).isEqualTo(g.tooltip());
            }
        }
    }

    @Test
    void theFirstStageIsOnTheRight() {
        List<Box> headers = groups(layout(RTL), Role.STAGE).stream().map(g -> (Box) g.children().get(0)).toList();
        for (int i = 1; i < headers.size(); i++) {
            assertThat(headers.get(i).x()).isLessThan(headers.get(i - 1).x());
        }
    }

    @Test
    void laneLabelsSitRightOfTheCardsAlignedToTheirRightEdge() {
        Scene scene = layout(RTL);
        double cardsRight = cards(scene).stream().mapToDouble(b -> b.x() + b.width()).max().orElseThrow();
        List<TextBlock> labels = flatten(scene.nodes()).stream()
                .filter(n -> n instanceof TextBlock t && t.role() == Role.LANE_LABEL).map(TextBlock.class::cast)
                .toList();
        assertThat(labels).isNotEmpty().allSatisfy(t -> {
            assertThat(t.anchor()).isEqualTo(Anchor.END);
            assertThat(t.lines().get(0).x() - t.width()).isGreaterThan(cardsRight);
        });
    }

    @Test
    void arrowsAndConnectorsPointLeftwards() {
        Scene scene = layout(RTL);
        for (Group connector : groups(scene, Role.CONNECTOR)) {
            Path line = (Path) connector.children().get(0);
            assertThat(((LineTo) line.ops().get(1)).x()).isLessThan(((MoveTo) line.ops().get(0)).x());
        }
        // The forward branch checkout -> unboxing skips a card: routed, and it must end left of where it starts.
        Group branch = groups(scene, Role.TRANSITION).stream().filter(g -> g.tooltip().contains("damaged parcel"))
                .findFirst().orElseThrow();
        List<Scene.PathOp> ops = ((Path) branch.children().get(0)).ops();
        assertThat(((LineTo) ops.get(ops.size() - 1)).x()).isLessThan(((MoveTo) ops.get(0)).x());
    }

    @Test
    void textWithoutAStrongDirectionTakesTheMapsDirection() {
        List<TextBlock> texts = flatten(layout(RTL).nodes()).stream()
                .filter(TextBlock.class::isInstance).map(TextBlock.class::cast).toList();
        // English text stays left to right inside a right-to-left map; a bare figure follows the map.
        assertThat(texts).filteredOn(t -> t.lines().get(0).text().startsWith("Opens"))
                .isNotEmpty().allSatisfy(t -> assertThat(t.rightToLeft()).isFalse());
        assertThat(Directions.isRightToLeft("41 %", true)).isTrue();
        assertThat(Directions.isRightToLeft("41 %", false)).isFalse();
        assertThat(Directions.isRightToLeft("۳ روز بعد", false)).isTrue();
        assertThat(Directions.isRightToLeft("42 سفارش", false)).isTrue();
    }

    @Test
    void aPersianJourneyIsRightToLeftUnlessItSaysOtherwise() {
        Journey persian = Journey.builder("p", "لغو اشتراک").lang("fa")
                .stage("s1", "تصمیم", s -> s.touchpoint("a", "ورود به حساب", t -> t.channel("web")))
                .stage("s2", "لغو", s -> s.touchpoint("b", "تأیید لغو", t -> t.channel("web"))).build();
        List<Box> cards = cards(layout(persian));
        assertThat(cards.get(1).x()).isLessThan(cards.get(0).x());
        List<Box> forced = cards(layout(withDirection(persian, TextDirection.LTR)));
        assertThat(forced.get(1).x()).isGreaterThan(forced.get(0).x());
    }

    @Test
    void theDiffMapOfARightToLeftJourneyIsItsLeftToRightMapMirrored() {
        Scene ltr = diff(LTR);
        Scene rtl = diff(RTL);
        assertThat(rtl.width()).isEqualTo(ltr.width());
        List<Scene.Marker> left = points(ltr);
        List<Scene.Marker> right = points(rtl);
        assertThat(right).hasSameSizeAs(left).isNotEmpty();
        for (int i = 0; i < left.size(); i++) {
            assertThat(right.get(i).x()).isEqualTo(ltr.width() - left.get(i).x());
            assertThat(right.get(i).y()).isEqualTo(left.get(i).y());
        }
        // Customers walk leftwards: the first touchpoint's point is the rightmost.
        assertThat(right.get(0).x()).isGreaterThan(right.get(right.size() - 1).x());
    }

    private static Scene diff(Journey journey) {
        var analysis = dev.journeymaps.model.analysis.Analyzer.analyze(journey,
                dev.journeymaps.model.analysis.AnalysisOptions.of(journey));
        return DiffLayout.layout(journey, journey,
                dev.journeymaps.model.diff.JourneyDiffer.compare(journey, analysis, journey, analysis));
    }

    private static List<Scene.Marker> points(Scene scene) {
        return flatten(scene.nodes()).stream()
                .filter(n -> n instanceof Scene.Marker m && m.role() == Role.EMOTION_POINT)
                .map(Scene.Marker.class::cast)
                .toList();
    }
}
