package dev.journeymaps.render.svg;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses SVG back with the JDK's XML parser, DTDs and external entities off, as a strict reader would. */
final class Svg {

    static final String NS = "http://www.w3.org/2000/svg";

    private Svg() {}

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Every element named {@code name} in the SVG namespace, in document order. */
    static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** Every element of the document, in document order. */
    static List<Element> allElements(Document doc) {
        return elements(doc, "*");
    }

    /**
     * The value of presentation property {@code name} on {@code e}: its attribute, else what the document's style
     * sheet says for its element and class (without a unit), else empty. The maps' sheets are one rule per element
     * and class, one per line.
     */
    static String property(Element e, String name) {
        if (e.hasAttribute(name)) {
            return e.getAttribute(name);
        }
        String selector = e.getLocalName() + "." + e.getAttribute("class") + "{";
        for (Element style : elements(e.getOwnerDocument(), "style")) {
            for (String rule : style.getTextContent().split("\n")) {
                if (rule.startsWith(selector)) {
                    for (String declaration : rule.substring(selector.length(), rule.length() - 1).split(";")) {
                        String[] p = declaration.split(":", 2);
                        if (p[0].equals(name)) {
                            return p[1].endsWith("px") ? p[1].substring(0, p[1].length() - 2) : p[1];
                        }
                    }
                }
            }
        }
        return "";
    }

    /** The text of every {@code <title>} element. */
    static List<String> titles(Document doc) {
        return elements(doc, "title").stream().map(Element::getTextContent).toList();
    }
}
