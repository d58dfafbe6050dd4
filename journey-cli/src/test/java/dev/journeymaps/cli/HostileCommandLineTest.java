package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile suite's second round for the command line, each case run as a user runs it: {@code journey} in its own
 * JVM with a 128 MB heap (the {@code java} a server would start, without {@code ExitOnOutOfMemoryError}) and a hang
 * guard. Large inputs are generated here, not committed. Every case ends in its exit code with either its output or
 * one line on stderr (no stack trace, no third-party text), no partial or temporary file, and the input untouched.
 */
@EnabledOnOs(OS.LINUX) // /dev/full, and the guard kills the process group the Linux way
class HostileCommandLineTest {

    /** A hang guard, not a speed test: a loaded CI machine runs these ten times slower than a laptop. */
    private static final long GUARD_SECONDS = 240;

    @TempDir
    static Path dir;

    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void generate() throws IOException {
        StringBuilder touchpoints = new StringBuilder("journey: {id: tp, title: Ten thousand touchpoints}\nstages:\n"
                + "  - id: s\n    name: S\n    touchpoints:\n");
        for (int i = 0; i < 10_000; i++) {
            touchpoints.append("      - {id: t").append(i).append(", name: Step ").append(i).append("}\n");
        }
        write("touchpoints.yaml", touchpoints.toString());
        StringBuilder stages = new StringBuilder("journey: {id: st, title: Ten thousand stages}\nstages:\n");
        for (int i = 0; i < 10_000; i++) {
            stages.append("  - {id: s").append(i).append(", name: Stage ").append(i).append(", touchpoints: [{id: t")
                    .append(i).append(", name: Step ").append(i).append("}]}\n");
        }
        write("stages.yaml", stages.toString());
        // 39 KB of emoji names, as the attack's file: every glyph is drawn as coloured outlines in PNG and PDF.
        String emoji = "😀😃😄😁😆😅🤣😂🙂🙃😉😊😇🥰😍🤩😘😗😚😙🥲😋😛😜🤪😝🤑🤗🤭🤫🤔🤐🤨😐😑😶😏😒🙄😬";
        StringBuilder names = new StringBuilder("journey: {id: emoji, title: Emoji}\nstages:\n");
        int n = 0;
        for (int s = 0; s < 10; s++) {
            names.append("  - id: s").append(s).append("\n    name: ").append(emoji, 0, 20).append("\n    touchpoints:\n");
            for (int t = 0; t < 10; t++, n++) {
                names.append("      - {id: t").append(n).append(", name: '").append(emoji).append("'}\n");
            }
        }
        write("emoji.yaml", names.toString());
        write("small.yaml", MainTest.manyTouchpoints(3).replace("id: big", "id: small"));
        write("row.yaml", MainTest.manyTouchpoints(40).replace("id: big", "id: row"));
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Run journey(String... args) throws IOException, InterruptedException {
        return journey(null, args);
    }

    private static Run journey(File stdout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                JourneyCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(stdout != null ? stdout : dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        builder.environment().remove("JOURNEY_DEBUG");
        Map<String, String> sums = checksums();
        Process process = builder.start();
        boolean ended = process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        assertThat(ended).as("ended within the guard: " + List.of(args)).isTrue();
        Run run = new Run(process.exitValue(),
                stdout != null ? "" : Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
        assertThat(checksums()).as("inputs untouched").containsAllEntriesOf(sums);
        assertNoTemporaryFile();
        if (run.exit() != 0) {
            assertOneCleanLine(run.err());
        }
        return run;
    }

    /** The journeys' checksums, to see that no run changed one. */
    private static Map<String, String> checksums() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).collect(java.util.stream.Collectors.toMap(
                    f -> f.getFileName().toString(), f -> {
                        try {
                            return Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(f)));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
        }
    }

    private static void assertNoTemporaryFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** One line, ours; a usage error may add the line that points at the help, as every usage error does. */
    private static void assertOneCleanLine(String err) {
        String message = err.replaceFirst("(?m)^Try 'journey [a-z]+ --help' for more information\\.\n", "");
        assertThat(message).startsWith("journey: ").endsWith("\n").hasLineCount(1)
                .doesNotContain("\tat ", "Exception", "java.", "org.apache", "null");
    }

    /** Either drawn whole (exit 0, a file that is not empty) or refused in one line naming both remedies. */
    private static void drawnOrRefused(String journey, String format, String... more)
            throws IOException, InterruptedException {
        Path out = dir.resolve(journey.replace(".yaml", "") + "." + format);
        Files.deleteIfExists(out);
        List<String> args = new ArrayList<>(List.of("render", journey, "-o", out.getFileName().toString()));
        args.addAll(List.of(more));
        Run run = journey(args.toArray(String[]::new));
        if (run.exit() == 0) {
            assertThat(out).isNotEmptyFile();
        } else {
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("JOURNEY_JAVA_OPTS");
            if (format.equals("png")) {
                assertThat(run.err()).contains("--max-pixels");
            }
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void tenThousandTouchpointsAsHtmlPdfAndPngRenderOrAreRefusedInOneLine() throws Exception {
        drawnOrRefused("touchpoints.yaml", "html");
        drawnOrRefused("touchpoints.yaml", "pdf");
        drawnOrRefused("touchpoints.yaml", "png", "--max-pixels", "4000000");
    }

    @Test
    void tenThousandStagesAsPdfRenderOrAreRefusedInOneLine() throws Exception {
        drawnOrRefused("stages.yaml", "pdf");
    }

    @Test
    void emojiNamesAsPngAndPdfRenderOrAreRefusedInOneLine() throws Exception {
        drawnOrRefused("emoji.yaml", "png", "--max-pixels", "4000000");
        drawnOrRefused("emoji.yaml", "pdf");
    }

    @Test
    void aPngWhoseBandCannotFitIsRefusedBeforeDrawing() throws Exception {
        // A PNG is drawn a band at a time, so a picture within the pixel budget is refused only when one band of it
        // cannot fit: forty touchpoints in one row at two gigapixels make bands some 160,000 pixels wide.
        Run run = journey("render", "row.yaml", "-o", "wide.png", "--page", "none", "--scale", "1000",
                "--max-pixels", "2000000000");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("the PNG map of ", "--max-pixels", "JOURNEY_JAVA_OPTS");
        assertOneCleanLine(run.err().substring(run.err().indexOf("journey: the PNG")));
        assertThat(dir.resolve("wide.png")).doesNotExist();
    }

    @Test
    void aHugePixelBudgetIsRefusedInOurWords() throws Exception {
        Run run = journey("render", "small.yaml", "-o", "huge.png", "--scale", "1000", "--max-pixels",
                "1000000000000000");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("the PNG map of ", "--max-pixels");
        assertThat(dir.resolve("huge.png")).doesNotExist();
    }

    @Test
    void aPngToAFullDiskIsOneLine() throws Exception {
        Run run = journey("render", "small.yaml", "-o", "/dev/full", "--format", "png");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("journey: cannot write the PNG map: No space left on device\n");
    }

    @Test
    void standardOutputThatFailsIsExitOne() throws Exception {
        for (String[] args : new String[][] {{"render", "small.yaml", "-o", "-"}, {"schema"},
            {"validate", "--format", "json", "small.yaml"}}) {
            Run run = journey(new File("/dev/full"), args);

            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.err()).isEqualTo("journey: cannot write to standard output (disk full or output closed)\n");
        }
    }

    @Test
    void theJourneyAsItsOwnOutputIsRefusedAndUntouched() throws Exception {
        Run run = journey("render", "small.yaml", "-o", "small.yaml", "--format", "svg");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("journey: -o small.yaml is the input ");
    }

    @Test
    void anExtensionThatIsNoFormatIsAUsageError() throws Exception {
        Run render = journey("render", "small.yaml", "-o", "x.jpg");
        Run diff = journey("diff", "small.yaml", "small.yaml", "-o", "x.png");

        assertThat(render.exit()).isEqualTo(1);
        assertThat(diff.exit()).isEqualTo(1);
        assertThat(dir.resolve("x.jpg")).doesNotExist();
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void watchOnAPortOutOfRangeSaysSoItself() throws Exception {
        Run run = journey("watch", "small.yaml", "--port", "99999");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: --port must be 0 to 65535");
    }
}
