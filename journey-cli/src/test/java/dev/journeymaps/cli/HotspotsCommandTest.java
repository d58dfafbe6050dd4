package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotspotsCommandTest {

    @TempDir
    Path dir;

    final Path example = Cli.projectFile("journey-samples/src/test/resources/journeys/valid/issue-example.yaml");

    @Test
    void ranksTheDamagedParcelFirst() {
        Cli.Run run = Cli.run(dir, "hotspots", example.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList()).first().asString().startsWith("rank  touchpoint");
        assertThat(run.out().lines().toList().get(1)).startsWith("1     unboxing");
        assertThat(run.out()).contains("negative-emotion").contains("Opens a damaged parcel");
    }

    @Test
    void printsJsonAndCsvAndHonoursTop() {
        Cli.Run json = Cli.run(dir, "hotspots", example.toString(), "--format", "json", "--top", "1");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).startsWith("[").contains("\"rank\" : 1").contains("\"touchpoint\" : \"unboxing\"");

        Cli.Run csv = Cli.run(dir, "hotspots", example.toString(), "--format", "csv");
        assertThat(csv.exit()).isZero();
        assertThat(csv.out().lines().toList().get(0))
                .isEqualTo("rank,touchpoint,name,stage,friction,reach,impact,top-components");
        assertThat(csv.out().lines().toList().get(1)).startsWith("1,unboxing,\"Opens a damaged parcel\",delivery,");
    }

    @Test
    void writesTheWholeAnalysisAtomicallyWhereOutputSays() throws Exception {
        Cli.Run run = Cli.run(dir, "analyze", example.toString(), "--format", "json", "-o", "analysis.json");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("analysis.json\n");
        String json = Files.readString(dir.resolve("analysis.json"));
        assertThat(json).contains("\"experience-score\"").contains("\"components\"").contains("\"hotspot-rank\" : 1");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("analysis.json");
        }
    }

    @Test
    void refusesAJourneyWithErrorsWithExitTwo() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(example).replace("to: unboxing", "to: unboxng"));

        Cli.Run run = Cli.run(dir, "hotspots", broken.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error[reference.unknown-touchpoint]");
    }

    @Test
    void reportsAMissingSurveyFileAsAnError() throws Exception {
        Path withSurvey = dir.resolve("survey.yaml");
        Files.writeString(withSurvey, Files.readString(example)
                .replace("  lang: en", "  lang: en\n  surveys: [{file: responses.csv}]"));

        Cli.Run run = Cli.run(dir, "analyze", withSurvey.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error[path.not-found]");

        Files.writeString(dir.resolve("responses.csv"), "unboxing,csat,5\nunboxing,csat,x\n");
        Cli.Run again = Cli.run(dir, "analyze", withSurvey.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("warning[survey.bad-value]");
        assertThat(again.out()).contains("\"source\" : \"survey\"");
    }

    @Test
    void missingFileIsAUsageError() {
        Cli.Run run = Cli.run(dir, "hotspots", "nowhere.yaml");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("journey: no such file: nowhere.yaml\n");
    }
}
