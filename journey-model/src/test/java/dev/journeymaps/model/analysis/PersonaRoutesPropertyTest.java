package dev.journeymaps.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import org.junit.jupiter.api.Test;

/** Properties of persona routes over seeded generated journeys; replay one with {@code -Djourney.seed=N}. */
class PersonaRoutesPropertyTest {

    private static final int CASES = 300;

    @Test
    void theRoutesReachWeighedByShareIsTheJourneysReach() {
        Seeds.forEach(11_000, CASES, seed -> {
            JourneyAnalysis a = Analyzer.analyze(RandomJourneys.generate(seed), AnalysisOptions.DEFAULTS);
            if (!a.routedByPersona()) {
                return;
            }
            assertThat(a.personas().stream().mapToDouble(PersonaAnalysis::share).sum()).isCloseTo(1, within(1e-9));
            for (TouchpointAnalysis t : a.touchpoints().values()) {
                double weighed = 0;
                for (PersonaAnalysis p : a.personas()) {
                    weighed += p.share() * p.touchpoint(t.touchpointId()).map(TouchpointAnalysis::reach).orElse(0.0);
                }
                assertThat(t.reach()).as(t.touchpointId()).isCloseTo(Math.min(1, weighed), within(1e-9));
            }
        });
    }

    @Test
    void aPersonasRouteHoldsOnlyTouchpointsThatInvolveThem() {
        Seeds.forEach(12_000, CASES, seed -> {
            Journey journey = RandomJourneys.generate(seed);
            for (Persona p : journey.personas()) {
                Journey route = journey.forPersona(p.id());
                assertThat(route.touchpoints()).allSatisfy(t -> assertThat(t.involves(p.id())).isTrue());
                assertThat(route.touchpoints()).extracting(Touchpoint::id).containsExactlyElementsOf(
                        journey.touchpoints().stream().filter(t -> t.involves(p.id())).map(Touchpoint::id).toList());
                assertThat(route.touchpoints()).allSatisfy(t -> assertThat(t.next())
                        .allSatisfy(n -> assertThat(route.touchpoint(n.to())).isPresent()));
            }
        });
    }
}
