package dev.journeymaps.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/** Every piece of user text comes back from a strict XML parser exactly as written, minus what XML 1.0 forbids. */
class EscapingTest {

    /** Markup, entities, quotes, a CDATA end, a comment start, control characters, CR/LF and a lone surrogate. */
    private static final String HOSTILE =
            "<script>alert('x')</script> & \"dq\" 'sq' ]]> <!-- \u0001\u0008\u001b\uD800\uFFFE\r\n\tend ";
    /** {@link #HOSTILE} after dropping the code points XML 1.0 forbids. */
    private static final String KEPT = "<script>alert('x')</script> & \"dq\" 'sq' ]]> <!-- \r\n\tend ";

    private static final Set<String> ELEMENTS = Set.of("svg", "title", "desc", "g", "rect", "text", "tspan", "path",
            "circle", "defs", "symbol", "use", "style");
    private static final Set<String> ATTRIBUTES = Set.of("xmlns", "version", "width", "height", "viewBox", "role",
            "xml:lang", "font-family", "class", "x", "y", "rx", "fill", "stroke", "stroke-width", "stroke-dasharray",
            "stroke-linejoin", "stroke-linecap", "font-size", "font-weight", "text-anchor", "direction", "d", "cx", "cy",
            "r", "data-touchpoint", "xmlns:xlink", "xlink:href", "id", "type");

    private static String field(String name) {
        return HOSTILE + name;
    }

    private static String kept(String name) {
        return KEPT + name;
    }

    private static Journey hostileJourney() {
        return Journey.builder("hostile", field("journey-title"))
                .description(field("journey-description"))
                .lang("en\" onload=\"alert(1)")
                .persona("p1", field("persona-name"), p -> p.description(field("persona-description")))
                .stage("s1", field("stage-name"), s -> s
                        .goal(field("stage-goal"))
                        .touchpoint("t1", field("touchpoint-name"), t -> t
                                .channel(field("channel"))
                                .actors("p1")
                                .emotion(Emotion.HAPPY)
                                .thought(field("thought"))
                                .painPoint(field("pain-point"), Severity.CRITICAL)
                                .opportunity(field("opportunity"), field("owner"), LocalDate.of(2027, 1, 1),
                                        field("kpi"))
                                .backstage(field("backstage"))
                                .support(field("support"))
                                .next("t3", 0.5, field("transition-label"))
                                .next("t2", 0.5, ""))
                        .touchpoint("t2", field("second-name"), t -> t.emotion("p1", Emotion.ANGRY))
                        .touchpoint("t3", "Plain", t -> t.exit()))
                .build();
    }

    @Test
    void keepsEveryUserTextFieldIntactInTitlesAndDescription() {
        Document doc = Svg.parse(new SvgRenderer().render(hostileJourney()));
        List<String> titles = Svg.titles(doc);
        String desc = Svg.elements(doc, "desc").get(0).getTextContent();

        assertThat(titles.get(0)).isEqualTo(kept("journey-title"));
        assertThat(desc).contains(kept("journey-description"), kept("persona-name"), kept("stage-name"));
        String all = String.join("\n", titles);
        for (String name : List.of("stage-name", "stage-goal", "touchpoint-name", "channel", "thought", "pain-point",
                "opportunity", "owner", "kpi", "backstage", "support", "transition-label", "persona-name",
                "second-name")) {
            assertThat(all).as(name).contains(kept(name));
        }
    }

    @Test
    void putsUserTextIntoAttributesOnlyEscaped() {
        Document doc = Svg.parse(new SvgRenderer().render(hostileJourney()));
        assertThat(doc.getDocumentElement().getAttribute("xml:lang")).isEqualTo("en\" onload=\"alert(1)");
        assertThat(doc.getDocumentElement().hasAttribute("onload")).isFalse();
    }

    @Test
    void injectsNoElementsOrAttributes() {
        Document doc = Svg.parse(new SvgRenderer().render(hostileJourney()));
        for (Element e : Svg.allElements(doc)) {
            assertThat(e.getNamespaceURI()).isEqualTo(Svg.NS);
            assertThat(ELEMENTS).as("element").contains(e.getLocalName());
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                assertThat(ATTRIBUTES).as("attribute of " + e.getLocalName())
                        .contains(((Attr) attributes.item(i)).getName());
            }
        }
    }

    @Test
    void drawsVisibleTextEscapedOnceWithoutControlCharacters() {
        Document doc = Svg.parse(new SvgRenderer().render(hostileJourney()));
        List<String> lines = Svg.elements(doc, "tspan").stream().map(Element::getTextContent).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("<script>alert('x')"));
        assertThat(lines).allSatisfy(l -> assertThat(l)
                .doesNotContain("&lt;", "&amp;", "&quot;")
                .doesNotContainPattern("[\\p{Cc}\\uFFFE]"));
    }
}
