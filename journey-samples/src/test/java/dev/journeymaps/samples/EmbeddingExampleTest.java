package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.validate.Validator;
import java.io.ByteArrayInputStream;
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
}
