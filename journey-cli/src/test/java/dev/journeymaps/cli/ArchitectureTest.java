package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.testing.SourceImports;
import dev.journeymaps.model.testing.SourceImports.Use;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CLI's dependency rules, checked on the import lines of its sources: deny everything, then allow. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/journeymaps/cli");
    private static final List<String> ALLOWED = List.of(
            "java.", "picocli.", "dev.journeymaps.cli.", "dev.journeymaps.model.", "dev.journeymaps.render.",
            "dev.journeymaps.samples.",
            // the JDK's own HTTP server, for the live preview of `journey watch` (PreviewServer only)
            "com.sun.net.httpserver.");

    private static List<Use> uses() {
        return SourceImports.under(SOURCES);
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
        assertThat(uses()).filteredOn(u -> !u.fileName().equals("ValidateCommand.java")).extracting(Use::imported)
                .doesNotContain("dev.journeymaps.model.io.SurveyReader", "dev.journeymaps.model.analysis.Analyzer",
                        "dev.journeymaps.model.analysis.AnalysisOptions");
        assertThat(uses()).filteredOn(u -> u.fileName().equals("ValidateCommand.java")).extracting(Use::imported)
                .doesNotContain("dev.journeymaps.model.analysis.Analyzer");
    }

    @Test
    void sourcesAreFound() throws IOException {
        assertThat(uses()).isNotEmpty();
    }
}
