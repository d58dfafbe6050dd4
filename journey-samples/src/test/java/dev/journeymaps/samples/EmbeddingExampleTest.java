package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.Hotspot;
import dev.journeymaps.model.validate.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class EmbeddingExampleTest {

    @Test
    void buildsAValidJourney() {
        assertThat(Validator.validate(EmbeddingExample.journey())).isEmpty();
    }

    @Test
    void mainWritesAWellFormedMap(@TempDir Path dir) throws Exception {
        Path map = dir.resolve("diy-store-return.svg");

        EmbeddingExample.main(new String[] {map.toString()});

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(map)));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(Files.readString(map)).contains("Returning a drill at the DIY store");
    }

    @Test
    void mapAndReportShowTheFiguresOfTheSurveyAnswersTheJourneyNames(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kafic-csat.yaml"), Samples.read("kafic-csat.yaml"));
        Files.writeString(dir.resolve("kafic-csat-answers.csv"), Samples.read("kafic-csat-answers.csv"));

        List<String> mapAndReport = EmbeddingExample.mapAndReport(dir.resolve("kafic-csat.yaml")).orElseThrow();

        // 0.40 with the café's survey answers; the journey alone scores 0.32.
        String placanje = "<g class=\"lane-cell\" data-touchpoint=\"placanje\">";
        assertThat(mapAndReport).hasSize(2).allSatisfy(document -> assertThat(document.substring(
                document.indexOf(placanje), document.indexOf("</g>", document.indexOf(placanje)))).contains(">0.40<"));
    }

    @Test
    void mapAndReportGiveNothingWhenASurveyFileIsMissing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kafic-csat.yaml"), Samples.read("kafic-csat.yaml"));

        assertThat(EmbeddingExample.mapAndReport(dir.resolve("kafic-csat.yaml"))).isEmpty();
    }

    @Test
    void loadGivesTheJourneyOfAValidFileAndNothingForAnInvalidOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ok.yaml"), Samples.read("kafic-csat.yaml"));
        Files.writeString(dir.resolve("bad.yaml"), "journey: {id: j, title: T}\nstages: [{id: s, name: S, "
                + "touchpoints: [{id: t, name: T, next: [nowhere]}]}]\n");

        assertThat(EmbeddingExample.load(dir.resolve("ok.yaml"))).map(j -> j.id()).contains("kafic-csat");
        assertThat(EmbeddingExample.load(dir.resolve("bad.yaml"))).isEmpty();
    }

    @Test
    void hotspotsArePrintedWorstFirstWithTheirComponents() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        AnalysedJourney analysed = AnalysedJourney.of(EmbeddingExample.journey());

        EmbeddingExample.printHotspots(analysed, new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        Hotspot first = analysed.analysis().hotspots().get(0);
        assertThat(printed).startsWith("experience score ")
                .contains("1. " + first.touchpoint().touchpointId() + ": friction ")
                .contains("   pain-points adds ");
    }

    @Test
    void filesAreAPngAPdfAReportAndSlides(@TempDir Path dir) throws Exception {
        EmbeddingExample.writeFiles(AnalysedJourney.of(EmbeddingExample.journey()), dir);

        byte[] png = Files.readAllBytes(dir.resolve("map.png"));
        assertThat(java.util.Arrays.copyOf(png, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertThat(javax.imageio.ImageIO.read(dir.resolve("map.png").toFile()).getWidth()).isPositive();
        assertThat(Files.readString(dir.resolve("map.pdf"), StandardCharsets.ISO_8859_1)).startsWith("%PDF-")
                .endsWith("%%EOF\n");
        assertThat(Files.readString(dir.resolve("report.html"))).containsIgnoringCase("<!doctype html>")
                .contains("Returning a drill at the DIY store");
        try (var in = Files.newInputStream(dir.resolve("map.pptx"));
                var slides = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
            assertThat(slides.getSlides()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(slides.getPageSize().getWidth() * 9).isEqualTo(slides.getPageSize().getHeight() * 16);
        }
    }
}
