package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.TextBlock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The friction analysis as the map shows it: heat bars and reach on the cards, the lane's cells and its legend. */
class FrictionOnMapTest {

    private final Journey example = ExampleJourneys.damagedDelivery();
    private final JourneyAnalysis analysis = Analyzer.analyze(example, AnalysisOptions.of(example));
    private final Scene scene = JourneyLayout.layout(example, RenderOptions.defaults());

    @Test
    void everyCardCarriesAHeatBarOnTheFrictionScaleAndItsReach() {
        for (Group card : JourneyLayoutTest.groups(scene, Role.TOUCHPOINT)) {
            TouchpointAnalysis a = analysis.touchpoint(card.touchpoint()).orElseThrow();
            Box bar = card.children().stream().filter(n -> n instanceof Box b && b.role() == Role.HEAT)
                    .map(Box.class::cast).findFirst().orElseThrow();
            assertThat(bar.level()).isEqualTo(FrictionLane.level(a.friction()));
            assertThat(texts(card, Role.REACH_TEXT)).containsExactly(Percent.of(a.reach()) + " reach");
            assertThat(card.tooltip()).contains("Reach: " + Percent.of(a.reach()) + " of customers");
        }
    }

    @Test
    void theDamagedParcelIsTheTopHotspotOnItsCardAndInTheLane() {
        assertThat(analysis.hotspots()).isNotEmpty();
        assertThat(analysis.hotspots().get(0).touchpoint().touchpointId()).isEqualTo("unboxing");
        Group card = card("unboxing", Role.TOUCHPOINT);
        assertThat(card.tooltip()).contains("(hotspot #1)");
        Group cell = card("unboxing", Role.LANE_CELL);
        assertThat(texts(cell, Role.HOTSPOT_RANK)).containsExactly("1");
        assertThat(cell.tooltip()).contains("Impact (friction \u00d7 reach)");
    }

    @Test
    void theFrictionLaneExplainsItsScaleWithEveryStep() {
        List<Group> legends = JourneyLayoutTest.groups(scene, Role.FRICTION_LEGEND);
        assertThat(legends).hasSize(1);
        assertThat(legends.get(0).children().stream().filter(n -> n.role() == Role.HEAT).map(n -> ((Box) n).level()))
                .containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void withoutTheFrictionLaneCardsCarryNoHeatAndNoReach() {
        Scene plain = JourneyLayout.layout(example,
                RenderOptions.defaults().withLanes(List.of(Lane.TOUCHPOINTS, Lane.EMOTIONS)));
        List<Node> all = JourneyLayoutTest.flatten(plain.nodes());
        assertThat(all).noneMatch(n -> n.role() == Role.HEAT || n.role() == Role.REACH_TEXT);
    }

    @Test
    void heatStepsSplitTheUnitIntervalEvenly() {
        assertThat(FrictionLane.level(0)).isZero();
        assertThat(FrictionLane.level(0.19)).isZero();
        assertThat(FrictionLane.level(0.2)).isEqualTo(1);
        assertThat(FrictionLane.level(0.99)).isEqualTo(4);
        assertThat(FrictionLane.level(1)).isEqualTo(4);
        assertThat(FrictionLane.level(Double.NaN)).isZero();
    }

    private Group card(String touchpoint, Role role) {
        Optional<Group> found = JourneyLayoutTest.groups(scene, role).stream()
                .filter(g -> g.touchpoint().equals(touchpoint)).findFirst();
        return found.orElseThrow();
    }

    private static List<String> texts(Group group, Role role) {
        return JourneyLayoutTest.flatten(group.children()).stream()
                .filter(n -> n instanceof TextBlock t && t.role() == role)
                .flatMap(n -> ((TextBlock) n).lines().stream().map(Scene.TextLine::text))
                .toList();
    }
}
