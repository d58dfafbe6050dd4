package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRootTest {

    private static final SourceLocation AT = SourceLocation.of("j.yaml", 3, 5);

    @Test
    void resolvesRelativeToTheReferringFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("maps/data"));
        Files.writeString(dir.resolve("maps/data/r.csv"), "x");
        SourceRoot root = SourceRoot.of(dir);
        assertThat(root.resolve(dir.resolve("maps/j.yaml"), "data/r.csv", AT).path())
                .contains(dir.resolve("maps/data/r.csv").toRealPath());
    }

    @Test
    void refusesTraversalOutOfTheRoot(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("root"));
        Files.writeString(dir.resolve("secret.csv"), "x");
        SourceRoot root = SourceRoot.of(dir.resolve("root"));
        assertThat(root.resolve(dir.resolve("root/j.yaml"), "../secret.csv", AT).problem())
                .map(Problem::code)
                .contains("path.outside-root");
        assertThat(root.resolve(dir.resolve("root/j.yaml"), "/etc/passwd", AT).problem())
                .map(Problem::code)
                .contains("path.outside-root");
    }

    @Test
    void refusesSymbolicLinksThatLeaveTheRoot(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("root"));
        Files.writeString(dir.resolve("secret.csv"), "x");
        Files.createSymbolicLink(dir.resolve("root/link.csv"), dir.resolve("secret.csv"));
        SourceRoot root = SourceRoot.of(dir.resolve("root"));
        assertThat(root.resolve(dir.resolve("root/j.yaml"), "link.csv", AT).problem())
                .map(Problem::code)
                .contains("path.outside-root");
    }

    @Test
    void reportsMissingFiles(@TempDir Path dir) {
        assertThat(SourceRoot.of(dir).resolve(dir.resolve("j.yaml"), "none.csv", AT).problem())
                .map(Problem::location)
                .contains(AT);
    }
}
