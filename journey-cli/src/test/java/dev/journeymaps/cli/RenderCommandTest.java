package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class RenderCommandTest {

    @TempDir
    Path dir;

    final Path example = Cli.projectFile("journey-samples/src/test/resources/journeys/valid/issue-example.yaml");

    @Test
    void writesJourneyIdDotSvgInTheWorkingDirectoryByDefault() throws Exception {
        Cli.Run run = Cli.run(dir, "render", example.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("damaged-delivery.svg\n");
        assertThat(run.err()).isEmpty();
        Document svg = parse(Files.readAllBytes(dir.resolve("damaged-delivery.svg")));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(leftovers()).containsExactly("damaged-delivery.svg");
    }

    @Test
    void printsTenWarningsOfAKindAndCountsTheRestWhileValidateListsThemAll() throws IOException {
        StringBuilder yaml = new StringBuilder("journey:\n  id: empty-stages\n  title: Empty stages\nstages:\n");
        for (int i = 1; i <= 25; i++) {
            yaml.append("  - id: s").append(i).append("\n    name: Stage ").append(i).append("\n");
        }
        yaml.append("    touchpoints:\n      - id: t1\n        name: Call\n        emotion: neutral\n");
        Path journey = Files.writeString(dir.resolve("stages.yaml"), yaml);

        Cli.Run render = Cli.run(dir, "render", journey.toString(), "-o", "map.svg");
        Cli.Run validate = Cli.run(dir, "validate", journey.toString());

        assertThat(render.exit()).isZero();
        assertThat(render.err().lines().filter(l -> l.contains("warning[stage.empty]"))).hasSize(10);
        assertThat(render.err()).contains("stages.yaml:5:5: warning[stage.empty]")
                .endsWith("journey: 14 more warnings[stage.empty] not shown; 'journey validate' lists every one\n");
        assertThat(validate.err().lines().filter(l -> l.contains("warning[stage.empty]"))).hasSize(24);
    }

    @Test
    void writesWhereOutputSays() throws Exception {
        Files.createDirectory(dir.resolve("maps"));

        Cli.Run run = Cli.run(dir, "render", example.toString(), "-o", "maps/cx.svg");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("maps/cx.svg\n");
        parse(Files.readAllBytes(dir.resolve("maps/cx.svg")));
    }

    @Test
    void printsTheSvgOnStdoutForDash() throws Exception {
        Cli.Run run = Cli.run(dir, "render", example.toString(), "-o", "-");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("<svg");
        parse(run.out().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void writesTheHtmlReportAsOneSelfContainedFile() throws IOException {
        Cli.Run run = Cli.run(dir, "render", example.toString(), "--format", "html");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("damaged-delivery.html\n");
        String html = Files.readString(dir.resolve("damaged-delivery.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg direction=\"ltr\"", "Content-Security-Policy");
        assertThat(leftovers()).containsExactly("damaged-delivery.html");
    }

    @Test
    void printsTheJourneyInWordsAsMarkdownTakingTheFormatFromTheOutputName() throws IOException {
        Cli.Run run = Cli.run(dir, "render", example.toString(), "-o", "cx.md");

        assertThat(run.exit()).isZero();
        assertThat(Files.readString(dir.resolve("cx.md"))).startsWith("# ").contains("## The journey, stage by stage");
        assertThat(Cli.run(dir, "render", example.toString(), "--format", "md", "-o", "-").out())
                .isEqualTo(Files.readString(dir.resolve("cx.md")));
    }

    @Test
    void writesAReportPerJourneyOfAFolderAndAnIndex() throws IOException {
        Path journeys = Files.createDirectory(dir.resolve("journeys"));
        Files.copy(example, journeys.resolve("a.yaml"));
        Files.writeString(journeys.resolve("broken.yaml"), "journey: [");
        Files.writeString(journeys.resolve("notes.txt"), "not a journey");

        Cli.Run run = Cli.run(dir, "render", "journeys", "--format", "html", "-o", "site");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("site/damaged-delivery.html\nsite/index.html\n");
        assertThat(run.err()).contains("broken.yaml has errors; no report for it");
        assertThat(Files.readString(dir.resolve("site/index.html"))).contains("href=\"./damaged-delivery.html\"");
    }

    @Test
    void refusesAFolderForASingleFileFormat() throws IOException {
        Files.createDirectory(dir.resolve("journeys"));
        Cli.Run run = Cli.run(dir, "render", "journeys");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: journeys is a folder; give a journey file, or --format html");
    }

    @Test
    void rendersTheSameBytesTwice() throws IOException {
        Cli.run(dir, "render", example.toString(), "-o", "a.svg");
        Cli.run(dir, "render", example.toString(), "-o", "b.svg");

        assertThat(Files.readAllBytes(dir.resolve("a.svg"))).isEqualTo(Files.readAllBytes(dir.resolve("b.svg")));
    }

    @Test
    void refusesAJourneyWithErrorsAndKeepsTheOlderMap() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), ValidateCommandTest.DANGLING);
        Path older = Files.writeString(dir.resolve("refund.svg"), "<svg>older</svg>");

        Cli.Run run = Cli.run(dir, "render", bad.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(bad + ":10:")
                .contains("error[reference.unknown-touchpoint]")
                .endsWith("journey: " + bad + " has errors; nothing was written\n");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(older)).isEqualTo("<svg>older</svg>");
        assertThat(leftovers()).containsExactlyInAnyOrder("bad.yaml", "refund.svg");
    }

    @Test
    void exitsOneWithOneLineWhenTheOutputFolderIsMissing() {
        Cli.Run run = Cli.run(dir, "render", example.toString(), "-o", "no/such/folder/map.svg");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("journey: no such file or folder: " + dir.resolve("no/such/folder") + "\n");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void exitsOneWhenTheOutputIsAFolder() throws IOException {
        Files.createDirectory(dir.resolve("maps"));

        Cli.Run run = Cli.run(dir, "render", example.toString(), "-o", "maps");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: ").contains("is a folder").doesNotContain("\tat ");
        assertThat(leftovers()).containsExactly("maps");
    }

    @Test
    void showsTheStackTraceOnlyWithDebug() {
        Cli.Run run = Cli.run(dir, "render", "--debug", example.toString(), "-o", "missing/map.svg");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: no such file or folder: ").contains("\tat dev.journeymaps.cli.");
    }

    @Test
    void exitsOneForAMissingJourney() {
        Cli.Run run = Cli.run(dir, "render", "missing.yaml");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("journey: no such file: missing.yaml\n");
    }

    @Test
    void exitsOneForAnUnknownFormat() {
        Cli.Run run = Cli.run(dir, "render", example.toString(), "--format", "gif");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: unknown --format 'gif'; supported: svg, png, pdf, pptx, html, md\n");
    }

    @Test
    void refusesMapOptionsTheHtmlReportWouldIgnore() {
        Cli.Run run = Cli.run(dir, "render", example.toString(), "--format", "html", "--theme", "print", "--lanes",
                "touchpoints");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: --theme does not apply to html output; it applies to svg, png, pdf,"
                + " pptx (drop it, or choose one of those with --format)\n");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesLanesForTheHtmlReport() {
        Cli.Run run = Cli.run(dir, "render", example.toString(), "--format", "html", "--lanes", "touchpoints");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: --lanes does not apply to html output");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesAThemeForMarkdownNamedByTheOutput() {
        Cli.Run run = Cli.run(dir, "render", example.toString(), "-o", "cx.md", "--theme", "dark");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: --theme does not apply to md output");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesThePixelScaleForVectorOutput() {
        Cli.Run run = Cli.run(dir, "render", example.toString(), "-o", "cx.svg", "--scale", "2");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: --scale does not apply to svg output; it applies to png ");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesAMapOptionForAFolderOfReports() throws IOException {
        Path journeys = Files.createDirectory(dir.resolve("journeys"));
        Files.copy(example, journeys.resolve("a.yaml"));

        Cli.Run run = Cli.run(dir, "render", "journeys", "--format", "html", "--page", "a4");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: --page does not apply to html output");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void writesASlideDeckWholeTakingTheFormatFromTheOutputName() throws IOException {
        Cli.Run run = Cli.run(dir, "render", example.toString(), "-o", "cx.pptx", "--theme", "dark");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("cx.pptx\n");
        byte[] deck = Files.readAllBytes(dir.resolve("cx.pptx"));
        assertThat(new String(deck, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        try (org.apache.poi.xslf.usermodel.XMLSlideShow show =
                new org.apache.poi.xslf.usermodel.XMLSlideShow(new ByteArrayInputStream(deck))) {
            assertThat(show.getSlides()).hasSizeGreaterThan(1);
        }
        assertThat(leftovers()).containsExactly("cx.pptx");
    }

    @Test
    void refusesAPageSizeForSlidesWhichAreAlwaysSixteenByNine() {
        Cli.Run run = Cli.run(dir, "render", example.toString(), "--format", "pptx", "--page", "a4");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: --page does not apply to pptx output; it applies to svg, png, pdf");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesToPrintASlideDeckOnStdout() {
        Cli.Run run = Cli.run(dir, "render", example.toString(), "--format", "pptx", "-o", "-");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: pptx is binary: name a file with -o");
    }

    @Test
    void drawsTheMapWithEveryOptionItHonours() {
        Cli.Run run = Cli.run(dir, "render", example.toString(), "-o", "cx.png", "--theme", "dark", "--lanes",
                "touchpoints,emotions", "--page", "a4", "--scale", "1", "--max-pixels", "4000000");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(leftovers()).containsExactly("cx.png");
    }

    private Stream<String> names() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
    }

    private java.util.List<String> leftovers() {
        try (Stream<String> names = names()) {
            return names.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
