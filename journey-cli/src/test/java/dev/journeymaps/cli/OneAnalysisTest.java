package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command loads a journey through one call (includes, surveys, analysis) and treats survey problems alike:
 * an error stops it with exit code 2 before anything is written, a warning is printed and the run goes on.
 */
class OneAnalysisTest {

    private static final Pattern PLACANJE_ON_MAP = Pattern.compile(
            "<g class=\"lane-cell\" data-touchpoint=\"placanje\">.*?<text class=\"metric-text\"[^>]*><tspan[^>]*>([^<]*)<",
            Pattern.DOTALL);

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheCafe() throws IOException {
        Files.writeString(dir.resolve("kafic-csat.yaml"), Samples.read("kafic-csat.yaml"));
        Files.writeString(dir.resolve("kafic-csat-answers.csv"), Samples.read("kafic-csat-answers.csv"));
    }

    /** Every command that shows figures, each writing into the folder when it succeeds. */
    static List<List<String>> commands() {
        return List.of(
                List.of("render", "kafic-csat.yaml", "-o", "out.svg"),
                List.of("render", "kafic-csat.yaml", "-o", "out.png"),
                List.of("render", "kafic-csat.yaml", "-o", "out.pdf"),
                List.of("render", "kafic-csat.yaml", "-o", "out.html"),
                List.of("render", "kafic-csat.yaml", "-o", "out.md"),
                List.of("analyze", "kafic-csat.yaml", "-o", "out.json"),
                List.of("hotspots", "kafic-csat.yaml", "-o", "out.txt"),
                List.of("diff", "kafic-csat.yaml", "kafic-csat.yaml", "-o", "out.html"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aMissingSurveyFileStopsEveryCommandWithExitTwoAndNothingWritten(List<String> command) throws IOException {
        Files.delete(dir.resolve("kafic-csat-answers.csv"));

        Cli.Run run = Cli.run(dir, command.toArray(String[]::new));

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("kafic-csat-answers.csv").contains("error[");
        assertThat(run.out()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kafic-csat.yaml");
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aBadSurveyRowIsAWarningEveryCommandPrintsAndGoesOn(List<String> command) throws IOException {
        Files.writeString(dir.resolve("kafic-csat-answers.csv"), "placanje,csat,eleven\n",
                java.nio.file.StandardOpenOption.APPEND);

        Cli.Run run = Cli.run(dir, command.toArray(String[]::new));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("kafic-csat-answers.csv:").contains("warning[survey.");
        assertThat(dir.resolve(command.get(command.indexOf("-o") + 1))).isNotEmptyFile();
    }

    @Test
    void theMapItsReportAndAnalyzeShowTheSameFriction() throws IOException {
        Cli.Run svg = Cli.run(dir, "render", "kafic-csat.yaml", "-o", "-");
        Cli.Run html = Cli.run(dir, "render", "kafic-csat.yaml", "--format", "html", "-o", "-");
        Cli.Run json = Cli.run(dir, "analyze", "kafic-csat.yaml");

        assertThat(frictionOnMap(svg.out())).isEqualTo("0.40");
        assertThat(frictionOnMap(html.out())).isEqualTo("0.40");
        assertThat(json.out()).containsPattern("\"id\" : \"placanje\",[^}]*?\"friction\" : 0\\.38");
    }

    @Test
    void theDemoDrawsTheSamplesWithTheirSurveyAnswers() {
        Cli.Run run = Cli.run(dir, "demo", "-o", "demo");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(frictionOnMap(read(dir.resolve("demo/kafic-csat.svg")))).isEqualTo("0.40");
        assertThat(frictionOnMap(read(dir.resolve("demo/kafic-csat.html")))).isEqualTo("0.40");
    }

    @Test
    void aFolderOfReportsIsDrawnWithEachJourneysSurveyAnswers() {
        Cli.Run run = Cli.run(dir, "render", ".", "--format", "html", "-o", "site");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(frictionOnMap(read(dir.resolve("site/kafic-csat.html")))).isEqualTo("0.40");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String frictionOnMap(String document) {
        Matcher m = PLACANJE_ON_MAP.matcher(document);
        assertThat(m.find()).as("placanje's friction cell").isTrue();
        return m.group(1);
    }
}
