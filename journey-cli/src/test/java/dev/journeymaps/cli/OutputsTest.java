package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs never replace an input, never leave temporary files, and follow links as the docs say. */
class OutputsTest {

    private static final String JOURNEY = """
            journey: {id: cx, title: CX, surveys: [{file: answers.csv}]}
            personas: {include: people.yaml}
            stages:
              - id: s
                name: S
                touchpoints: [{id: t, name: T, actors: [emma]}]
            """;

    @TempDir
    Path dir;

    private void journeyWithIncludeAndSurvey() throws IOException {
        Files.writeString(dir.resolve("cx.yaml"), JOURNEY);
        Files.writeString(dir.resolve("people.yaml"), "personas:\n  - {id: emma, name: Emma}\n");
        Files.writeString(dir.resolve("answers.csv"), "touchpoint,metric,value\nt,csat,4\n");
        Files.writeString(dir.resolve("theme.yaml"), "name: mine\n");
    }

    @Test
    void refusesToWriteOverAnyInputAndLeavesItAsItWas() throws IOException {
        journeyWithIncludeAndSurvey();
        Files.createSymbolicLink(dir.resolve("alias.svg"), Path.of("cx.yaml"));
        Files.createSymbolicLink(dir.resolve("people.md"), Path.of("people.yaml"));
        Files.createSymbolicLink(dir.resolve("answers.html"), Path.of("answers.csv"));
        for (List<String> args : List.of(
                List.of("render", "cx.yaml", "-o", "cx.yaml", "--format", "svg"),
                List.of("render", "cx.yaml", "-o", "./cx.yaml"),
                List.of("render", "cx.yaml", "-o", "alias.svg"),
                List.of("render", "cx.yaml", "-o", "people.md"),
                List.of("render", "cx.yaml", "-o", "answers.html"),
                List.of("hotspots", "cx.yaml", "--format", "csv", "-o", "answers.csv"),
                List.of("analyze", "cx.yaml", "-o", "cx.yaml"),
                List.of("export", "cx.yaml", "--to", "yaml", "-o", "people.yaml"),
                List.of("diff", "cx.yaml", "cx.yaml", "-o", "answers.html"))) {
            Cli.Run run = Cli.run(dir, args.toArray(String[]::new));

            assertThat(run.exit()).as(args + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).as(args.toString()).containsPattern("journey: -o \\S+ is (a link to )?the input "
                    + ".+; nothing was written \\(choose another file name\\)\\n$");
            assertThat(Files.readString(dir.resolve("cx.yaml"))).isEqualTo(JOURNEY);
            assertThat(Files.readString(dir.resolve("people.yaml"))).startsWith("personas:");
            assertThat(Files.readString(dir.resolve("answers.csv"))).startsWith("touchpoint,");
            assertThat(temporaryFiles()).isEmpty();
        }
    }

    @Test
    void refusesToWriteOverTheThemeOrTheMermaidDiagramItReads() throws IOException {
        journeyWithIncludeAndSurvey();
        Files.writeString(dir.resolve("w.mmd"), "journey\n  section S\n    T: 3: Emma\n");

        Files.createSymbolicLink(dir.resolve("theme.svg"), Path.of("theme.yaml"));
        Cli.Run theme = Cli.run(dir, "render", "cx.yaml", "--theme", "theme.yaml", "-o", "theme.svg");
        Cli.Run mermaid = Cli.run(dir, "import", "w.mmd", "-o", "w.mmd");

        assertThat(theme.exit()).as(theme.err()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("theme.yaml"))).isEqualTo("name: mine\n");
        assertThat(mermaid.exit()).as(mermaid.err()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("w.mmd"))).startsWith("journey\n");
    }

    @Test
    void aPortfolioFolderDoesNotFollowALinkToAFileOutsideIt() throws IOException {
        Path journeys = Files.createDirectories(dir.resolve("journeys"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(journeys.resolve("a.yaml"), MainTest.manyTouchpoints(1).replace("id: big", "id: a"));
        Files.writeString(outside.resolve("secret.yaml"), MainTest.manyTouchpoints(1).replace("id: big", "id: secret"));
        Files.createSymbolicLink(journeys.resolve("secret.yaml"), outside.resolve("secret.yaml"));

        Cli.Run run = Cli.run(dir, "render", "journeys", "--format", "html", "-o", "site");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("journey: skipped secret.yaml: it links to a file outside journeys\n");
        assertThat(dir.resolve("site/a.html")).exists();
        assertThat(dir.resolve("site/secret.html")).doesNotExist();
    }

    @Test
    void aKilledRenderLeavesNoTemporaryFile() throws Exception {
        StringBuilder yaml = new StringBuilder("journey: {id: many, title: Many}\nstages:\n");
        for (int i = 0; i < 10_000; i++) {
            yaml.append("  - {id: s").append(i).append(", name: Stage ").append(i).append(", touchpoints: [{id: t")
                    .append(i).append(", name: Step ").append(i).append("}]}\n");
        }
        Files.writeString(dir.resolve("many.yaml"), yaml, StandardCharsets.UTF_8);
        Process render = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                JourneyCommand.class.getName(), "render", "many.yaml", "-o", "many.svg")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile())
                .start();
        // Stopped as soon as its temporary file appears (a render of 10,000 stages takes seconds to write).
        for (int i = 0; i < 1200 && temporaryFiles().isEmpty() && render.isAlive(); i++) {
            Thread.sleep(50);
        }
        assertThat(temporaryFiles()).as("the render started writing").isNotEmpty();
        render.destroy(); // SIGTERM, as Ctrl-C or a timeout sends
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(temporaryFiles()).isEmpty();
        assertThat(dir.resolve("many.svg")).doesNotExist();
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
