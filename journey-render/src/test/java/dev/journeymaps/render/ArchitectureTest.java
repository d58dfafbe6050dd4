package dev.journeymaps.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.testing.SourceImports;
import dev.journeymaps.model.testing.SourceImports.Use;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rendering layer's dependency rules, checked on the import lines of its sources. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/journeymaps/render");

    private static List<Use> uses() {
        return SourceImports.under(SOURCES);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void renderingNeverUsesTheCli() throws IOException {
        assertThat(uses()).noneMatch(u -> u.imported().startsWith("dev.journeymaps.cli"));
    }

    @Test
    void onlyTheRasterPackageUsesBatikAndFop() throws IOException {
        assertThat(uses())
                .filteredOn(u -> u.imported().startsWith("org.apache.batik") || u.imported().startsWith("org.apache.fop")
                        || u.imported().startsWith("org.apache.xmlgraphics"))
                .allMatch(u -> u.pkg().equals("raster"));
    }

    @Test
    void onlyTheSlidesPackageUsesPoi() throws IOException {
        assertThat(uses())
                .filteredOn(u -> u.imported().startsWith("org.apache.poi")
                        || u.imported().startsWith("org.openxmlformats"))
                .isNotEmpty()
                .allMatch(u -> u.pkg().equals("slides"));
    }

    @Test
    void onlyTheHtmlPackageUsesThymeleaf() throws IOException {
        assertThat(uses())
                .filteredOn(u -> u.imported().startsWith("org.thymeleaf"))
                .allMatch(u -> u.pkg().equals("html"));
    }

    @Test
    void layoutKnowsNoWriterNoThemeAndNoThirdPartyLibrary() throws IOException {
        assertThat(uses())
                .filteredOn(u -> u.pkg().equals("layout"))
                .allMatch(u -> u.imported().startsWith("java.") || u.imported().startsWith("dev.journeymaps.model")
                        || u.imported().startsWith("dev.journeymaps.render.layout")
                        || u.imported().startsWith("dev.journeymaps.render.words")
                        || u.imported().matches("dev\\.journeymaps\\.render\\.[A-Z]\\w*"));
    }

    @Test
    void wordsKnowOnlyTheModel() throws IOException {
        assertThat(uses())
                .filteredOn(u -> u.pkg().equals("words"))
                .allMatch(u -> u.imported().startsWith("java.") || u.imported().startsWith("dev.journeymaps.model"));
    }

    @Test
    void themesKnowNothingOfLayoutOrWriters() throws IOException {
        assertThat(uses())
                .filteredOn(u -> u.pkg().equals("theme"))
                .allMatch(u -> u.imported().startsWith("java.") || u.imported().startsWith("tools.jackson.")
                        || u.imported().startsWith("dev.journeymaps.render.theme")
                        || u.imported().matches("dev\\.journeymaps\\.render\\.[A-Z]\\w*")
                        || u.imported().equals("dev.journeymaps.model.SourceLocation")
                        || u.imported().equals("dev.journeymaps.model.validate.Problem")
                        // a theme file is read the one safe way journeys are, and echoes values the same way
                        || u.imported().equals("dev.journeymaps.model.io.TextFile")
                        || u.imported().equals("dev.journeymaps.model.validate.Quote"));
    }

    @Test
    void onlyTheThemeParserReadsThemeFilesWithJackson() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES.resolve("theme"))) {
            assertThat(files.filter(f -> read(f).contains("import tools.jackson")).map(f -> f.getFileName().toString()))
                    .containsExactly("ThemeParser.java");
        }
    }

    @Test
    void sourcesAreFound() throws IOException {
        assertThat(uses()).isNotEmpty();
    }
}
