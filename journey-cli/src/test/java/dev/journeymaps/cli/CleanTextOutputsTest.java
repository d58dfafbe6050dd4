package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters of a journey (ESC, BEL, NUL, C1, bidi overrides) never reach a terminal raw: messages and tables
 * show them escaped; CSV, Markdown, Mermaid and HTML outputs keep none of them.
 */
class CleanTextOutputsTest {

    /** A touchpoint name that sets the window title, clears the screen and turns the rest of the line around. */
    private static final String HOSTILE = "Pay\\e]0;owned\\a\\e[2J\\u202Eyap\\0\\x85";
    private static final String RAW = "Pay\u001B]0;owned\u0007\u001B[2J\u202Eyap\u0000\u0085";

    @TempDir
    Path dir;

    private void write(String name, String next, String emotion) throws IOException {
        Files.writeString(dir.resolve(name), """
                journey: {id: cx, title: "Check\\eout"}
                stages:
                  - id: s
                    name: S
                    touchpoints:
                      - {id: t, name: "%s", next: ["%s"], emotion: %s, pain-points: [{text: slow, severity: high}]}
                      - {id: u, name: Done}
                """.formatted(HOSTILE, next, emotion), StandardCharsets.UTF_8);
    }

    private static void assertClean(String text) {
        assertThat(text).doesNotContain("\u001B", "\u0007", "\u0000", "\u0085", "\u202E");
    }

    @Test
    void problemLinesShowControlCharactersEscaped() throws IOException {
        write("j.yaml", "no\\e[2Jwhere", "-2");

        Cli.Run run = Cli.run(dir, "validate", "j.yaml");

        assertThat(run.exit()).isEqualTo(2);
        assertClean(run.err());
        assertThat(run.err()).contains("no\\u001B[2Jwhere");
    }

    @Test
    void theDiffTableAndTheHotspotTableShowThemEscaped() throws IOException {
        write("a.yaml", "u", "-2");
        write("b.yaml", "u", "1");

        Cli.Run diff = Cli.run(dir, "diff", "a.yaml", "b.yaml");
        Cli.Run hotspots = Cli.run(dir, "hotspots", "a.yaml");

        assertThat(diff.exit()).as(diff.err()).isZero();
        assertClean(diff.out());
        assertThat(diff.out()).contains("Pay\\u001B]0;owned\\u0007");
        assertThat(hotspots.exit()).as(hotspots.err()).isZero();
        assertClean(hotspots.out());
        assertThat(hotspots.out()).contains("Pay\\u001B]0;owned");
    }

    @Test
    void csvMarkdownMermaidAndHtmlKeepNone() throws IOException {
        write("j.yaml", "u", "-2");

        Cli.Run csv = Cli.run(dir, "hotspots", "j.yaml", "--format", "csv");
        Cli.Run md = Cli.run(dir, "render", "j.yaml", "--format", "md", "-o", "-");
        Cli.Run mermaid = Cli.run(dir, "export", "j.yaml", "--to", "mermaid");
        Cli.Run html = Cli.run(dir, "render", "j.yaml", "--format", "html", "-o", "-");

        for (Cli.Run run : new Cli.Run[] {csv, md, mermaid, html}) {
            assertThat(run.exit()).as(run.err()).isZero();
            assertClean(run.out());
            assertThat(run.out()).contains("owned");
        }
        assertThat(RAW).contains("\u001B"); // the fixture does hold them
    }
}
