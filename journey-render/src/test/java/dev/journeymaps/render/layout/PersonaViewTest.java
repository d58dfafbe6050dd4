package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.render.RenderOptions;
import org.junit.jupiter.api.Test;

/** A persona's map draws the model's route of that persona with the route's own figures. */
class PersonaViewTest {

    private static final Journey TWO_DOORS = Journey.builder("j", "J")
            .persona("shop", "Shop", p -> p.share(0.6))
            .persona("web", "Web", p -> p.share(0.4))
            .stage("s", "S", s -> s
                    .touchpoint("shop-visit", "In the shop", t -> t.actors("shop").next("paid"))
                    .touchpoint("web-visit", "On the web", t -> t.actors("web").next("paid"))
                    .touchpoint("paid", "Pays", t -> t.exit()))
            .build();

    @Test
    void aPersonasMapShowsTheReachOfTheirRouteNotOfTheWholeJourney() {
        Scene whole = JourneyLayout.layout(AnalysedJourney.of(TWO_DOORS), RenderOptions.defaults());
        assertThat(JourneyLayoutTest.groups(whole, Role.TOUCHPOINT))
                .anySatisfy(g -> assertThat(g.tooltip()).contains("On the web", "Reach: 40% of customers"));

        Scene web = JourneyLayout.layout(AnalysedJourney.of(TWO_DOORS), RenderOptions.defaults().withPersona("web"));
        assertThat(JourneyLayoutTest.groups(web, Role.TOUCHPOINT)).extracting(g -> g.tooltip().lines()
                .findFirst().orElseThrow()).containsExactly("On the web", "Pays");
        assertThat(JourneyLayoutTest.groups(web, Role.TOUCHPOINT))
                .allSatisfy(g -> assertThat(g.tooltip()).contains("Reach: 100% of customers"));
    }
}
