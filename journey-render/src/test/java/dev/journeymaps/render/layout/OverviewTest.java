package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.Hotspot;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import dev.journeymaps.render.testing.LargeJourneys;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A map of several pages opens with the journey at a glance: stages, emotion, funnel and the top hotspots. */
class OverviewTest {

    @Test
    void aMapOfSeveralPagesOpensWithTheOverview() {
        Journey journey = LargeJourneys.of(8, 5);
        AnalysedJourney analysed = AnalysedJourney.of(journey);
        List<Scene> pages = JourneyLayout.pages(analysed, RenderOptions.defaults().withPage(Page.SLIDE));

        Scene first = pages.get(0);
        assertThat(JourneyLayoutTest.groups(first, Role.OVERVIEW)).hasSize(1);
        assertThat(JourneyLayoutTest.groups(first, Role.STAGE)).hasSize(journey.stages().size());
        assertThat(JourneyLayoutTest.groups(first, Role.TOUCHPOINT)).isEmpty();
        assertThat(lines(first)).contains("Stages", "Emotion", "Funnel", "Top hotspots", "Page 1 of " + pages.size());
        List<Hotspot> hotspots = analysed.analysis().hotspots();
        assertThat(JourneyLayoutTest.flatten(first.nodes()))
                .filteredOn(n -> n instanceof Scene.Marker m && m.role() == Role.HOTSPOT_BADGE)
                .hasSize(Math.min(3, hotspots.size()));
        assertThat(pages.subList(1, pages.size()))
                .allSatisfy(p -> assertThat(JourneyLayoutTest.groups(p, Role.OVERVIEW)).isEmpty());
    }

    @Test
    void keepsItsTextAtNinePointsOrMoreAndOnThePage() {
        for (Page size : List.of(Page.SLIDE, Page.A4, Page.A3)) {
            Scene first = JourneyLayout.pages(LargeJourneys.of(30, 4), RenderOptions.defaults().withPage(size)).get(0);
            for (TextBlock t : SceneChecks.texts(first)) {
                assertThat(t.size() * PageLayout.pointsPerUnit()).isGreaterThanOrEqualTo(Page.MIN_TEXT_POINTS);
                assertThat(t.lines()).allSatisfy(l -> assertThat(l.y()).isLessThan(first.height()));
            }
            SceneChecks.everyTextFitsItsBox(first, Role.STAGE);
            SceneChecks.everythingLiesOnTheCanvas(first);
        }
    }

    @Test
    void aMapOnOnePageHasNoOverview() {
        Journey journey = LargeJourneys.of(1, 1);
        List<Scene> pages = JourneyLayout.pages(journey, RenderOptions.defaults().withPage(Page.A2));

        assertThat(pages).hasSize(1);
        assertThat(JourneyLayoutTest.groups(pages.get(0), Role.OVERVIEW)).isEmpty();
    }

    private static List<String> lines(Scene scene) {
        return SceneChecks.texts(scene).stream().flatMap(t -> t.lines().stream()).map(TextLine::text).toList();
    }
}
