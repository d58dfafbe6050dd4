package dev.journeymaps.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymaps.model.graph.JourneyGraph;
import dev.journeymaps.model.io.JourneyReader;
import dev.journeymaps.model.testing.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What a persona's route holds: their touchpoints, steps and emotions, wired among themselves. */
class PersonaRoutesTest {

    static Journey twoDoors() throws IOException {
        try (InputStream in = PersonaRoutesTest.class.getResourceAsStream("/journeys/valid/two-doors.yaml")) {
            return JourneyReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "two-doors.yaml")
                    .journey().orElseThrow();
        }
    }

    @Test
    void aRouteHoldsOnlyTheTouchpointsThatInvolveItsPersonaAndThoseNamingNobody() throws IOException {
        Journey online = twoDoors().forPersona("online");
        assertThat(online.touchpoints()).extracting(Touchpoint::id)
                .containsExactly("web-visit", "web-checkout", "gives-up", "delivery");
        assertThat(online.personas()).extracting(Persona::id).containsExactly("online");
        assertThat(online.stages()).extracting(Stage::id).containsExactly("choose", "pay", "receive");
    }

    @Test
    void aRouteKeepsOnlyItsPersonasOwnEmotion() throws IOException {
        Touchpoint delivery = twoDoors().forPersona("walk-in").touchpoint("delivery").orElseThrow();
        assertThat(delivery.emotionByPersona()).containsExactly(java.util.Map.entry("walk-in", Emotion.HAPPY));
        assertThat(delivery.meanEmotion()).contains(1.0);
    }

    @Test
    void theDefaultWiringLeadsToTheNextTouchpointOfTheRoute() {
        Journey journey = Journey.builder("j", "J")
                .persona("a", "A").persona("b", "B")
                .stage("s", "S", s -> s
                        .touchpoint("a1", "A1", t -> t.actors("a"))
                        .touchpoint("b1", "B1", t -> t.actors("b"))
                        .touchpoint("a2", "A2", t -> t.actors("a"))
                        .touchpoint("end", "End", t -> {}))
                .build();
        JourneyGraph a = JourneyGraph.of(journey.forPersona("a"));
        assertThat(a.successors("a1")).containsExactly("a2");
        assertThat(a.successors("a2")).containsExactly("end");
        assertThat(JourneyGraph.of(journey.forPersona("b")).entries()).containsExactly("b1");
    }

    @Test
    void theStepsKeptCarryWhatTheTouchpointPassedOn() {
        Journey journey = Journey.builder("j", "J")
                .persona("a", "A").persona("b", "B")
                .stage("s", "S", s -> s
                        .touchpoint("triage", "Triage", t -> t
                                .next("a-reply", 0.6, "").next("b-reply", 0.2, "").next("bot", 0.1, ""))
                        .touchpoint("a-reply", "A reply", t -> t.actors("a").exit())
                        .touchpoint("b-reply", "B reply", t -> t.actors("b").exit())
                        .touchpoint("bot", "Bot", t -> t.exit()))
                .build();
        Touchpoint triage = journey.forPersona("a").touchpoint("triage").orElseThrow();
        // 0.9 was passed on and 0.1 dropped off; a's steps carry the 0.9 in their proportion 6 : 1
        assertThat(triage.next()).extracting(Transition::to).containsExactly("a-reply", "bot");
        assertThat(triage.next().get(0).share().getAsDouble()).isCloseTo(0.6 * 0.9 / 0.7,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(triage.next().get(1).share().getAsDouble()).isCloseTo(0.1 * 0.9 / 0.7,
                org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aTouchpointWhoseStepsAllLeadToOtherPersonasEndsTheRouteThere() {
        Journey journey = Journey.builder("j", "J")
                .persona("a", "A").persona("b", "B")
                .stage("s", "S", s -> s
                        .touchpoint("start", "Start", t -> t.next("b-only"))
                        .touchpoint("b-only", "B only", t -> t.actors("b")))
                .build();
        Touchpoint start = journey.forPersona("a").touchpoint("start").orElseThrow();
        assertThat(start.exit()).isTrue();
        assertThat(start.next()).isEmpty();
        assertThat(start.outcome()).contains(Outcome.COMPLETED);
    }

    @Test
    void aRouteEndingBeforeTheJourneyEndsIsCompletedNotAbandoned() {
        Journey journey = Journey.builder("j", "J")
                .persona("a", "A").persona("b", "B")
                .stage("s", "S", s -> s
                        .touchpoint("a-hands-over", "Hands over", t -> t.actors("a").emotion(Emotion.ANGRY))
                        .touchpoint("b-finishes", "Finishes", t -> t.actors("b").emotion(Emotion.ANGRY)))
                .build();
        Touchpoint handsOver = journey.forPersona("a").touchpoint("a-hands-over").orElseThrow();
        assertThat(handsOver.outcomeOrAssumed()).isEqualTo(Outcome.COMPLETED);
        // the journey's own last touchpoint keeps what it says (or what its emotion makes of it)
        Touchpoint finishes = journey.forPersona("b").touchpoint("b-finishes").orElseThrow();
        assertThat(finishes.outcome()).isEmpty();
        assertThat(finishes.outcomeOrAssumed()).isEqualTo(Outcome.ABANDONED);
    }

    @Test
    void touchpointsNamingNoSubsetOfPersonasMakeRoutesThatDoNotDiffer() throws IOException {
        Journey none = Journey.builder("j", "J").persona("a", "A").persona("b", "B")
                .stage("s", "S", s -> s.touchpoint("t", "T", t -> {}).touchpoint("u", "U", t -> t.actors("a", "b")))
                .build();
        assertThat(PersonaRoutes.differ(none)).isFalse();
        assertThat(PersonaRoutes.differ(twoDoors())).isTrue();
        assertThat(PersonaRoutes.size(twoDoors())).isEqualTo(7);
    }

    @Test
    void anUnknownPersonaHasNoRoute() {
        Journey journey = Journey.builder("j", "J").persona("a", "A").stage("s", "S", s -> s.touchpoint("t", "T", t -> {}))
                .build();
        assertThatThrownBy(() -> journey.forPersona("z"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no persona 'z' in journey 'j'; personas are [a]");
    }

    @Test
    void routesSizeCountsEveryPersonaEachTouchpointInvolves() {
        // Actors named twice, unknown to the journey, or persona ids listed twice: size counts as involves() says.
        List<String> names = List.of("a", "b", "c", "x");
        Seeds.forEach(20261202L, 500, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            JourneyBuilder builder = Journey.builder("j", "J");
            int personas = random.nextInt(5);
            for (int p = 0; p < personas; p++) {
                builder.persona(names.get(random.nextInt(3)), "P" + p);
            }
            builder.stage("s", "S", s -> {
                for (int t = 0; t < 1 + random.nextInt(8); t++) {
                    String[] actors = new String[random.nextInt(4)];
                    for (int a = 0; a < actors.length; a++) {
                        actors[a] = names.get(random.nextInt(names.size()));
                    }
                    s.touchpoint("t" + t, "T", b -> b.actors(actors));
                }
            });
            Journey journey = builder.build();
            long involved = 0;
            for (Touchpoint t : journey.touchpoints()) {
                for (Persona p : journey.personas()) {
                    involved += t.involves(p.id()) ? 1 : 0;
                }
            }
            assertThat(PersonaRoutes.size(journey)).isEqualTo(involved);
        });
    }
}
