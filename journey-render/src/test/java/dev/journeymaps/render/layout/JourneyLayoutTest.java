package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.Typography;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.theme.Theme;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Properties of the scene over generated journeys: nothing overlaps, every text fits its box, arrows go around cards
 * (the checks themselves are {@link SceneChecks}, which the samples' tests run too).
 */
class JourneyLayoutTest {

    private static final int CASES = 200;
    private static final long BASE_SEED = 4_000L;

    /** Every lane, the friction lane included, so the properties cover them all. */
    private static Scene layout(Journey journey) {
        return JourneyLayout.layout(journey, RenderOptions.defaults().withLanes(Lane.ALL));
    }

    @Test
    void noTwoCardsOverlap() {
        forEachScene(SceneChecks::noTwoCardsOverlap);
    }

    @Test
    void everyTextOfACardFitsInsideTheCard() {
        forEachScene(scene -> SceneChecks.everyTextFitsItsBox(scene, Role.TOUCHPOINT));
    }

    @Test
    void everyTextStillFitsWithTheLargestFontSizesAThemeMayAskFor() {
        Theme large = new Theme("large", Theme.LIGHT.colours(), new Typography(32, 18, 15), 0);
        Seeds.forEach(BASE_SEED, 60, seed -> {
            Scene scene = JourneyLayout.layout(RandomJourneys.generate(seed),
                    RenderOptions.defaults().withLanes(Lane.ALL).withTheme(large));
            SceneChecks.everyTextFitsItsBox(scene, Role.TOUCHPOINT);
            SceneChecks.everyTextFitsItsBox(scene, Role.STAGE);
            assertThat(flatten(scene.nodes())).filteredOn(n -> n instanceof TextBlock t && t.role() == Role.TITLE)
                    .allSatisfy(t -> assertThat(((TextBlock) t).size()).isEqualTo(32));
        });
    }

    @Test
    void everyStageHeaderTextFitsInsideItsHeader() {
        forEachScene(scene -> SceneChecks.everyTextFitsItsBox(scene, Role.STAGE));
    }

    @Test
    void everyLaneCellStaysInsideItsColumnAndItsLane() {
        forEachScene(SceneChecks::laneCellsStayInTheirColumnAndLane);
    }

    @Test
    void lanesAreStackedWithoutOverlap() {
        forEachScene(SceneChecks::lanesAreStacked);
    }

    @Test
    void everyPersonaTextFitsInsideItsCard() {
        forEachScene(scene -> SceneChecks.everyTextFitsItsBox(scene, Role.PERSONA));
    }

    @Test
    void routedArrowsNeverCrossACard() {
        forEachScene(SceneChecks::routedArrowsGoAroundCards);
    }

    @Test
    void everythingLiesOnTheCanvas() {
        forEachScene(SceneChecks::everythingLiesOnTheCanvas);
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
        SceneChecks.assertFits(text, box);
    }

    static List<Box> cards(Scene scene) {
        return SceneChecks.cards(scene);
    }

    static List<Group> groups(Scene scene, Role role) {
        return SceneChecks.groups(scene, role);
    }

    static List<Node> flatten(List<Node> nodes) {
        return SceneChecks.flatten(nodes);
    }

    /**
     * Checks the scene of {@value #CASES} generated journeys, or of the one seeded by {@code journey.seed}, naming
     * a failing seed.
     */
    private static void forEachScene(Consumer<Scene> property) {
        Seeds.forEach(BASE_SEED, CASES, seed -> property.accept(layout(RandomJourneys.generate(seed))));
    }
}
