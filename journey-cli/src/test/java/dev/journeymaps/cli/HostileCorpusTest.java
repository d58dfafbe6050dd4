package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.journeymaps.render.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Runs every file of the hostile-input corpus ({@code src/test/resources/hostile}, expectations in
 * {@code EXPECTED.tsv}) and a few generated giants through the whole pipeline, as a user would: {@code validate},
 * {@code analyze} and {@code hotspots}, then {@code render} in every format the command offers. Surefire runs this
 * class in its own JVM with a small heap (see the pom): nothing a file holds may need more.
 *
 * <p>Each file must give either its problem (exit 2, printed as {@code file:line:col: error[code]}, and no output
 * file) or, when valid but odd, a well-formed map with its text escaped (exit 0).
 */
class HostileCorpusTest {

    private static final Duration GENEROUS = Duration.ofSeconds(30);
    /** Drawing 10,000 stages is real work, not a hang; its cost is measured in journey-bench. */
    private static final Duration GIANT = Duration.ofSeconds(180);
    private static final List<String> FORMATS = RenderCommand.SUPPORTED.stream()
            // Raster formats are opt-in (-Dhostile.raster): they fit the 128 MB heap, but drawing the thousand
            // arrows of many-next-steps.yaml costs Batik 13 s of CPU for PNG and FOP more for PDF, which on a busy
            // CI machine passes the 30 s guard; a slide deck is PNG pictures. RenderRasterTest and journey-render's raster tests cover them.
            .filter(f -> System.getProperty("hostile.raster") != null || (f != Format.PNG && f != Format.PDF
                    && f != Format.PPTX))
            .map(Format::extension)
            .toList();
    private static final Pattern LOCATED = Pattern.compile("(?m)^.+:\\d+:\\d+: (error|warning)\\[[a-z0-9.-]+\\]: .+$");

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> everyCorpusFileGivesItsExpectedOutcome() throws IOException {
        Path corpus = Cli.projectFile("journey-cli/src/test/resources/hostile");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("EXPECTED.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            Path file = corpus.resolve(cells[0]);
            tests.add(DynamicTest.dynamicTest(cells[0] + " -> " + cells[1], () -> check(file, cells[1])));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(40);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> generatedGiantsGiveTheirExpectedOutcome() {
        return Stream.of(
                DynamicTest.dynamicTest("10,000 stages of one touchpoint each render", () -> check(
                        giant("ten-thousand-stages.yaml", tenThousandStages()), "ok", List.of("svg"), GIANT)),
                DynamicTest.dynamicTest("a 1 MB name is refused before it is scanned", () -> check(
                        giant("megabyte-name.yaml", "journey: {id: h, title: H}\nstages:\n  - id: s\n    name: "
                                + "n".repeat(1 << 20) + "\n    touchpoints: [{id: t, name: N}]\n"),
                        "limit.line-too-long")),
                DynamicTest.dynamicTest("a 50,000-character name is refused where it is bound", () -> check(
                        giant("long-name.yaml", "journey: {id: h, title: H}\nstages:\n  - id: s\n    name: "
                                + "n".repeat(50_000) + "\n    touchpoints: [{id: t, name: N}]\n"),
                        "limit.text-too-long")),
                DynamicTest.dynamicTest("10,000-deep nesting is refused", () -> check(
                        giant("deep.yaml", "journey: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"),
                        "limit.exceeded")),
                DynamicTest.dynamicTest("a 17 MB file is refused before it is parsed", () -> check(
                        giant("huge.yaml", "# " + "x".repeat(17 << 20) + "\n"), "limit.too-large")));
    }

    private static Path giant(String name, String content) throws IOException {
        return Files.writeString(work.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String tenThousandStages() {
        StringBuilder yaml = new StringBuilder("journey: {id: many, title: Many stages}\nstages:\n");
        for (int i = 0; i < 10_000; i++) {
            yaml.append("  - {id: s").append(i).append(", name: Stage ").append(i)
                    .append(", touchpoints: [{id: t").append(i).append(", name: Step ").append(i).append("}]}\n");
        }
        return yaml.toString();
    }

    private static void check(Path file, String expected) {
        check(file, expected, FORMATS, GENEROUS);
    }

    private static void check(Path file, String expected, List<String> formats, Duration guard) {
        assertTimeoutPreemptively(guard, () -> {
            boolean error = !expected.equals("ok") && !isWarning(expected);
            Cli.Run validate = Cli.run(work, "validate", file.toString());
            assertThat(validate.exit()).as(validate.err()).isEqualTo(error ? 2 : 0);
            if (!expected.equals("ok")) {
                String level = error ? "error" : "warning";
                assertThat(validate.err()).contains(": " + level + "[" + expected + "]: ");
                assertThat(validate.err()).containsPattern(LOCATED);
            }
            // The analysis goes to a file, as a server would stream it: captured from stdout, the 13 MB of JSON of
            // the 10,000-stage giant would cost this suite's 128 MB heap more than the analysis itself does.
            Path analysisFile = work.resolve(file.getFileName() + ".analysis.json");
            for (List<String> analysis : List.of(
                    List.of("analyze", "--format", "json", "-o", analysisFile.toString()), List.of("hotspots"))) {
                List<String> args = new ArrayList<>(analysis);
                args.add(file.toString());
                Cli.Run run = Cli.run(work, args.toArray(String[]::new));
                assertThat(run.exit()).as(analysis + ": " + run.err()).isEqualTo(error ? 2 : 0);
            }
            for (String format : formats) {
                Path out = work.resolve(file.getFileName() + "." + format);
                Files.deleteIfExists(out);
                List<String> args = new ArrayList<>(List.of("render", file.toString(), "--format", format, "-o",
                        out.toString()));
                if (format.equals("png")) {
                    // The pixel budget is the memory knob of raster output: 64 megapixels need 256 MB of image,
                    // so a server with a small heap lowers it, as this 128 MB suite does.
                    args.addAll(List.of("--max-pixels", "4000000"));
                }
                Cli.Run render = Cli.run(work, args.toArray(String[]::new));
                assertThat(render.exit()).as(format + ": " + render.err()).isEqualTo(error ? 2 : 0);
                if (error) {
                    assertThat(out).as(format).doesNotExist();
                } else {
                    assertThat(out).as(format).isNotEmptyFile();
                    if (format.equals("svg")) {
                        assertWellFormedWithoutScript(out);
                    }
                }
            }
        });
    }

    private static boolean isWarning(String code) {
        return code.equals("flow.loop-without-exit") || code.equals("stage.empty") || code.equals("format.bad-lang");
    }

    private static void assertWellFormedWithoutScript(Path svg) throws Exception {
        // SAX, not DOM: the tree of the 10,000-stage map would take more than this suite's heap.
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        factory.newSAXParser().parse(svg.toFile(), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                assertThat(localName).isNotEqualTo("script").isNotEqualTo("foreignObject");
                // Hostile text may show up as text; it must never become markup: no event handler, no link.
                for (int a = 0; a < attributes.getLength(); a++) {
                    String name = attributes.getLocalName(a);
                    assertThat(name).doesNotStartWith("on").isNotEqualTo("style");
                    if (name.equals("href")) {
                        // The one link a map has: a <use> of one of our own channel icons, inside the document.
                        assertThat(localName).isEqualTo("use");
                        assertThat(attributes.getValue(a)).matches("#jm-icon-[a-z-]+");
                    }
                }
            }
        });
    }
}
