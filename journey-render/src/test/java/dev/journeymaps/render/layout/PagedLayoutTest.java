package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.testing.LargeJourneys;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map on pages: the page's size, text never below 9 pt on it, lane labels on every page, each card once. */
class PagedLayoutTest {

    private static final Journey LARGE = LargeJourneys.of(25, 20);

    @Test
    void aPdfPageIsA3LandscapeUnlessAskedOtherwise() {
        Scene page = JourneyLayout.pages(ExampleJourneys.damagedDelivery(), RenderOptions.defaults()).get(0);

        assertThat(page.width() * PageLayout.pointsPerUnit()).isCloseTo(1190.55, org.assertj.core.data.Offset.offset(0.01));
        assertThat(page.height() * PageLayout.pointsPerUnit()).isCloseTo(841.89, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void everyPageKeepsItsTextAtNinePointsOrMoreAndItsCardsOnThePage() {
        for (Page size : List.of(Page.A4, Page.A3, Page.A2, Page.LETTER, Page.SLIDE)) {
            List<Scene> pages = JourneyLayout.pages(LARGE, RenderOptions.defaults().withPage(size));
            for (Scene page : pages) {
                for (Node node : JourneyLayoutTest.flatten(page.nodes())) {
                    if (node instanceof TextBlock t) {
                        assertThat(t.size() * PageLayout.pointsPerUnit()).as("%s text %s", size, t.lines())
                                .isGreaterThanOrEqualTo(Page.MIN_TEXT_POINTS);
                    }
                }
                SceneChecks.noTwoCardsOverlap(page);
                SceneChecks.everythingLiesOnTheCanvas(page);
            }
        }
    }

    @Test
    void everyTouchpointIsDrawnOnceAndEveryPageWithCardsLabelsTheirLane() {
        List<Scene> pages = JourneyLayout.pages(LARGE, RenderOptions.defaults().withPage(Page.A3));
        List<String> drawn = new ArrayList<>();
        for (Scene page : pages) {
            List<Group> cards = JourneyLayoutTest.groups(page, Role.TOUCHPOINT);
            cards.forEach(c -> drawn.add(c.touchpoint()));
            if (!cards.isEmpty()) {
                assertThat(texts(page, Role.LANE_LABEL)).contains("Touchpoints");
            }
        }
        assertThat(drawn).containsExactlyElementsOf(LARGE.touchpoints().stream().map(t -> t.id()).toList());
        // 500 touchpoints at 5 an A3 row: a hundred rows, none shrunk.
        assertThat(pages.size()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void eachPageSaysItsNumberAndTheJourneysTitle() {
        List<Scene> pages = JourneyLayout.pages(ExampleJourneys.damagedDelivery(), RenderOptions.defaults());

        assertThat(pages.size()).isGreaterThan(1);
        assertThat(texts(pages.get(0), Role.DESCRIPTION)).contains("Page 1 of " + pages.size());
        assertThat(texts(pages.get(1), Role.DESCRIPTION)).contains("Page 2 of " + pages.size())
                .contains(ExampleJourneys.damagedDelivery().title());
    }

    @Test
    void noPageMeansOnePageTheSizeOfTheWholeMap() {
        Journey journey = ExampleJourneys.damagedDelivery();
        RenderOptions none = RenderOptions.defaults().withPage(Page.NONE);

        assertThat(JourneyLayout.pages(journey, none)).containsExactly(JourneyLayout.layout(journey, none));
    }

    @Test
    void aRowThatFitsAPageIsNeverSplitOverTwoWhereItsLanesWouldStandWithoutItsCards() {
        // A journey whose rows each fit a slide alone, but the first not under its title block and six personas.
        Journey generated = generated();
        for (Journey journey : List.of(generated)) {
            for (Page size : List.of(Page.SLIDE)) {
                for (Scene page : JourneyLayout.pages(journey, RenderOptions.defaults().withPage(size))) {
                    List<String> labels = texts(page, Role.LANE_LABEL);
                    boolean overview = labels.contains("Stages");
                    if (!overview && (labels.contains("Friction") || labels.contains("Emotion"))) {
                        assertThat(labels).as("%s on %s", journey.id(), size).contains("Touchpoints");
                    }
                }
            }
        }
    }

    @Test
    void aPageHoldsAsManyWholeRowsAsFitOneUnderTheOther() {
        // The generated journey's rows (cards, emotion, friction) are short: an A2 page has room for two or more.
        Journey generated = generated();
        List<Scene> pages = JourneyLayout.pages(generated, RenderOptions.defaults().withPage(Page.A2));
        int rows = RowPlan.of(generated.stages(), JourneyLayout.columnsPerRow(Page.A2)).size();
        long mostRowsOnAPage = pages.stream()
                .mapToLong(p -> texts(p, Role.LANE_LABEL).stream().filter("Touchpoints"::equals).count())
                .max().orElse(0);
        assertThat(mostRowsOnAPage).isGreaterThanOrEqualTo(2);
        assertThat(pages.size()).as("the overview and the pages of %d rows", rows).isLessThan(rows);
    }

    @Test
    void aHundredTouchpointsFitAHandfulOfSlidesWithTheirTextAtNinePointsAndEveryLaneLabelled() {
        // 31 map slides of four touchpoints and one row each with the paper's columns; a slide's narrower columns
        // and lower lanes hold two rows of eight (issue 14).
        Journey generated = generated();
        List<Scene> pages = JourneyLayout.pages(generated, RenderOptions.defaults().withPage(Page.SLIDE));

        assertThat(pages.size()).as("the overview and at most 8 map slides").isLessThanOrEqualTo(1 + 8);
        List<String> drawn = new ArrayList<>();
        for (Scene page : pages.subList(1, pages.size())) {
            SceneChecks.noTypeBelow(page, JourneyLayout.MIN_TEXT);
            SceneChecks.noTwoCardsOverlap(page);
            SceneChecks.everyTextFitsItsBox(page, Role.TOUCHPOINT);
            SceneChecks.everyTextFitsItsBox(page, Role.STAGE);
            SceneChecks.lanesAreStacked(page);
            SceneChecks.laneCellsStayInTheirColumnAndLane(page);
            SceneChecks.laneLabelsKeepClearOfScales(page);
            SceneChecks.noNameCutWhereItsCardHasRoom(page);
            SceneChecks.routedArrowsGoAroundCards(page);
            SceneChecks.arrowHeadsNeverTouch(page);
            SceneChecks.everythingLiesOnTheCanvas(page);
            List<Group> cards = JourneyLayoutTest.groups(page, Role.TOUCHPOINT);
            cards.forEach(c -> drawn.add(c.touchpoint()));
            List<String> labels = texts(page, Role.LANE_LABEL);
            long rows = labels.stream().filter("Touchpoints"::equals).count();
            assertThat(rows).as("rows on a slide").isBetween(1L, 2L);
            assertThat(labels.stream().filter("Emotion"::equals).count()).isEqualTo(rows);
            assertThat(labels.stream().filter("Friction"::equals).count()).isEqualTo(rows);
            // the levels of the emotion scale, by name, once per row
            assertThat(texts(page, Role.AXIS_LABEL).stream().filter("frustrated"::equals).count()).isEqualTo(rows);
        }
        assertThat(drawn).containsExactlyElementsOf(generated.touchpoints().stream().map(t -> t.id()).toList());
        // Eight a row, so a slide's row shows eight of them.
        assertThat(JourneyLayout.columnsPerRow(Page.SLIDE)).isEqualTo(8);
    }

    private static Journey generated() {
        try (java.io.InputStream in = PagedLayoutTest.class.getResourceAsStream(
                "/journeys/generated-100-six-personas.yaml")) {
            return dev.journeymaps.model.io.JourneyReader.read(
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "generated.yaml")
                    .journey().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> texts(Scene scene, Role role) {
        return JourneyLayoutTest.flatten(scene.nodes()).stream().filter(TextBlock.class::isInstance)
                .map(TextBlock.class::cast).filter(t -> t.role() == role)
                .flatMap(t -> t.lines().stream().map(l -> l.text())).toList();
    }
}
