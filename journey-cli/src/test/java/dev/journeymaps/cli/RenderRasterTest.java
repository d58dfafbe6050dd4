package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey render} to PNG and PDF, with themes, lanes and one persona's view. */
class RenderRasterTest {

    private static final String SAMPLE = "journey-samples/src/main/resources/samples/damaged-delivery-refund.yaml";

    private static byte[] head(Path file, int n) throws Exception {
        byte[] all = Files.readAllBytes(file);
        return java.util.Arrays.copyOf(all, n);
    }

    @Test
    void writesPngAndPdfChosenByExtension(@TempDir Path dir) throws Exception {
        String sample = Cli.projectFile(SAMPLE).toString();
        Cli.Run png = Cli.run(dir, "render", sample, "-o", "map.png", "--theme", "print");
        assertThat(png.exit()).as(png.err()).isZero();
        assertThat(head(dir.resolve("map.png"), 4)).containsExactly(0x89, 'P', 'N', 'G');
        Cli.Run pdf = Cli.run(dir, "render", sample, "--format", "pdf", "--persona", "emma");
        assertThat(pdf.exit()).as(pdf.err()).isZero();
        Path written = Files.list(dir).filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        assertThat(new String(head(written, 5), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void lowersTheScaleWithAWarningAboveThePixelBudget(@TempDir Path dir) throws Exception {
        Cli.Run run = Cli.run(dir, "render", Cli.projectFile(SAMPLE).toString(), "-o", "small.png",
                "--scale", "2", "--max-pixels", "200000");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning").contains("200000 pixels");
        assertThat(dir.resolve("small.png")).isNotEmptyFile();
    }

    @Test
    void refusesUnknownThemesLanesPersonasAndBinaryOnStdout(@TempDir Path dir) throws Exception {
        String sample = Cli.projectFile(SAMPLE).toString();
        Cli.Run neon = Cli.run(dir, "render", sample, "--theme", "neon");
        assertThat(neon.exit()).isEqualTo(1);
        assertThat(neon.err()).contains("--theme 'neon' is neither a built-in theme (light, dark, high-contrast, print)"
                + " nor a theme file");
        assertThat(Cli.run(dir, "render", sample, "--lanes", "touchpoints,feelings").err())
                .contains("unknown lane 'feelings'");
        Cli.Run persona = Cli.run(dir, "render", sample, "--persona", "nobody");
        assertThat(persona.exit()).isEqualTo(1);
        assertThat(persona.err()).contains("'nobody' is not a persona");
        assertThat(Cli.run(dir, "render", sample, "--format", "png", "-o", "-").err()).contains("png is binary");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void drawsWithAThemeFileInsideTheRootFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("brand.yaml"), "extends: dark\nbrand: \"#4fc3f7\"\ncorner-radius: 2\n");
        Cli.Run run = Cli.run(dir, "render", Cli.projectFile(SAMPLE).toString(), "-o", "-", "--theme", "brand.yaml");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        // (a colour every element of a kind shares is in the map's style sheet, others on the elements)
        assertThat(run.out()).contains("#4fc3f7").contains("rx=\"2\"")
                .contains(".background{fill:" + dev.journeymaps.render.theme.Theme.DARK.colour(
                        dev.journeymaps.render.theme.Theme.Slot.BACKGROUND) + "}");
    }

    @Test
    void reportsProblemsOfAThemeFileWithTheirLocationAndWritesNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("brand.yaml"), "extends: light\ncolours:\n  ink: blue\n  muted: \"#cccccc\"\n");
        Cli.Run run = Cli.run(dir, "render", Cli.projectFile(SAMPLE).toString(), "-o", "map.svg", "--theme",
                "brand.yaml");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("brand.yaml:3:3: error[theme.bad-colour]: 'colours.ink' must be a colour")
                .contains("brand.yaml has errors; nothing was written");
        assertThat(dir.resolve("map.svg")).doesNotExist();

        Files.writeString(dir.resolve("pale.yaml"), "colours:\n  muted: \"#cccccc\"\n");
        Cli.Run pale = Cli.run(dir, "render", Cli.projectFile(SAMPLE).toString(), "-o", "map.svg", "--theme",
                "pale.yaml");
        assertThat(pale.exit()).as(pale.err()).isZero();
        assertThat(pale.err()).contains("pale.yaml:2:3: warning[theme.low-contrast]: muted #cccccc on background");
    }

    @Test
    void refusesAThemeFileOutsideTheRootFolder(@TempDir Path dir) throws Exception {
        Path inside = Files.createDirectories(dir.resolve("maps"));
        Files.writeString(dir.resolve("outside.yaml"), "extends: dark\n");
        Cli.Run run = Cli.run(inside, "render", Cli.projectFile(SAMPLE).toString(), "-o", "-", "--theme",
                "../outside.yaml");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--theme '../outside.yaml' is outside the root folder");
        Cli.Run allowed = Cli.run(inside, "render", Cli.projectFile(SAMPLE).toString(), "-o", "-", "--theme",
                "../outside.yaml", "--root", "..");
        assertThat(allowed.exit()).as(allowed.err()).isZero();
    }

    @Test
    void drawsChosenLanesInSvg(@TempDir Path dir) throws Exception {
        Cli.Run run = Cli.run(dir, "render", Cli.projectFile(SAMPLE).toString(), "-o", "-",
                "--lanes", "touchpoints,emotions", "--theme", "dark");
        assertThat(run.exit()).as(run.err()).isZero();
        Cli.Run full = Cli.run(dir, "render", Cli.projectFile(SAMPLE).toString(), "-o", "-");
        assertThat(run.out()).startsWith("<?xml");
        assertThat(height(run.out())).isLessThan(height(full.out()));
    }

    private static int height(String svg) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<svg [^>]*height=\"(\\d+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
