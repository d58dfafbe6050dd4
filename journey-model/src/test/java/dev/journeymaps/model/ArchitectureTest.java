package dev.journeymaps.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.testing.SourceImports;
import dev.journeymaps.model.testing.SourceImports.Use;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's dependency rules, checked on the import lines of its sources. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/journeymaps/model");

    private static List<Use> uses() {
        return SourceImports.under(SOURCES);
    }

    /** The bottom layer: nothing of rendering or the command line, and no library beyond the chosen ones. */
    @Test
    void knowsNothingOfRenderingOrTheCommandLine() throws IOException {
        assertThat(uses()).extracting(Use::imported)
                .allMatch(i -> i.startsWith("java.") || i.startsWith("dev.journeymaps.model.")
                        || i.startsWith("tools.jackson.") || i.startsWith("com.fasterxml.jackson.annotation.")
                        || i.startsWith("org.jgrapht.") || i.startsWith("org.snakeyaml.engine."),
                        "the JDK, the model, Jackson (and its YAML engine) or JGraphT");
    }

    /**
     * JSON is written one way (io.Json: layout, line breaks, final newline), so the analysis, diff, problems, schema
     * and journey outputs cannot drift apart; readers build their own parser factories with their own limits.
     */
    @Test
    void buildsOneJsonWriter() throws IOException {
        assertThat(uses()).filteredOn(u -> u.imported().equals("tools.jackson.databind.json.JsonMapper")
                        || u.imported().startsWith("tools.jackson.core.util.Default"))
                .extracting(Use::file).containsOnly("io/Json.java");
    }

    @Test
    void sourcesAreFound() throws IOException {
        assertThat(uses()).hasSizeGreaterThan(100);
    }
}
