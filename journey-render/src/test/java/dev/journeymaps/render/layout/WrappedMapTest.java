package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.testing.LargeJourneys;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A map wrapped into rows for its page: what a row holds, what it repeats and how flows cross between rows. */
class WrappedMapTest {

    @Test
    void aRowOnAPageHoldsAsManyTouchpointsAsFitItsWidthAtNinePoints() {
        assertThat(JourneyLayout.columnsPerRow(Page.A3)).isEqualTo(5);
        // A slide's columns are narrower (MapMetrics.SLIDE): eight, where the paper's would be four.
        assertThat(JourneyLayout.columnsPerRow(Page.SLIDE)).isEqualTo(8);
        assertThat(JourneyLayout.columnsPerRow(Page.A4)).isEqualTo(3);
        assertThat(JourneyLayout.columnsPerRow(Page.NONE)).isEqualTo(Integer.MAX_VALUE);

        Scene slide = JourneyLayout.layout(LargeJourneys.of(3, 6), RenderOptions.defaults().withPage(Page.SLIDE));
        assertThat(slide.width()).isLessThanOrEqualTo(PageLayout.unitsWide(Page.SLIDE));
    }

    @Test
    void aStageSplitOverRowsIsMarkedContinuedAndFlowsBetweenRowsNameTheirOtherEnd() {
        Journey journey = LargeJourneys.of(1, 10);
        Scene scene = JourneyLayout.layout(journey, RenderOptions.defaults().withPage(Page.A3));

        assertThat(texts(scene, Role.STAGE_NAME)).containsExactly("Stage 0", "Stage 0 (continued)");
        // t3 branches to t4 and t6; t6 is in the second row, so its arrow is labelled with where it goes.
        assertThat(texts(scene, Role.FLOW_LABEL)).anySatisfy(l -> assertThat(l).contains("to Customer does step 6"));
        assertThat(texts(scene, Role.FLOW_LABEL)).anySatisfy(l -> assertThat(l).contains("from Customer does step 3"));
        SceneChecks.assertReadable(scene);
    }

    @Test
    void aShortJourneyStaysOneRow() {
        Scene scene = JourneyLayout.layout(ExampleJourneys.damagedDelivery(),
                RenderOptions.defaults().withPage(Page.NONE));
        Scene auto = JourneyLayout.layout(LargeJourneys.of(2, 2), RenderOptions.defaults());

        assertThat(texts(auto, Role.LANE_LABEL).stream().filter("Touchpoints"::equals)).hasSize(1);
        assertThat(texts(scene, Role.LANE_LABEL).stream().filter("Touchpoints"::equals)).hasSize(1);
    }

    static List<String> texts(Scene scene, Role role) {
        return JourneyLayoutTest.flatten(scene.nodes()).stream().filter(TextBlock.class::isInstance)
                .map(TextBlock.class::cast).filter(t -> t.role() == role)
                .flatMap(t -> t.lines().stream().map(l -> l.text())).toList();
    }
}
