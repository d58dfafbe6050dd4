package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.analysis.MetricReading;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import dev.journeymaps.model.validate.Level;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JourneyLoader#analyse}: one call from a journey file, its includes and its surveys to one analysis. */
class JourneyLoaderAnalyseTest {

    private static final String JOURNEY = """
            journey:
              id: cafe
              title: Café
              surveys:
                - file: answers.csv
              analysis:
                min-responses: 1      # so that a handful of answers replace the authored CSAT
            stages:
              - id: visit
                name: Visit
                touchpoints:
                  - id: order
                    name: Order
                    emotion: frustrated
                    metrics: {csat: 90}
                  - id: pay
                    name: Pay
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void analysesTheJourneyWithTheSurveyAnswersItNames() throws IOException {
        Path file = write("cafe.yaml", JOURNEY);
        write("answers.csv", "touchpoint,metric,value\norder,csat,1\norder,csat,2\norder,csat,5\n");

        AnalysisResult result = JourneyLoader.analyse(file);

        assertThat(result.problems()).isEmpty();
        AnalysedJourney analysed = result.analysed().orElseThrow();
        TouchpointAnalysis order = analysed.analysis().touchpoint("order").orElseThrow();
        assertThat(order.metrics()).filteredOn(MetricReading::used)
                .extracting(MetricReading::metric, MetricReading::source, MetricReading::responses)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("csat", MetricReading.Source.SURVEY, 3L));
        Journey journey = analysed.journey();
        assertThat(order.friction()).isEqualTo(Analyzer.analyze(journey, AnalysisOptions.of(journey),
                SurveyReader.readFor(journey, file, SourceRoot.of(dir))).touchpoint("order").orElseThrow().friction());
        assertThat(order.friction()).isNotEqualTo(AnalysedJourney.of(journey).analysis().touchpoint("order")
                .orElseThrow().friction());
    }

    @Test
    void aMissingSurveyFileIsAnErrorAndLeavesNoAnalysis() throws IOException {
        Path file = write("cafe.yaml", JOURNEY);

        AnalysisResult result = JourneyLoader.analyse(file);

        assertThat(result.journey()).isPresent();
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("answers.csv");
        });
        assertThat(result.analysis()).isEmpty();
        assertThat(result.analysed()).isEmpty();
    }

    @Test
    void badSurveyRowsAreWarningsAndTheAnalysisUsesTheRest() throws IOException {
        Path file = write("cafe.yaml", JOURNEY);
        write("answers.csv", "touchpoint,metric,value\norder,csat,1\nnobody,csat,4\n");

        AnalysisResult result = JourneyLoader.analyse(file);

        assertThat(result.problems()).extracting(Problem::level).containsOnly(Level.WARNING).hasSize(1);
        assertThat(result.analysed().orElseThrow().analysis().touchpoint("order").orElseThrow().metrics())
                .filteredOn(MetricReading::used).extracting(MetricReading::responses).containsExactly(1L);
    }

    @Test
    void aJourneyWithErrorsGetsNoAnalysisButItsSurveyProblemsAreStillReported() throws IOException {
        Path file = write("cafe.yaml", JOURNEY.replace("name: Pay", "name: Pay\n        next: [nowhere]"));

        AnalysisResult result = JourneyLoader.analyse(file);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.analysis()).isEmpty();
        assertThat(result.problems()).anyMatch(p -> p.isError() && p.message().contains("answers.csv"))
                .anyMatch(p -> p.isError() && p.message().contains("nowhere"));
    }

    @Test
    void aJourneyWithoutSurveysIsAnalysedAsAnalysedJourneyOfAnalysesIt() throws IOException {
        Path file = write("cafe.yaml", JOURNEY.replace("  surveys:\n    - file: answers.csv\n", ""));

        AnalysisResult result = JourneyLoader.analyse(file);

        Journey journey = result.journey().orElseThrow();
        assertThat(result.analysis()).contains(AnalysedJourney.of(journey).analysis());
    }

    @Test
    void anAnalysedJourneyRefusesTheAnalysisOfAnotherJourney() throws IOException {
        Journey cafe = JourneyLoader.load(write("cafe.yaml", JOURNEY.replace("  surveys:\n    - file: answers.csv\n", "")))
                .journey().orElseThrow();
        Journey other = JourneyLoader.load(write("other.yaml", JOURNEY.replace("id: cafe", "id: bar")
                .replace("  surveys:\n    - file: answers.csv\n", ""))).journey().orElseThrow();

        assertThatThrownBy(() -> new AnalysedJourney(cafe, AnalysedJourney.of(other).analysis()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the analysis of 'bar' is not the analysis of 'cafe'");
    }
}
