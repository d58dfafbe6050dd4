package dev.journeymaps.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Outcome;
import dev.journeymaps.model.io.AnalysisWriter;
import dev.journeymaps.model.io.JourneyReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Persona routes, worked by hand as in docs/metrics.md, "Persona routes". */
class PersonaRoutingTest {

    private static final double E = 1e-9;

    static Journey twoDoors() throws IOException {
        try (InputStream in = PersonaRoutingTest.class.getResourceAsStream("/journeys/valid/two-doors.yaml")) {
            return JourneyReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "two-doors.yaml")
                    .journey().orElseThrow();
        }
    }

    private static double reach(JourneyAnalysis a, String id) {
        return a.touchpoint(id).orElseThrow().reach();
    }

    @Test
    void eachPersonaIsRoutedThroughTheirOwnTouchpoints() throws IOException {
        JourneyAnalysis a = AnalysedJourney.of(twoDoors()).analysis();
        assertThat(a.routedByPersona()).isTrue();
        PersonaAnalysis online = a.persona("online").orElseThrow();
        assertThat(online.share()).isEqualTo(0.4);
        assertThat(online.shareStated()).isTrue();
        assertThat(reach(online.analysis(), "web-checkout")).isCloseTo(1, within(E));
        assertThat(reach(online.analysis(), "delivery")).isCloseTo(0.8, within(E));
        assertThat(online.touchpoint("till")).isEmpty();
        assertThat(reach(a.persona("walk-in").orElseThrow().analysis(), "delivery")).isCloseTo(1, within(E));
    }

    @Test
    void theJourneysReachIsTheRoutesWeighedByShare() throws IOException {
        JourneyAnalysis a = AnalysedJourney.of(twoDoors()).analysis();
        assertThat(reach(a, "shop-visit")).isCloseTo(0.6, within(E));
        assertThat(reach(a, "web-checkout")).isCloseTo(0.4, within(E));
        assertThat(reach(a, "gives-up")).isCloseTo(0.08, within(E));
        assertThat(reach(a, "delivery")).isCloseTo(0.6 + 0.4 * 0.8, within(E));
        assertThat(a.flow().exits()).containsOnlyKeys("gives-up", "delivery");
        assertThat(a.flow().exits().get("delivery")).isCloseTo(0.92, within(E));
    }

    @Test
    void theFunnelIsTheRoutesFunnelsWeighedByShare() throws IOException {
        JourneyAnalysis a = AnalysedJourney.of(twoDoors()).analysis();
        // everybody enters "choose", though neither of its touchpoints is reached by more than 60%
        assertThat(a.stages().get(0).funnel().reach()).isCloseTo(1, within(E));
        assertThat(a.stages().get(2).funnel().reach()).isCloseTo(0.92, within(E));
        assertThat(a.persona("online").orElseThrow().stages().get(2).funnel().reach()).isCloseTo(0.8, within(E));
    }

    @Test
    void aRoutesFrictionUsesItsPersonasOwnEmotionAndTheJourneysStaysTheMean() throws IOException {
        JourneyAnalysis a = AnalysedJourney.of(twoDoors()).analysis();
        // emotion 0.3 of 0.65 (emotion, pain points, drop-off): angry 1, happy 0, their mean -0.5 is 0.25
        assertThat(a.persona("online").orElseThrow().touchpoint("delivery").orElseThrow().friction())
                .isCloseTo(0.3 / 0.65, within(E));
        assertThat(a.persona("walk-in").orElseThrow().touchpoint("delivery").orElseThrow().friction()).isZero();
        assertThat(a.touchpoint("delivery").orElseThrow().friction()).isCloseTo(0.3 * 0.25 / 0.65, within(E));
    }

    @Test
    void customersLostAreTheRoutesWeighedByShare() throws IOException {
        JourneyAnalysis a = AnalysedJourney.of(twoDoors()).analysis();
        assertThat(a.persona("online").orElseThrow().touchpoint("web-checkout").orElseThrow().customersLost())
                .isCloseTo(200, within(E));
        assertThat(a.touchpoint("web-checkout").orElseThrow().customersLost()).isCloseTo(80, within(E));
        assertThat(a.business().customersLost()).isCloseTo(80, within(E));
    }

    @Test
    void theExperienceScoreWeighsFrictionByTheRoutedReach() throws IOException {
        JourneyAnalysis a = AnalysedJourney.of(twoDoors()).analysis();
        double impact = 0.45 / 0.95 * 0.4 + 0.075 / 0.65 * 0.92;
        assertThat(a.experienceScore()).isCloseTo(100 * (1 - impact / 3.0), within(E));
    }

    @Test
    void aWhatIfIsSolvedAgainOnEveryRoute() throws IOException {
        Journey journey = twoDoors();
        JourneyAnalysis a = Analyzer.analyze(journey, AnalysisOptions.of(journey).withHotspotThreshold(0.3));
        Hotspot checkout = a.hotspots().stream()
                .filter(h -> h.touchpoint().touchpointId().equals("web-checkout")).findFirst().orElseThrow();
        // the 20% of web customers who gave up go on to delivery: 0.4 × 200 kept per 1,000
        assertThat(checkout.whatIf().orElseThrow().customersKept()).isCloseTo(80, within(E));
    }

    @Test
    void sharesLeftOutShareTheRestEvenlyAndNoneIsAnAssumedEvenSplit() {
        Journey partly = Journey.builder("j", "J")
                .persona("a", "A", p -> p.share(0.5)).persona("b", "B").persona("c", "C")
                .stage("s", "S", s -> s.touchpoint("ta", "A", t -> t.actors("a"))
                        .touchpoint("tb", "B", t -> t.actors("b")).touchpoint("tc", "C", t -> t.actors("c")))
                .build();
        JourneyAnalysis a = AnalysedJourney.of(partly).analysis();
        assertThat(a.personas()).extracting(PersonaAnalysis::share).containsExactly(0.5, 0.25, 0.25);
        assertThat(a.personas()).extracting(PersonaAnalysis::shareStated).containsExactly(true, false, false);

        Journey none = Journey.builder("j", "J").persona("a", "A").persona("b", "B")
                .stage("s", "S", s -> s.touchpoint("ta", "A", t -> t.actors("a"))
                        .touchpoint("tb", "B", t -> t.actors("b")))
                .build();
        assertThat(AnalysedJourney.of(none).analysis().personas()).extracting(PersonaAnalysis::share)
                .containsExactly(0.5, 0.5);
    }

    @Test
    void sharesNotAddingUpToOneAreScaledAndAPersonaWithoutTouchpointsCarriesNobody() {
        Journey journey = Journey.builder("j", "J")
                .persona("a", "A", p -> p.share(0.3)).persona("b", "B", p -> p.share(0.3))
                .persona("ghost", "Nobody", p -> p.share(0.4))
                .stage("s", "S", s -> s.touchpoint("ta", "A", t -> t.actors("a"))
                        .touchpoint("tb", "B", t -> t.actors("b")))
                .build();
        JourneyAnalysis a = AnalysedJourney.of(journey).analysis();
        assertThat(a.personas()).extracting(PersonaAnalysis::share).containsExactly(0.5, 0.5, 0.0);
        assertThat(reach(a, "ta") + reach(a, "tb")).isCloseTo(1, within(E));
    }

    @Test
    void aJourneyWhoseTouchpointsNameNoPersonaIsRoutedAsOneGraph() {
        Journey journey = Journeys.damagedDelivery();
        JourneyAnalysis a = AnalysedJourney.of(journey).analysis();
        assertThat(a.routedByPersona()).isFalse();
        assertThat(a.flow()).isEqualTo(FlowSolver.solve(dev.journeymaps.model.graph.JourneyGraph.of(journey)));
        assertThat(AnalysisWriter.toJson(journey, a)).doesNotContain("\"personas\"");
        // the route of its one persona is the whole journey, analysed alike
        assertThat(a.persona("emma").orElseThrow().analysis().experienceScore())
                .isCloseTo(a.experienceScore(), within(E));
    }

    @Test
    void forPersonaGivesTheRouteWithItsOwnAnalysis() throws IOException {
        AnalysedJourney online = AnalysedJourney.of(twoDoors()).forPersona("online");
        assertThat(online.journey().personas()).hasSize(1);
        assertThat(online.analysis().touchpoints()).containsOnlyKeys("web-visit", "web-checkout", "gives-up",
                "delivery");
        assertThat(online.analysis().touchpoint("delivery").orElseThrow().reach()).isCloseTo(0.8, within(E));
    }

    @Test
    void theAnalysisJsonListsEveryPersonasRoute() throws IOException {
        Journey journey = twoDoors();
        String json = AnalysisWriter.toJson(journey, AnalysedJourney.of(journey).analysis());
        assertThat(json).contains("\"personas\" : [ {", "\"id\" : \"walk-in\"", "\"share\" : 0.6",
                "\"share-source\" : \"stated\"");
        String text = AnalysisWriter.toText(journey, AnalysedJourney.of(journey).analysis());
        assertThat(text).contains("persona routes", "online  share 40.0% (stated)");
    }

    @Test
    void anAbandonedExitOfOnePersonaIsNotAnotherPersonasLoss() {
        Journey journey = Journey.builder("j", "J")
                .persona("a", "A", p -> p.share(0.5)).persona("b", "B", p -> p.share(0.5))
                .stage("s", "S", s -> s
                        .touchpoint("start", "Start", t -> t.emotion(Emotion.NEUTRAL)
                                .next("done", 0.5, "").next("b-quits", 0.5, ""))
                        .touchpoint("b-quits", "B quits", t -> t.actors("b").outcome(Outcome.ABANDONED))
                        .touchpoint("done", "Done", t -> t.exit()))
                .build();
        JourneyAnalysis a = AnalysedJourney.of(journey).analysis();
        assertThat(a.persona("a").orElseThrow().touchpoint("start").orElseThrow().customersLost()).isZero();
        assertThat(a.persona("b").orElseThrow().touchpoint("start").orElseThrow().customersLost())
                .isCloseTo(500, within(E));
        assertThat(a.touchpoint("start").orElseThrow().customersLost()).isCloseTo(250, within(E));
    }
}
