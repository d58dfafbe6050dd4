package dev.journeymaps.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.Transition;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomJourneysTest {

    private static final int CASES = 300;

    @Test
    void sameSeedGivesTheSameJourney() {
        assertThat(RandomJourneys.generate(42)).isEqualTo(RandomJourneys.generate(42));
        assertThat(RandomJourneys.generate(42)).isNotEqualTo(RandomJourneys.generate(43));
    }

    @Test
    void generatedJourneysKeepTheRulesOfAValidJourney() {
        for (long seed = 0; seed < CASES; seed++) {
            Journey journey = RandomJourneys.generate(seed);
            JourneyGraph graph = JourneyGraph.of(journey);
            String context = "seed " + seed;
            assertThat(journey.stages()).as(context).hasSizeBetween(1, 6);
            assertThat(journey.touchpoints()).as(context).hasSizeBetween(1, RandomJourneys.MAX_TOUCHPOINTS);
            Set<String> ids = new HashSet<>();
            for (Touchpoint t : journey.touchpoints()) {
                assertThat(ids.add(t.id())).as(context + ": unique id " + t.id()).isTrue();
                assertThat(t.name()).as(context).isNotBlank();
                double shares = t.next().stream()
                        .mapToDouble(n -> n.share().orElse(0)).sum();
                assertThat(shares).as(context + ": shares of " + t.id()).isLessThanOrEqualTo(1 + 1e-9);
                for (Transition n : t.next()) {
                    assertThat(journey.touchpoint(n.to())).as(context + ": target of " + t.id()).isPresent();
                }
            }
            assertThat(graph.entries()).as(context).containsExactly(journey.touchpoints().get(0).id());
            assertThat(graph.reachableFromEntries()).as(context).hasSize(journey.touchpoints().size());
            assertThat(graph.canReachExit()).as(context).hasSize(journey.touchpoints().size());
        }
    }

    @Test
    void respectsTheTouchpointCap() {
        for (long seed = 0; seed < CASES; seed++) {
            assertThat(RandomJourneys.generate(seed, 3).touchpoints()).hasSizeBetween(1, 3);
        }
    }
}
