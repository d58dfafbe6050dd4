package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Severity;
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
import dev.journeymaps.render.words.Words;
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
            assertThat(FrictionLane.hasInputs(a)).as(card.touchpoint()).isTrue();
            Box bar = card.children().stream().filter(n -> n instanceof Box b && b.role() == Role.HEAT)
                    .map(Box.class::cast).findFirst().orElseThrow();
            assertThat(bar.level()).isEqualTo(FrictionLane.level(a.friction()));
            assertThat(texts(card, Role.REACH_TEXT)).containsExactly(Words.forMap("en").percent(a.reach()) + " reach");
            assertThat(card.tooltip()).contains("Reach: " + Words.forMap("en").percent(a.reach()) + " of customers");
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
    void aCellShowsOneFigureItsScoreWithABarAsLongAsTheScore() {
        List<Group> cells = JourneyLayoutTest.groups(scene, Role.LANE_CELL).stream()
                .filter(g -> g.tooltip().contains("Impact (friction")).toList();
        assertThat(cells).hasSize(example.touchpoints().size());
        for (Group cell : cells) {
            TouchpointAnalysis a = analysis.touchpoint(cell.touchpoint()).orElseThrow();
            assertThat(texts(cell, Role.METRIC_TEXT)).as(cell.touchpoint())
                    .containsExactly(String.format(java.util.Locale.ROOT, "%.2f", a.friction()));
            assertThat(texts(cell, Role.DETAIL_TEXT)).as("no impact repeated in every cell").isEmpty();
            List<Box> bars = boxes(cell, Role.HEAT);
            if (FrictionLane.level(a.friction()) == 0) {
                assertThat(bars).as("low friction is left unfilled").isEmpty();
            } else {
                assertThat(bars).singleElement().satisfies(bar -> {
                    assertThat(bar.level()).isEqualTo(FrictionLane.level(a.friction()));
                    assertThat(bar.width() / a.friction()).isCloseTo(
                            JourneyLayout.CARD_WIDTH - 36 - (analysis.hotspotRank(cell.touchpoint()).isPresent()
                                    ? 26 : 0), org.assertj.core.data.Offset.offset(1e-6));
                });
            }
        }
    }

    @Test
    void aStepTheJourneySaysNothingAboutShowsADashNotAScore() {
        Journey journey = Journey.builder("bare", "Imported")
                .stage("s", "Stage", s -> s
                        .touchpoint("a", "Opens the app", t -> t.painPoint("Slow start", Severity.HIGH))
                        .touchpoint("b", "Reads the news", t -> { })
                        .touchpoint("c", "Closes the app", t -> t.painPoint("Crashes", Severity.LOW)))
                .build();
        Scene bare = JourneyLayout.layout(journey, RenderOptions.defaults());

        Group cell = JourneyLayoutTest.groups(bare, Role.LANE_CELL).stream()
                .filter(g -> g.touchpoint().equals("b")).findFirst().orElseThrow();
        assertThat(texts(cell, Role.METRIC_TEXT)).isEmpty();
        assertThat(texts(cell, Role.AXIS_LABEL)).containsExactly("\u2013");
        assertThat(cell.tooltip()).contains("no score");
        Group card = JourneyLayoutTest.groups(bare, Role.TOUCHPOINT).stream()
                .filter(g -> g.touchpoint().equals("b")).findFirst().orElseThrow();
        assertThat(boxes(card, Role.HEAT)).as("no heat bar made up").isEmpty();
    }

    @Test
    void aJourneyThatSaysNothingToScoreHasNoFrictionLane() {
        Journey journey = Journey.builder("bare", "Imported")
                .stage("s", "Stage", s -> s
                        .touchpoint("a", "Opens the app", t -> { })
                        .touchpoint("b", "Reads the news", t -> { }))
                .build();

        assertThat(JourneyLayoutTest.groups(JourneyLayout.layout(journey, RenderOptions.defaults()), Role.LANE_CELL))
                .isEmpty();
    }

    @Test
    void theHotspotsColumnIsTintedUnbrokenThroughEveryLaneOfItsRow() {
        Group card = card("unboxing", Role.TOUCHPOINT);
        Box cardBox = (Box) card.children().get(0);
        List<Box> tints = JourneyLayoutTest.flatten(scene.nodes()).stream()
                .filter(n -> n instanceof Box b && b.role() == Role.HOTSPOT_COLUMN && b.x() < cardBox.x()
                        && b.x() + b.width() > cardBox.x() + cardBox.width())
                .map(Box.class::cast).sorted(java.util.Comparator.comparingDouble(Box::y)).toList();
        assertThat(tints).hasSizeGreaterThan(3);
        for (int i = 1; i < tints.size(); i++) {
            assertThat(tints.get(i).y()).as("no gap between tints").isEqualTo(
                    tints.get(i - 1).y() + tints.get(i - 1).height(), org.assertj.core.data.Offset.offset(1e-6));
        }
        Box cell = JourneyLayoutTest.flatten(card("unboxing", Role.LANE_CELL).children()).stream()
                .filter(n -> n instanceof TextBlock).map(n -> (TextBlock) n).findFirst()
                .map(t -> new Box(Role.LANE, t.lines().get(0).x(), t.lines().get(0).y(), 1, 1, 0, 0, false))
                .orElseThrow();
        assertThat(tints.get(0).y()).isLessThanOrEqualTo(cardBox.y());
        assertThat(tints.get(tints.size() - 1).y() + tints.get(tints.size() - 1).height())
                .isGreaterThan(cell.y());
        assertThat(texts(card, Role.HOTSPOT_RANK)).as("the rank on the card").containsExactly("1");
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

    private static List<Box> boxes(Group group, Role role) {
        return group.children().stream().filter(n -> n instanceof Box b && b.role() == role).map(Box.class::cast)
                .toList();
    }

    private static List<String> texts(Group group, Role role) {
        return JourneyLayoutTest.flatten(group.children()).stream()
                .filter(n -> n instanceof TextBlock t && t.role() == role)
                .flatMap(n -> ((TextBlock) n).lines().stream().map(Scene.TextLine::text))
                .toList();
    }
}
