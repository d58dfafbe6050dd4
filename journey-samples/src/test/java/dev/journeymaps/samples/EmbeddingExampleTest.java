package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.validate.Validator;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
