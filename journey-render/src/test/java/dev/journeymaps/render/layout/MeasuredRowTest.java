package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.JourneyLayout.Size;
import dev.journeymaps.render.testing.LargeJourneys;
import dev.journeymaps.render.theme.Theme;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An automatic page chooses how many touchpoints a row holds from the map's size in one row, measured without its
 * cards, emotion curves and friction cells (the most of a row's cost). The size measured must be the size laid out,
 * whatever the journey and the lanes, or the map would wrap differently from the map the cards were measured for.
 */
class MeasuredRowTest {

    private static final long BASE_SEED = 20261204L;

    private static final List<RenderOptions> OPTIONS = List.of(RenderOptions.defaults(),
            new RenderOptions(Lane.ALL, Optional.empty(), Theme.DARK),
            new RenderOptions(List.of(Lane.TOUCHPOINTS), Optional.empty(), Theme.LIGHT));

    @Test
    void theOneRowMapMeasuredWithoutItsCardsIsAsLargeAsLaidOut() {
        AtomicInteger sized = new AtomicInteger();
        Seeds.forEach(BASE_SEED, 40, seed -> {
            AnalysedJourney analysed = AnalysedJourney.of(RandomJourneys.generate(seed));
            for (RenderOptions o : OPTIONS) {
                Optional<Size> laidOut = JourneyLayout.oneRow(analysed, o, false);
                Optional<Size> measured = JourneyLayout.oneRow(analysed, o, true);
                assertThat(laidOut).isPresent();
                measured.ifPresent(m -> assertThat(m).isEqualTo(laidOut.get()));
                measured.ifPresent(m -> sized.incrementAndGet());
            }
        });
        // Only a map wide enough for the whole key on one line is measured (a small one is laid out): some are.
        assertThat(sized.get()).isPositive();
    }

    @Test
    void longJourneysAreMeasuredToTheSizeLaidOut() {
        for (Journey journey : List.of(LargeJourneys.of(20, 30), LargeJourneys.of(3, 100), LargeJourneys.of(60, 1))) {
            AnalysedJourney analysed = AnalysedJourney.of(journey);
            for (RenderOptions o : OPTIONS) {
                Optional<Size> measured = JourneyLayout.oneRow(analysed, o, true);
                assertThat(measured).isPresent().isEqualTo(JourneyLayout.oneRow(analysed, o, false));
            }
        }
    }

    @Test
    void aMapWithoutAKeyIsNotSizedByMeasuringAlone() {
        // No symbol a key explains: whether the map has a key at all would hang on cards never made.
        Journey plain = Journey.builder("plain", "Plain").persona("emma", "Emma", p -> { })
                .stage("s", "Stage", st -> st.touchpoint("a", "Asks", t -> { }).touchpoint("b", "Gets", t -> { }))
                .build();
        AnalysedJourney analysed = AnalysedJourney.of(plain);
        RenderOptions touchpoints = new RenderOptions(List.of(Lane.TOUCHPOINTS), Optional.empty(), Theme.LIGHT);

        assertThat(JourneyLayout.oneRow(analysed, touchpoints, false)).isPresent();
        assertThat(JourneyLayout.oneRow(analysed, touchpoints, true)).isEmpty();
    }
}
