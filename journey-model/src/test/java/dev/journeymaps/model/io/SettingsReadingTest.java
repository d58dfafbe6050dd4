package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.AnswerScale;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.FrictionComponent;
import dev.journeymaps.model.analysis.SurveyResult;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsReadingTest {

    private static final String JOURNEY = """
            journey:
              id: damaged-delivery
              title: Online order arrives damaged
              surveys:
                - file: responses.csv
              targets:
                response-time: 4h
              analysis:
                weights: {negative-emotion: 0.5, slow-response: 0.2}
                hotspot-threshold: 0.4
            stages:
              - id: delivery
                name: Delivery
                touchpoints:
                  - id: unboxing
                    name: Opens a damaged parcel
            """;

    @TempDir
    Path dir;

    @Test
    void readsEntriesInTheOrderWrittenAndWritesThemBack() {
        String yaml = JOURNEY.replace("  surveys:\n", "  entries: {unboxing: 0.25, returns: 0.75}\n  surveys:\n");
        ReadResult result = JourneyReader.read(yaml, "map.yaml");
        JourneySettings settings = result.journey().orElseThrow().settings();
        assertThat(settings.entries()).containsExactly(
                new JourneySettings.Entry("unboxing", 0.25, SourceLocation.of("map.yaml", 4, 13)),
                new JourneySettings.Entry("returns", 0.75, SourceLocation.of("map.yaml", 4, 29)));
        Journey again = JourneyReader.read(JourneyWriter.toYaml(result.journey().orElseThrow()), "again.yaml")
                .journey().orElseThrow();
        assertThat(again.withoutLocations()).isEqualTo(result.journey().orElseThrow().withoutLocations());
    }

    @Test
    void readsSurveysTargetsAndAnalysisSettings() {
        ReadResult result = JourneyReader.read(JOURNEY, "map.yaml");
        assertThat(result.problems()).isEmpty();
        JourneySettings settings = result.journey().orElseThrow().settings();
        assertThat(settings.surveys()).extracting(JourneySettings.SurveyFile::file).containsExactly("responses.csv");
        assertThat(settings.surveys().get(0).location()).isEqualTo(SourceLocation.of("map.yaml", 5, 13));
        assertThat(settings.responseTimeTarget()).contains(Duration.ofHours(4));
        assertThat(settings.weights()).containsExactly(Map.entry("negative-emotion", 0.5), Map.entry("slow-response", 0.2));
        assertThat(settings.hotspotThreshold()).hasValue(0.4);

        AnalysisOptions options = AnalysisOptions.of(result.journey().orElseThrow());
        assertThat(options.hotspotThreshold()).isEqualTo(0.4);
        assertThat(options.responseTimeTarget()).contains(Duration.ofHours(4));
        assertThat(options.weights().weights().get(FrictionComponent.NEGATIVE_EMOTION)).isEqualTo(0.5);
        assertThat(options.weights().weights().get(FrictionComponent.EFFORT)).isEqualTo(0.2);
    }

    @Test
    void writesTheSettingsBackSoTheyReadTheSame() {
        Journey journey = JourneyReader.read(JOURNEY, "map.yaml").journey().orElseThrow();
        Journey again = JourneyReader.read(JourneyWriter.toYaml(journey), "again.yaml").journey().orElseThrow();
        assertThat(again.withoutLocations()).isEqualTo(journey.withoutLocations());
    }

    @Test
    void reportsWrongWeightsAndThresholds() {
        ReadResult result = JourneyReader.read(JOURNEY
                .replace("negative-emotion: 0.5", "negative-emotoin: 0.5")
                .replace("slow-response: 0.2", "slow-response: -1")
                .replace("hotspot-threshold: 0.4", "hotspot-threshold: 7"), "map.yaml");
        assertThat(result.problems()).extracting(Problem::code, p -> p.location().line())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("format.unknown-key", 9),
                        org.assertj.core.groups.Tuple.tuple("range.weight", 9),
                        org.assertj.core.groups.Tuple.tuple("range.hotspot-threshold", 10));
        assertThat(result.problems().get(0).hint()).contains("negative-emotion");
    }

    @Test
    void readsSurveyFilesRelativeToTheJourneyFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("maps"));
        Path yaml = folder.resolve("map.yaml");
        Files.writeString(yaml, JOURNEY);
        Files.writeString(folder.resolve("responses.csv"), "unboxing,csat,5\nunboxing,csat,nope\n");
        Journey journey = JourneyReader.read(yaml).journey().orElseThrow();
        SurveyResult surveys = SurveyReader.readFor(journey, yaml, SourceRoot.of(dir));
        assertThat(surveys.of("unboxing").csat().responses()).isEqualTo(1);
        assertThat(surveys.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("survey.bad-value");
            assertThat(p.location().file()).isEqualTo(folder.resolve("responses.csv").toString());
            assertThat(p.location().line()).isEqualTo(2);
        });
    }

    @Test
    void refusesSurveyFilesOutsideTheRoot() throws IOException {
        Path yaml = dir.resolve("map.yaml");
        Files.writeString(yaml, JOURNEY.replace("responses.csv", "../../etc/passwd"));
        Journey journey = JourneyReader.read(yaml).journey().orElseThrow();
        SurveyResult surveys = SurveyReader.readFor(journey, yaml, SourceRoot.of(dir));
        assertThat(surveys.problems()).extracting(Problem::code).containsExactly("path.outside-root");
        assertThat(surveys.byTouchpoint()).isEmpty();
    }

    @Test
    void readsDeclaredScalesAndWritesThemBack() {
        String yaml = JOURNEY.replace("    - file: responses.csv\n",
                "    - file: responses.csv\n      scales: {csat: 1-10, ces: 1-7, nps: 0-10}\n");
        ReadResult result = JourneyReader.read(yaml, "map.yaml");
        assertThat(result.problems()).isEmpty();
        JourneySettings.SurveyFile file = result.journey().orElseThrow().settings().surveys().get(0);
        assertThat(file.csatScale()).isEqualTo(AnswerScale.ONE_TO_TEN);
        assertThat(file.cesScale()).isEqualTo(AnswerScale.ONE_TO_SEVEN);
        Journey again = JourneyReader.read(JourneyWriter.toYaml(result.journey().orElseThrow()), "again.yaml")
                .journey().orElseThrow();
        assertThat(again.withoutLocations()).isEqualTo(result.journey().orElseThrow().withoutLocations());
    }

    @Test
    void reportsScalesNoQuestionUses() {
        String yaml = JOURNEY.replace("    - file: responses.csv\n",
                "    - file: responses.csv\n      scales: {csat: 1-4, ces: 1-10, nps: 1-10, mood: 1-5}\n");
        ReadResult result = JourneyReader.read(yaml, "map.yaml");
        assertThat(result.problems())
                .extracting(Problem::code, Problem::message, p -> p.location().line(), p -> p.location().column())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("range.scale",
                                "CSAT answers are on 1-3, 1-5, 1-7, 1-10, not '1-4'", 6, 22),
                        org.assertj.core.groups.Tuple.tuple("range.scale", "CES answers are on 1-5, 1-7, not '1-10'",
                                6, 32),
                        org.assertj.core.groups.Tuple.tuple("range.scale", "NPS is always answered on 0-10, not '1-10'",
                                6, 43),
                        org.assertj.core.groups.Tuple.tuple("format.unknown-key", "unknown key 'mood' in scales", 6,
                                49));
        JourneySettings.SurveyFile file = result.journey().orElseThrow().settings().surveys().get(0);
        assertThat(file.csatScale()).isEqualTo(AnswerScale.ONE_TO_FIVE);
    }

    @Test
    void readsTheMinimumOfResponsesAndRefusesFractionsAndZero() {
        ReadResult ok = JourneyReader.read(JOURNEY.replace("hotspot-threshold: 0.4", "min-responses: 50"), "map.yaml");
        assertThat(ok.problems()).isEmpty();
        assertThat(AnalysisOptions.of(ok.journey().orElseThrow()).minResponses()).isEqualTo(50);
        assertThat(AnalysisOptions.DEFAULTS.minResponses()).isEqualTo(30);
        Journey again = JourneyReader.read(JourneyWriter.toYaml(ok.journey().orElseThrow()), "again.yaml")
                .journey().orElseThrow();
        assertThat(again.settings().minResponses()).hasValue(50);
        for (String bad : new String[] {"0", "2.5"}) {
            ReadResult result = JourneyReader.read(JOURNEY.replace("hotspot-threshold: 0.4", "min-responses: " + bad),
                    "map.yaml");
            assertThat(result.problems()).extracting(Problem::code, p -> p.location().line())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("range.min-responses", 10));
        }
    }
}
