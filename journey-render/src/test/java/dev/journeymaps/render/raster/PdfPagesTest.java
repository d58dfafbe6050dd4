package dev.journeymaps.render.raster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.JourneyLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF map on pages, read back with PDFBox: one PDF page per laid-out page, each its own, numbered. */
class PdfPagesTest {

    @Test
    void thePdfHasOneA3PagePerLaidOutPageEachNumberedAndDrawn() throws IOException {
        Journey journey = ExampleJourneys.damagedDelivery();
        int expected = JourneyLayout.pages(journey, RenderOptions.defaults()).size();

        byte[] pdf = DrawnMaps.pdf(journey, RenderOptions.defaults(), "damaged-delivery-a3");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(expected).isGreaterThan(1);
            for (int i = 0; i < expected; i++) {
                assertThat(document.getPage(i).getMediaBox().getWidth()).isCloseTo(1191f,
                        org.assertj.core.data.Offset.offset(1f));
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String text = stripper.getText(document);
                // Each page shows its own content only: its number, and not the next page's.
                assertThat(text).contains("Page " + (i + 1) + " of " + expected)
                        .doesNotContain("Page " + (i + 2) + " of ");
                BufferedImage image = new PDFRenderer(document).renderImage(i, 0.5f);
                assertThat(inkShare(image)).as("ink on page %d", i + 1).isGreaterThan(0.01);
            }
        }
    }

    @Test
    void aSlideDeckPageIsSixteenByNine() throws IOException {
        byte[] pdf = DrawnMaps.pdf(ExampleJourneys.damagedDelivery(), RenderOptions.defaults().withPage(Page.SLIDE),
                "damaged-delivery-slides");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(960f,
                    org.assertj.core.data.Offset.offset(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(540f,
                    org.assertj.core.data.Offset.offset(1f));
        }
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 200) {
                    ink++;
                }
            }
        }
        return (double) ink / (image.getWidth() * (long) image.getHeight());
    }
}
