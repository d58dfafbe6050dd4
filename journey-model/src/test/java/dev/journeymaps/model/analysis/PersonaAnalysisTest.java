package dev.journeymaps.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A persona's route analysed when first asked: once, the same from any thread, and a value like the record it was. */
class PersonaAnalysisTest {

    @Test
    void aRoutesAnalysisIsMadeOnceWhicheverThreadsAskAtOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            PersonaAnalysis online = AnalysedJourney.of(PersonaRoutingTest.twoDoors()).analysis()
                    .persona("online").orElseThrow();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<JourneyAnalysis>> asked = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    asked.add(pool.submit(() -> {
                        start.await();
                        return online.analysis();
                    }));
                }
                start.countDown();
                JourneyAnalysis first = asked.get(0).get();
                for (Future<JourneyAnalysis> f : asked) {
                    assertThat(f.get()).isSameAs(first);
                }
                assertThat(online.analysis()).isSameAs(first);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void twoAnalysesOfOneJourneyAreEqualPersonaForPersona() throws IOException {
        JourneyAnalysis a = AnalysedJourney.of(PersonaRoutingTest.twoDoors()).analysis();
        JourneyAnalysis b = AnalysedJourney.of(PersonaRoutingTest.twoDoors()).analysis();
        assertThat(a.personas()).isNotEmpty();
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
        PersonaAnalysis online = a.persona("online").orElseThrow();
        assertThat(online).isEqualTo(new PersonaAnalysis("online", online.share(), online.shareStated(),
                b.persona("online").orElseThrow().analysis()));
        assertThat(online).isNotEqualTo(a.persona("walk-in").orElseThrow());
    }

    /** Made side by side for a caller about to read them all, each route's analysis is the one asking makes. */
    @Test
    void analysingAllAtOnceMakesTheAnalysesAskingForEachMakes() throws IOException {
        List<PersonaAnalysis> all = AnalysedJourney.of(PersonaRoutingTest.twoDoors()).analysis().personas();
        List<PersonaAnalysis> asked = AnalysedJourney.of(PersonaRoutingTest.twoDoors()).analysis().personas();
        assertThat(all).hasSize(2);

        PersonaAnalysis.analyseAll(all);

        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).analysis()).isEqualTo(asked.get(i).analysis());
        }
        JourneyAnalysis made = all.get(0).analysis();
        PersonaAnalysis.analyseAll(all); // made already: kept, not made again
        assertThat(all.get(0).analysis()).isSameAs(made);
    }

    @Test
    void itsTextNamesThePersonaAndShareWithoutTheWholeAnalysis() throws IOException {
        PersonaAnalysis online = AnalysedJourney.of(PersonaRoutingTest.twoDoors()).analysis()
                .persona("online").orElseThrow();
        assertThat(online.toString()).isEqualTo("PersonaAnalysis[personaId=online, share=0.4, shareStated=true]");
    }
}
