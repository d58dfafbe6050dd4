package dev.journeymaps.render.slides;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Provenance;
import dev.journeymaps.model.Provenance.ResearchSource;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.Hotspot;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.JourneyLayout;
import dev.journeymaps.render.testing.LargeJourneys;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/** The deck read back with POI: a title slide, then one picture slide per 16:9 page, each whole and not blank. */
class SlideDeckTest {

    private static Journey withProvenance(Journey j) {
        Provenance p = new Provenance("CX team", "2.1", Optional.of(LocalDate.of(2026, 11, 30)), List.of(
                new ResearchSource("Customer interviews", OptionalInt.of(12), SourceLocation.UNKNOWN)));
        return new Journey(j.id(), j.title(), j.description(), j.lang(), j.personas(), j.stages(), j.location(),
                j.settings().withProvenance(p));
    }

    private static byte[] deck(Journey journey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SlideDeck().render(AnalysedJourney.of(journey), RenderOptions.defaults(), out);
        return out.toByteArray();
    }

    @Test
    void aTitleSlideThenOnePictureSlidePerSixteenByNinePage() throws IOException {
        Journey journey = withProvenance(ExampleJourneys.damagedDelivery());
        int pages = JourneyLayout.pages(journey, RenderOptions.defaults().withPage(Page.SLIDE)).size();

        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck(journey)))) {
            assertThat(show.getPageSize().getWidth()).isEqualTo(960);
            assertThat(show.getPageSize().getHeight()).isEqualTo(540);
            List<XSLFSlide> slides = show.getSlides();
            assertThat(slides.size()).as("title, pages, hotspots, action plan").isGreaterThanOrEqualTo(3 + pages);
            assertThat(text(slides.get(0))).contains("Online order arrives damaged",
                    "Owner: CX team \u00b7 Version 2.1 \u00b7 2026-11-30", "Research: Customer interviews (n=12)");
            assertThat(show.getProperties().getCoreProperties().getTitle()).isEqualTo("Online order arrives damaged");
            for (XSLFSlide slide : slides.subList(1, 1 + pages)) {
                List<XSLFPictureShape> pictures = slide.getShapes().stream()
                        .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList();
                assertThat(pictures).as("slide %d", slide.getSlideNumber()).hasSize(1);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(pictures.get(0).getPictureData().getData()));
                assertThat(image.getWidth()).isEqualTo(SlideDeck.PICTURE_PIXELS);
                assertThat(image.getHeight()).isEqualTo(1080);
                assertThat(pictures.get(0).getAnchor().getWidth()).isEqualTo(960);
                // the vector page beside it, text as outlines: the same picture in any viewer, at any zoom
                String svg = new String(pictures.get(0).getSvgImage().getData(), StandardCharsets.UTF_8);
                assertThat(svg).contains("<svg", "viewBox").doesNotContain("<text");
            }
        }
    }

    @Test
    void afterTheMapTheHotspotsWithTheirReasonsThenTheActionPlanSoonestFirstAsEditableTables() throws IOException {
        Journey journey = ExampleJourneys.damagedDelivery();
        int pages = JourneyLayout.pages(journey, RenderOptions.defaults().withPage(Page.SLIDE)).size();
        AnalysedJourney analysed = AnalysedJourney.of(journey);
        Hotspot top = analysed.analysis().hotspots().get(0);
        String topName = journey.touchpoint(top.touchpoint().touchpointId()).orElseThrow().name();

        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck(journey)))) {
            List<XSLFSlide> slides = show.getSlides();
            XSLFSlide hotspots = slides.get(1 + pages);
            assertThat(text(hotspots)).contains("Hotspots");
            List<List<String>> rows = table(hotspots);
            assertThat(rows.get(0)).startsWith("Rank", "Touchpoint", "Friction", "Reach", "Impact");
            assertThat(rows.get(1).get(0)).isEqualTo("#1");
            assertThat(rows.get(1).get(1)).startsWith(topName);
            assertThat(rows.get(1).get(5)).as("the score explained").contains(" \u00d7 weight ");

            XSLFSlide plan = slides.get(slides.size() - 1);
            assertThat(text(plan)).contains("Actions");
            List<List<String>> actions = table(plan);
            assertThat(actions.get(0)).containsExactly("Opportunity", "Touchpoint", "Owner", "Due", "KPI");
            List<String> dues = actions.subList(1, actions.size()).stream().map(r -> r.get(3))
                    .filter(d -> !d.isEmpty()).toList();
            assertThat(dues).isNotEmpty().isSorted();
        }
    }

    private static List<List<String>> table(XSLFSlide slide) {
        XSLFTable table = slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast)
                .findFirst().orElseThrow();
        List<List<String>> rows = new java.util.ArrayList<>();
        for (XSLFTableRow row : table.getRows()) {
            rows.add(row.getCells().stream().map(c -> c.getText()).toList());
        }
        return rows;
    }

    @Test
    void everySlideDrawsWholeAndNotBlankWhenPoiPaintsIt() throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck(ExampleJourneys.damagedDelivery())))) {
            for (XSLFSlide slide : show.getSlides()) {
                BufferedImage drawn = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = drawn.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                slide.draw(g);
                g.dispose();
                assertThat(colours(drawn)).as("slide %d is not blank", slide.getSlideNumber()).isGreaterThan(2);
                // kept for looking at: target/slides/slide-N.png
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/slides"));
                ImageIO.write(drawn, "png", java.nio.file.Path.of("target/slides/slide-" + slide.getSlideNumber()
                        + ".png").toFile());
            }
        }
    }

    @Test
    void aHundredTouchpointsFitAHandfulOfSlides() throws IOException {
        // The generated journey of issue 14 (ten stages of ten, six personas): 31 map slides with the paper's columns.
        Journey journey;
        try (java.io.InputStream in = SlideDeckTest.class.getResourceAsStream(
                "/journeys/generated-100-six-personas.yaml")) {
            journey = dev.journeymaps.model.io.JourneyReader.read(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8), "generated.yaml").journey().orElseThrow();
        }
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck(journey)))) {
            long pictures = show.getSlides().stream().filter(slide -> slide.getShapes().stream()
                    .anyMatch(XSLFPictureShape.class::isInstance)).count();
            assertThat(pictures).as("the overview and at most 8 map slides").isBetween(2L, 1L + 8);
        }
        // A journey with thoughts and pain points under its cards has taller rows, on more slides, still not 60.
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck(LargeJourneys.of(10, 10))))) {
            assertThat(show.getSlides().size()).isBetween(2, 60);
        }
    }

    @Test
    void theSameJourneyGivesTheSameBytes() {
        assertThat(deck(ExampleJourneys.damagedDelivery())).isEqualTo(deck(ExampleJourneys.damagedDelivery()));
    }

    private static String text(XSLFSlide slide) {
        StringBuilder s = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                s.append(t.getText()).append('\n');
            }
        }
        return s.toString();
    }

    /** How many different colours a sample of the picture's pixels has. */
    private static long colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
