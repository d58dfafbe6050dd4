package dev.journeymaps.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Any valid journey renders to well-formed SVG. Runs {@value #CASES} generated journeys from a fixed base seed;
 * replay one with {@code -Djourney.seed=N}.
 */
class RenderPropertyTest {

    private static final int CASES = 300;
    private static final long BASE_SEED = 20261123L;

    @Test
    void everyGeneratedJourneyRendersToWellFormedSvg() {
        SvgRenderer renderer = new SvgRenderer();
        forEachSeed(seed -> {
            Journey journey = RandomJourneys.generate(seed);
            String svg = renderer.render(journey);
            Document doc = Svg.parse(svg);
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(Svg.titles(doc).get(0)).isEqualTo(xmlChars(journey.title()));
            assertThat(renderer.render(journey)).isEqualTo(svg);
        });
    }

    private static String xmlChars(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(XmlWriter::isXmlChar).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Runs {@code property} for every seed (or the one in {@code journey.seed}), naming the seed that fails. */
    static void forEachSeed(SeedProperty property) {
        Seeds.forEach(BASE_SEED, CASES, property::check);
    }

    /** A property of the journey generated from one seed. */
    interface SeedProperty {
        void check(long seed);
    }
}
