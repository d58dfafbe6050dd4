package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CLI's dependency rules, checked on the import lines of its sources: deny everything, then allow. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/journeymaps/cli");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> ALLOWED = List.of(
            "java.", "picocli.", "dev.journeymaps.cli.", "dev.journeymaps.model.", "dev.journeymaps.render.",
            "dev.journeymaps.samples.",
            // the JDK's own HTTP server, for the live preview of `journey watch` (PreviewServer only)
            "com.sun.net.httpserver.");

    /** An import and the file that makes it. */
    private record Use(String file, String imported) {}

    private static List<Use> uses() throws IOException {
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(read(file));
                while (m.find()) {
                    uses.add(new Use(file.getFileName().toString(), m.group(1)));
                }
            }
        }
        return uses;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON (problems, SARIF, analysis) is written by journey-model's writers: Jackson is not imported here. */
    @Test
    void usesOnlyTheJdkPicocliAndOurModules() throws IOException {
        assertThat(uses()).allMatch(u -> ALLOWED.stream().anyMatch(u.imported()::startsWith));
    }

    @Test
    void readsJourneysOnlyThroughTheLoaderAndReader() throws IOException {
        assertThat(uses())
                .filteredOn(u -> u.imported().startsWith("dev.journeymaps.model.io."))
                .allMatch(u -> u.imported().matches("dev\\.journeymaps\\.model\\.io\\."
                        + "(JourneyLoader|JourneyReader|ReadResult|AnalysisResult|ReadLimits|SourceRoot|SurveyReader"
                        + "|AnalysisWriter|JourneyWriter|JourneySchema|DiffWriter|ProblemWriter)"));
    }

    @Test
    void readsSurveysAndAnalysesOnlyThroughTheLoadersOneCall() throws IOException {
        // validate reports the survey files' problems and analyses nothing; every other command loads through
        // JourneyLoader.analyse.
        assertThat(uses()).filteredOn(u -> !u.file().equals("ValidateCommand.java")).extracting(Use::imported)
                .doesNotContain("dev.journeymaps.model.io.SurveyReader", "dev.journeymaps.model.analysis.Analyzer",
                        "dev.journeymaps.model.analysis.AnalysisOptions");
        assertThat(uses()).filteredOn(u -> u.file().equals("ValidateCommand.java")).extracting(Use::imported)
                .doesNotContain("dev.journeymaps.model.analysis.Analyzer");
    }

    @Test
    void sourcesAreFound() throws IOException {
        assertThat(uses()).isNotEmpty();
    }
}
