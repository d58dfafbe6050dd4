package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libraries behind PDF, PNG and HTML (FOP, Batik, Thymeleaf) stay silent unless asked: run in a JVM of its own,
 * because the logging provider reads its level once per JVM.
 */
class QuietLoggingTest {

    private static final Path SAMPLE =
            Cli.projectFile("journey-samples/src/main/resources/samples/damaged-delivery-refund.yaml");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private Run run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path")));
        command.add(JourneyCommand.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile())
                .start();
        // Only keeps a broken build from hanging; asserts nothing about speed.
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
    }

    @Test
    void renderingAPdfPrintsNothingButTheFileName() throws Exception {
        Run run = run(List.of(), "render", SAMPLE.toString(), "-o", "map.pdf");

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("map.pdf\n");
        assertThat(run.exit()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("map.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void renderingAReportPrintsNothingButTheFileName() throws Exception {
        Run run = run(List.of(), "render", SAMPLE.toString(), "-o", "report.html");

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("report.html\n");
    }

    /** FOP's notes travel commons-logging to SLF4J to stderr once a level lets them through. */
    @Test
    void theLibrariesLogReachesStderrWhenALevelIsAskedFor() throws Exception {
        Run run = run(
                List.of("-D" + Logging.SLF4J_LEVEL + "=debug"), "render", SAMPLE.toString(), "-o", "map.pdf", "--verbose");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("map.pdf\n");
        assertThat(run.err()).contains("DEBUG org.apache.fop.");
    }
}
