package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name of an output and its format agree, or nothing is written. */
class OutputNamesTest {

    @TempDir
    Path dir;

    private void journey() throws IOException {
        Files.writeString(dir.resolve("j.yaml"), MainTest.manyTouchpoints(2).replace("id: big", "id: j"));
    }

    @Test
    void anExtensionNoFormatWritesIsAUsageErrorNamingTheFormats() throws IOException {
        journey();

        Cli.Run render = Cli.run(dir, "render", "j.yaml", "-o", "x.jpg");
        Cli.Run diff = Cli.run(dir, "diff", "j.yaml", "j.yaml", "-o", "x.png");
        Cli.Run hotspots = Cli.run(dir, "hotspots", "j.yaml", "-o", "x.xlsx");
        Cli.Run export = Cli.run(dir, "export", "j.yaml", "--to", "mermaid", "-o", "x.svg");
        Cli.Run schema = Cli.run(dir, "schema", "-o", "x.yaml");

        assertThat(render.exit()).isEqualTo(1);
        assertThat(render.err()).startsWith("journey: -o x.jpg: render writes no .jpg files; it writes .svg, .png,"
                + " .pdf, .pptx, .html, .htm, .md (or give a name without an extension and choose with --format)\n");
        assertThat(diff.err()).startsWith("journey: -o x.png: diff writes no .png files; it writes .txt, .json, .svg,"
                + " .html, .htm");
        assertThat(hotspots.err()).startsWith("journey: -o x.xlsx: hotspots writes no .xlsx files; it writes .txt,"
                + " .json, .csv");
        assertThat(export.err()).startsWith("journey: -o x.svg: export writes no .svg files; it writes .mmd,"
                + " .mermaid, .yaml, .yml, .json");
        assertThat(schema.err()).startsWith("journey: -o x.yaml: schema writes no .yaml files; it writes .json");
        for (Cli.Run run : new Cli.Run[] {render, diff, hotspots, export, schema}) {
            assertThat(run.exit()).isEqualTo(1);
        }
        assertThat(outputs()).isEmpty();
    }

    @Test
    void anExtensionThatNamesAnotherFormatThanAskedIsAUsageError() throws IOException {
        journey();

        Cli.Run render = Cli.run(dir, "render", "j.yaml", "--format", "html", "-o", "x.svg");
        Cli.Run export = Cli.run(dir, "export", "j.yaml", "--to", "yaml", "-o", "x.json");

        assertThat(render.exit()).isEqualTo(1);
        assertThat(render.err()).startsWith("journey: -o x.svg names SVG, not HTML; end the name in .html or .htm\n");
        assertThat(export.exit()).isEqualTo(1);
        assertThat(export.err()).startsWith("journey: -o x.json names json, not yaml; end the name in .yaml or .yml\n");
        assertThat(outputs()).isEmpty();
    }

    @Test
    void theExtensionChoosesTheFormatAndANameWithoutOneTakesFormat() throws IOException {
        journey();

        Cli.Run csv = Cli.run(dir, "hotspots", "j.yaml", "-o", "h.csv");
        Cli.Run htm = Cli.run(dir, "render", "j.yaml", "-o", "r.htm");
        Cli.Run plain = Cli.run(dir, "render", "j.yaml", "--format", "md", "-o", "words");

        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(Files.readString(dir.resolve("h.csv"))).startsWith("rank,");
        assertThat(htm.exit()).as(htm.err()).isZero();
        assertThat(Files.readString(dir.resolve("r.htm"))).startsWith("<!DOCTYPE html>");
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(Files.readString(dir.resolve("words"))).startsWith("# ");
    }

    private Stream<String> outputsStream() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).filter(n -> !n.equals("j.yaml"));
    }

    private java.util.List<String> outputs() throws IOException {
        try (Stream<String> s = outputsStream()) {
            return s.toList();
        }
    }
}
