package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputOptionsTest {

    private static Path journey(Path dir) throws Exception {
        return Files.writeString(dir.resolve("j.yaml"), """
                journey: {id: j, title: A journey with a long thought}
                stages:
                  - id: s
                    name: S
                    touchpoints:
                      - {id: t, name: N, thought: "twenty characters ok"}
                """);
    }

    @Test
    void refusesFilesAboveMaxSizeAndReadsThemWhenRaised(@TempDir Path dir) throws Exception {
        Path file = journey(dir);
        Cli.Run small = Cli.run(dir, "validate", "--max-size", "100", file.toString());
        assertThat(small.exit()).isEqualTo(2);
        assertThat(small.err()).contains("error[limit.too-large]").contains("--max-size");
        assertThat(Cli.run(dir, "validate", "--max-size", "1MB", file.toString()).exit()).isZero();
    }

    @Test
    void limitsTextLengthAndTouchpoints(@TempDir Path dir) throws Exception {
        Path file = journey(dir);
        assertThat(Cli.run(dir, "validate", "--max-text", "10", file.toString()).err())
                .contains("error[limit.text-too-long]");
        assertThat(Cli.run(dir, "render", "--max-touchpoints", "1", file.toString(), "-o", "-").exit()).isZero();
    }

    @Test
    void rejectsSizesThatAreNotSizes(@TempDir Path dir) throws Exception {
        Cli.Run run = Cli.run(dir, "validate", "--max-size", "huge", journey(dir).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("'huge' is not a size");
    }

    @Test
    void convertsSizesAsPeopleWriteThem() {
        InputOptions.SizeConverter sizes = new InputOptions.SizeConverter();
        assertThat(sizes.convert("16MB")).isEqualTo(16L << 20);
        assertThat(sizes.convert("500kb")).isEqualTo(500L << 10);
        assertThat(sizes.convert("2 GB")).isEqualTo(2L << 30);
        assertThat(sizes.convert("1048576")).isEqualTo(1_048_576L);
    }
}
