package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Evidence;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.testing.LargeJourneys;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key to the map's symbols: on every map and page that draws one, listing exactly the symbols drawn there. */
class LegendTest {

    @Test
    void explainsExactlyTheSymbolsTheMapDraws() {
        Scene scene = JourneyLayout.layout(ExampleJourneys.damagedDelivery(), RenderOptions.defaults());

        assertThat(entries(scene)).containsExactly("moment of truth", "pain point, high",
                "card edge: friction, on the friction lane's scale", "hotspot, ranked by impact",
                "customers lost here per 1,000 entering the journey", "exit: customers leave here");
    }

    @Test
    void explainsTheDashOfAStepWithoutFrictionData() {
        Journey journey = Journey.builder("bare", "Imported")
                .stage("s", "Stage", s -> s
                        .touchpoint("a", "Opens the app", t -> t.painPoint("Slow start", Severity.HIGH))
                        .touchpoint("b", "Reads the news", t -> { })
                        .touchpoint("c", "Closes the app", t -> t.painPoint("Crashes", Severity.LOW)))
                .build();

        assertThat(entries(JourneyLayout.layout(journey, RenderOptions.defaults())))
                .contains("no friction score: the journey gives no data for this step");
    }

    @Test
    void explainsDashedCardsHotspotsAndLoopsWhenTheMapHasThem() {
        Journey journey = Journey.builder("loop", "Loops")
                .stage("s", "Stage", s -> s
                        .touchpoint("a", "Tries to log in", t -> t.evidence(Evidence.ASSUMED)
                                .painPoint("Forgets the password", Severity.CRITICAL)
                                .next("a", 0.3, "tries again")
                                .next("b", 0.7, ""))
                        .touchpoint("b", "Logs in", t -> t.painPoint("Slow", Severity.LOW)))
                .build();

        List<String> entries = entries(JourneyLayout.layout(journey, RenderOptions.defaults()));

        assertThat(entries).contains("dashed: assumed, not researched", "loop: customers repeat the step",
                "pain point, low", "pain point, critical", "hotspot, ranked by impact")
                .doesNotContain("moment of truth", "pain point, high");
    }

    @Test
    void leavesOutWhatTheChosenLanesDoNotDraw() {
        Scene scene = JourneyLayout.layout(ExampleJourneys.damagedDelivery(),
                RenderOptions.defaults().withLanes(List.of(Lane.EMOTIONS, Lane.THOUGHTS)));

        assertThat(JourneyLayoutTest.groups(scene, Role.LEGEND)).isEmpty();
    }

    @Test
    void speaksTheJourneysLanguage() {
        Journey english = ExampleJourneys.damagedDelivery();
        Journey croatian = new Journey(english.id(), english.title(), english.description(), "hr",
                english.personas(), english.stages(), english.location(), english.settings());

        Scene scene = JourneyLayout.layout(croatian, RenderOptions.defaults());

        assertThat(entries(scene)).contains("trenutak istine", "bolna točka, visoka", "izlaz: ovdje kupci odlaze");
        assertThat(SceneChecks.texts(scene)).anySatisfy(t -> assertThat(t.lines().get(0).text()).isEqualTo("Legenda"));
    }

    @Test
    void everyPageWithSymbolsHasItsOwnKeyAtItsFootBelowEverythingElse() {
        Journey journey = LargeJourneys.of(6, 5);
        List<Scene> pages = JourneyLayout.pages(journey, RenderOptions.defaults().withPage(Page.A4));

        assertThat(pages.size()).isGreaterThan(2);
        for (Scene page : pages) {
            boolean hasCards = !SceneChecks.cards(page).isEmpty();
            List<Group> keys = JourneyLayoutTest.groups(page, Role.LEGEND);
            assertThat(keys).as("a key on a page with cards").hasSize(hasCards ? 1 : keys.size());
            if (keys.isEmpty()) {
                continue;
            }
            double keyTop = SceneChecks.flatten(keys.get(0).children()).stream()
                    .filter(TextBlock.class::isInstance).map(TextBlock.class::cast)
                    .mapToDouble(t -> t.lines().get(0).y() - t.size()).min().orElseThrow();
            double lowest = SceneChecks.flatten(page.nodes()).stream()
                    .filter(n -> n instanceof Scene.Box b && b.role() != Role.BACKGROUND
                            && b.role() != Role.STAGE_BAND && !inside(keys.get(0), n))
                    .mapToDouble(n -> ((Scene.Box) n).y() + ((Scene.Box) n).height()).max().orElse(0);
            assertThat(keyTop).as("the key below the lanes").isGreaterThan(lowest);
            assertThat(keyTop).isLessThan(page.height());
        }
    }

    private static boolean inside(Group group, Scene.Node node) {
        return SceneChecks.flatten(group.children()).stream().anyMatch(n -> n == node);
    }

    /** The key's entries, in order. */
    static List<String> entries(Scene scene) {
        return JourneyLayoutTest.groups(scene, Role.LEGEND).stream()
                .flatMap(g -> g.children().stream())
                .filter(n -> n instanceof TextBlock t && t.role() == Role.LEGEND_TEXT)
                .map(n -> ((TextBlock) n).lines().get(0).text())
                .toList();
    }
}
