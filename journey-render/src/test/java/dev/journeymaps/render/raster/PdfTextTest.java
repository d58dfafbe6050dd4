package dev.journeymaps.render.raster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.JourneyLayout;
import dev.journeymaps.render.layout.PlainText;
import dev.journeymaps.render.layout.Scene;
import dev.journeymaps.render.layout.SceneChecks;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PDF map, read back with PDFBox: plain lines are text in the embedded DejaVu Sans that can be selected and
 * searched, standing where the layout put them; every other line (Persian, Sundanese, emoji) is drawn as outlines.
 */
class PdfTextTest {

    /** FOP's transcoder takes 96 SVG units to the inch; a PDF has 72 points to the inch. */
    private static final double POINTS_PER_UNIT = 0.75;

    /** One page the size of the map, where the layout's units map to points without a page's scale. */
    private static final RenderOptions ONE_PAGE = RenderOptions.defaults().withPage(Page.NONE);

    private final RasterRenderer renderer = new RasterRenderer();

    @Test
    void touchpointNamesInLatinAndCroatianAreTextThatCanBeSearched() throws IOException {
        Journey journey = ScriptsRasterTest.journey("hr");
        byte[] pdf = pdf(journey, "scripts-hr");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
            assertThat(document.getPage(0).getResources().getFontNames()).hasSize(2); // DejaVu Sans, regular and bold
        }

        Scene scene = JourneyLayout.layout(journey, ONE_PAGE);
        for (String name : List.of(ScriptsRasterTest.CROATIAN, ScriptsRasterTest.BASQUE, ScriptsRasterTest.ITALIAN)) {
            for (TextLine line : SceneChecks.cardName(scene, name).lines()) {
                assertThat(text).contains(line.text());
            }
        }
        assertThat(text).contains("Skripte · Idazkerak · Scritture").contains("Dolazak");
        // Persian and Sundanese are outlines, never FOP's "#" for a glyph it lacks.
        assertThat(text).doesNotContain("#").doesNotContainPattern("[\\u0600-\\u06FF\\u1B80-\\u1BBF]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hr", "fa"})
    void everyScriptAndEmojiLeavesInkWhereTheSceneSaysItIs(String lang) throws IOException {
        Journey journey = ScriptsRasterTest.journey(lang);
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf(journey, "scripts-" + lang))) {
            page = new PDFRenderer(document).renderImage(0, (float) (2 / POINTS_PER_UNIT));
        }
        Scene scene = JourneyLayout.layout(journey, ONE_PAGE);
        for (String name : List.of(ScriptsRasterTest.CROATIAN, ScriptsRasterTest.BASQUE, ScriptsRasterTest.ITALIAN,
                ScriptsRasterTest.SUNDANESE, ScriptsRasterTest.PERSIAN, ScriptsRasterTest.EMOJI)) {
            TextBlock block = SceneChecks.cardName(scene, name);
            for (TextLine line : block.lines()) {
                assertThat(ScriptsRasterTest.inkShare(page, block, line, 2)).as("ink of '%s'", line.text())
                        .isGreaterThan(0.02);
            }
        }
    }

    @Test
    void plainLinesStartAndEndWhereTheLayoutMeasuredThem() throws IOException {
        Journey journey = ExampleJourneys.damagedDelivery();
        Map<String, List<double[]>> found = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf(journey, "damaged-delivery-text"))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    found.computeIfAbsent(text, t -> new ArrayList<>()).add(new double[] {
                        first.getXDirAdj() / POINTS_PER_UNIT,
                        (last.getXDirAdj() + last.getWidthDirAdj()) / POINTS_PER_UNIT});
                }
            };
            stripper.getText(document);
        }

        int compared = 0;
        for (TextBlock block : SceneChecks.texts(JourneyLayout.layout(journey, ONE_PAGE))) {
            for (TextLine line : block.lines()) {
                List<double[]> spans = found.getOrDefault(line.text(), List.of());
                if (!PlainText.isPlain(block, line) || spans.size() != 1) {
                    continue; // a line whose text recurs, or that the stripper joined to a neighbour
                }
                double width = PlainText.width(block, line);
                double left = block.anchor().left(line.x(), width);
                assertThat(spans.get(0)[0]).as("start of '%s'", line.text()).isCloseTo(left, within(0.2));
                assertThat(spans.get(0)[1]).as("end of '%s'", line.text()).isCloseTo(left + width, within(0.2));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(50);
    }

    @Test
    void theSameMapGivesTheSameBytesWithoutADate() throws IOException {
        Journey journey = ExampleJourneys.damagedDelivery();
        byte[] first = pdf(journey, "damaged-delivery-text");
        byte[] second = pdf(journey, "damaged-delivery-text");

        assertThat(second).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("/CreationDate")
                .containsPattern("/ID \\[<[0-9A-F]{32}> <[0-9A-F]{32}>\\]");
        try (PDDocument document = Loader.loadPDF(first)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }

    private byte[] pdf(Journey journey, String name) throws IOException {
        return DrawnMaps.pdf(journey, ONE_PAGE, name);
    }

}
