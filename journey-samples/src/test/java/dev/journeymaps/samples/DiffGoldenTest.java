package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.diff.JourneyDiff;
import dev.journeymaps.model.diff.JourneyDiffer;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.render.html.DiffReport;
import dev.journeymaps.render.svg.DiffRenderer;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * The comparison map of the grocery pair (current and future state of the same visit) against its golden file.
 * Rewrite it with {@code ./mvnw -B -q -pl journey-samples -am test -Dgolden.update=true} and review the diff.
 */
class DiffGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/grocery-visit-diff.svg");
    private static final Path ACTUAL = Path.of("target/golden-actual/grocery-visit-diff.svg");

    private static Journey load(String name) {
        return JourneyLoader.load(Samples.read(name), name, Samples.includes()).validJourney().orElseThrow();
    }

    private static JourneyDiff diff(Journey current, Journey future) {
        return JourneyDiffer.compare(current, Analyzer.analyze(current, AnalysisOptions.of(current)), future,
                Analyzer.analyze(future, AnalysisOptions.of(future)));
    }

    @Test
    void groceryPairDiffMatchesItsGoldenFileAndIsWellFormed() throws Exception {
        Journey current = load("grocery-visit-current.yaml");
        Journey future = load("grocery-visit-future.yaml");
        String svg = new DiffRenderer().render(current, future, diff(current, future));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, svg, StandardCharsets.UTF_8);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        if (!expected.equals(svg)) {
            Files.createDirectories(ACTUAL.getParent());
            Files.writeString(ACTUAL, svg, StandardCharsets.UTF_8);
        }
        assertThat(svg).as("differs from %s; see %s; rewrite with -Dgolden.update=true", GOLDEN, ACTUAL)
                .isEqualTo(expected);
        assertThat(svg).contains("Hotspots gone: Holds the freezer door open");
    }

    @Test
    void groceryPairDiffPageCarriesTheMapUnderItsOwnPolicy() throws IOException {
        Journey current = load("grocery-visit-current.yaml");
        Journey future = load("grocery-visit-future.yaml");

        String html = new DiffReport().render(current, future, diff(current, future));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy", "default-src 'none'",
                "<svg direction=\"ltr\"", "Touchpoints, current → future", "Experience score");
        assertThat(html).doesNotContain("<?xml");
    }
}
