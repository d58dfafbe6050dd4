package dev.journeymaps.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.testing.LargeJourneys;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A map written to a stream is laid out row by row and each row laid out again as it is written (so a map of
 * 100,000 touchpoints is never held whole); it must be the same document, byte for byte, as the map laid out whole.
 * Generated journeys in several languages, left to right and right to left, in one row and wrapped onto many.
 */
class StreamedMapTest {

    private static final long BASE_SEED = 20261202L;

    @Test
    void aStreamedMapIsTheSameDocumentAsTheWholeOne() {
        SvgRenderer renderer = new SvgRenderer();
        List<RenderOptions> options = List.of(RenderOptions.defaults(),
                RenderOptions.defaults().withPage(Page.A4),
                new RenderOptions(Lane.ALL, java.util.Optional.empty(),
                        dev.journeymaps.render.theme.Theme.DARK, Page.SLIDE));
        Seeds.forEach(BASE_SEED, 20, seed -> {
            AnalysedJourney analysed = AnalysedJourney.of(RandomJourneys.generate(seed));
            for (RenderOptions o : options) {
                assertThat(streamed(renderer, analysed, o)).isEqualTo(renderer.render(analysed, o));
            }
        });
    }

    @Test
    void aLongJourneyWrappedOntoRowsIsTheSameStreamed() {
        SvgRenderer renderer = new SvgRenderer();
        Journey journey = RandomJourneys.generate(BASE_SEED, 400);
        AnalysedJourney analysed = AnalysedJourney.of(journey);
        assertThat(streamed(renderer, analysed, RenderOptions.defaults()))
                .isEqualTo(renderer.render(analysed, RenderOptions.defaults()));
    }

    @Test
    void aLargeMapsRowsWrittenSideBySideAreTheSameDocument() {
        // Kept rows of a large map are written on several threads, four at a time, each into a writer of its own.
        SvgRenderer renderer = new SvgRenderer();
        for (String lang : List.of("en", "fa")) {
            AnalysedJourney analysed = AnalysedJourney.of(LargeJourneys.of(24, 40, lang));
            for (RenderOptions o : List.of(RenderOptions.defaults(), RenderOptions.defaults().withPage(Page.A3),
                    new RenderOptions(Lane.ALL, java.util.Optional.empty(), dev.journeymaps.render.theme.Theme.DARK,
                            Page.SLIDE))) {
                String whole = renderer.render(analysed, o);
                assertThat(streamed(renderer, analysed, o)).isEqualTo(whole).hasSizeGreaterThan(1_000_000);
            }
        }
    }

    private static String streamed(SvgRenderer renderer, AnalysedJourney analysed, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(analysed, options, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
