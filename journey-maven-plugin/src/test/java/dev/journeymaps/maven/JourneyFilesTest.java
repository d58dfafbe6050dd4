package dev.journeymaps.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyFilesTest {

    @TempDir
    Path dir;

    private void touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
    }

    @Test
    void findsJourneysAtTheTopAndBelowInPathOrderWithoutTheExcluded() throws IOException {
        for (String name : List.of("b.yaml", "a/c.yml", "a/personas.yaml", "d.json", "notes.md")) {
            touch(name);
        }

        List<Path> found = JourneyFiles.find(dir, List.of("**/*.yaml", "**/*.yml", "**/*.json"), List.of("**/personas.yaml"));

        assertThat(found).containsExactly(dir.resolve("a/c.yml"), dir.resolve("b.yaml"), dir.resolve("d.json"));
    }

    @Test
    void aMissingFolderHoldsNoJourneys() throws IOException {
        assertThat(JourneyFiles.find(dir.resolve("missing"), List.of("**/*.yaml"), List.of())).isEmpty();
    }
}
