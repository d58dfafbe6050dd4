package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release bundle as a user gets it: unpacked in a temporary folder, away from the source tree, {@code bin/journey}
 * draws the samples, makes its class-data-sharing archive in the user's cache and tells its version. Run by failsafe
 * after {@code package}, on the archives in target/.
 */
class BundleIT {

    private static final String VERSION = System.getProperty("journey.version", "");
    private static final Path ZIP = Path.of(System.getProperty("journey.bundle", "missing.zip"));
    private static final Path TAR = Path.of(ZIP.toString().replaceFirst("\\.zip$", ".tar.gz"));

    @TempDir
    static Path temp;

    static Path home;

    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void unpack() throws Exception {
        assertThat(ZIP).isRegularFile();
        assertThat(TAR).isRegularFile();
        // tar keeps the launcher's executable bit, as unzip does on a user's machine.
        Process tar = new ProcessBuilder("tar", "xzf", TAR.toString(), "-C", temp.toString()).inheritIO().start();
        assertThat(tar.waitFor()).isZero();
        home = temp.resolve("journey-" + VERSION);
    }

    private Run run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(Map.of(), workDir, args);
    }

    private Run run(Map<String, String> extraEnv, Path workDir, String... args)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/journey").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(temp.resolve("stdout").toFile())
                .redirectError(temp.resolve("stderr").toFile());
        Map<String, String> env = builder.environment();
        env.put("HOME", temp.resolve("user").toString());
        env.put("XDG_CACHE_HOME", temp.resolve("user/cache").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("JOURNEY_JAVA_OPTS");
        env.putAll(extraEnv);
        Process process = builder.start();
        // Only keeps a broken bundle from hanging the build; asserts nothing about speed.
        assertThat(process.waitFor(600, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(temp.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("stderr"), StandardCharsets.UTF_8));
    }

    @Test
    void holdsTheCommandLaunchersCompletionReadmeAndEveryLicence() {
        for (String file : List.of("bin/journey", "bin/journey-archives", "bin/journey.cmd", "lib/journey.jar",
                "completion/journey_completion", "README.md", "README.txt", "CHANGELOG.md", "LICENSE", "NOTICE",
                "licenses/fonts/LICENSE-DejaVu.txt", "licenses/fonts/LICENSE-DejaVu-upstream.txt",
                "licenses/fonts/LICENSE-OFL.txt", "licenses/fonts/LICENSE-Twemoji.txt", "licenses/fonts/README.md")) {
            assertThat(home.resolve(file)).as(file).isRegularFile();
        }
        assertThat(Files.isExecutable(home.resolve("bin/journey"))).isTrue();
    }

    @Test
    void theZipHoldsWhatTheTarballHolds() throws IOException {
        List<String> zipped;
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            zipped = Collections.list(zip.entries()).stream()
                    .filter(e -> !e.isDirectory())
                    .map(ZipEntry::getName)
                    .sorted()
                    .toList();
        }
        List<String> unpacked;
        try (Stream<Path> files = Files.walk(home)) {
            unpacked = files.filter(Files::isRegularFile)
                    .map(f -> "journey-" + VERSION + "/" + home.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertThat(zipped).isEqualTo(unpacked);
    }

    @Test
    void theWindowsLauncherHasWindowsLineEnds() throws IOException {
        String cmd = Files.readString(home.resolve("bin/journey.cmd"), StandardCharsets.UTF_8);

        assertThat(cmd).contains("\r\n").doesNotContain("@project.version@").contains(VERSION);
        assertThat(cmd.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void demoDrawsTheSamplesFromAnywhereAndCachesTheStartUpArchive() throws Exception {
        Path work = Files.createDirectories(temp.resolve("somewhere-else"));

        Run run = run(work, "demo");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("journey-out/damaged-delivery-refund.svg", "journey-out/index.html");
        assertThat(work.resolve("journey-out/damaged-delivery-refund.svg")).isRegularFile();
        try (Stream<Path> cached = Files.list(temp.resolve("user/cache/journey-maps/" + VERSION))) {
            assertThat(cached.map(f -> f.getFileName().toString()).sorted().toList())
                    .hasSize(3)
                    .satisfiesExactly(
                            print -> assertThat(print).matches("journey-\\d+-print\\.jsa"),
                            report -> assertThat(report).matches("journey-\\d+-report\\.jsa"),
                            map -> assertThat(map).matches("journey-\\d+\\.jsa"));
        }
    }

    /**
     * The archives a first run makes (from the lists of classes several short runs load) are ones later runs map: an
     * SVG map's run, a report's and a PNG's each load the command's own classes and their renderer's from theirs.
     */
    @Test
    void laterRunsMapTheStartUpArchives() throws Exception {
        Path work = Files.createDirectories(temp.resolve("archives"));
        Run first = run(work, "init", "j.yaml"); // makes the archives, unless another test has
        assertThat(first.exit()).as(first.err()).isZero();

        assertThat(loadedFromArchive(work, "j.svg")).contains("dev.journeymaps.render.svg.SvgRenderer");
        assertThat(loadedFromArchive(work, "j.html")).contains("dev.journeymaps.render.html.HtmlReport");
        assertThat(loadedFromArchive(work, "j.png"))
                .contains("dev.journeymaps.render.svg.SvgRenderer", "org.apache.batik.transcoder.Transcoder");
    }

    /**
     * The map's archive is also trained on a large journey: a map of 1,000 touchpoints, wrapped into rows measured
     * before they are drawn, loads the classes only such a map uses from it.
     */
    @Test
    void aLargeMapsRunMapsTheClassesOnlyLargeMapsUse() throws Exception {
        Path work = Files.createDirectories(temp.resolve("large"));
        StringBuilder diagram = new StringBuilder("journey\n  title A large journey\n");
        for (int i = 0; i < 1000; i++) {
            if (i % 100 == 0) {
                diagram.append("  section Stage ").append(i / 100 + 1).append('\n');
            }
            diagram.append("    Step ").append(i).append(": ").append(i % 5 + 1).append(": Customer\n");
        }
        Files.writeString(work.resolve("large.mmd"), diagram);
        Run imported = run(work, "import", "large.mmd", "-o", "j.yaml");
        assertThat(imported.exit()).as(imported.err()).isZero();

        assertThat(loadedFromArchive(work, "j.svg")).contains("dev.journeymaps.render.layout.PassingList");
    }

    /** The classes a render to {@code output} loaded from a class-data archive. */
    private List<String> loadedFromArchive(Path work, String output) throws Exception {
        Path log = work.resolve(output + ".classes");
        Run run = run(Map.of("JOURNEY_JAVA_OPTS", "-Xlog:class+load:file=" + log),
                work, "render", "j.yaml", "-o", output);
        assertThat(run.exit()).as(run.err()).isZero();
        return Files.readAllLines(log).stream()
                .filter(line -> line.contains("source: shared objects file"))
                .map(line -> line.replaceAll(".*\\] (\\S+) source:.*", "$1"))
                .toList();
    }

    @Test
    void versionNamesTheReleaseAndTheCommit() throws Exception {
        Run run = run(temp, "--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("journey " + VERSION + " (commit ");
    }

    @Test
    void completionCompletesTheCommands() throws Exception {
        Process bash = new ProcessBuilder("bash", "-c",
                        "source \"$0\" && complete -p journey", home.resolve("completion/journey_completion").toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(bash.waitFor()).as(out).isZero();
        assertThat(out).contains("journey");
        assertThat(Files.readString(home.resolve("completion/journey_completion"))).contains("validate", "render");
    }
}
