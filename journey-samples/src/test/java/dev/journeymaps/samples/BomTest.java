package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * journey-bom has no parent (so it manages our artifacts only): its version must still follow the build's, and it must
 * manage every module others depend on.
 */
class BomTest {

    private static Document read(String pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Path.of("..", pom).toFile());
    }

    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }

    @Test
    void managesEveryPublishedModuleAtTheBuildsVersion() throws Exception {
        Element parent = read("pom.xml").getDocumentElement();
        Element bom = read("journey-bom/pom.xml").getDocumentElement();

        assertThat(child(bom, "version")).isEqualTo(child(parent, "version"));
        assertThat(child(bom, "groupId")).isEqualTo(child(parent, "groupId"));
        NodeList dependencies = bom.getElementsByTagName("dependency");
        List<String> managed = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            assertThat(child(d, "version")).as(child(d, "artifactId")).isEqualTo(child(parent, "version"));
            managed.add(child(d, "artifactId"));
        }
        // Every module of the build that others depend on: all but the benchmarks, the BOM and the Maven plugin.
        NodeList modules = parent.getElementsByTagName("module");
        List<String> published = new ArrayList<>();
        for (int i = 0; i < modules.getLength(); i++) {
            published.add(modules.item(i).getTextContent().strip());
        }
        published.removeAll(List.of("journey-bench", "journey-bom", "journey-maven-plugin"));
        assertThat(managed).containsExactlyInAnyOrderElementsOf(published).contains("journey-model", "journey-cli");
    }
}
