package dev.journeymaps.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.RenderException;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgRendererTest {

    private final SvgRenderer renderer = new SvgRenderer();
    private final Journey example = ExampleJourneys.damagedDelivery();

    @Test
    void rendersTheExampleAsWellFormedSvgWithTitleDescriptionAndViewBox() throws IOException {
        String svg = renderer.render(example);
        Files.createDirectories(Path.of("target/maps"));
        Files.writeString(Path.of("target/maps/damaged-delivery.svg"), svg);

        Document doc = Svg.parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(Svg.NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox"))
                .isEqualTo("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"));
        assertThat(Svg.elements(doc, "title").get(0).getParentNode()).isEqualTo(root);
        assertThat(Svg.elements(doc, "title").get(0).getTextContent()).isEqualTo("Online order arrives damaged");
        assertThat(Svg.elements(doc, "desc").get(0).getTextContent())
                .startsWith("From the first ad to a refund and a second purchase.")
                .contains("Efficient Emma", "Awareness, Purchase, Delivery", "Friction hotspots: #1 Opens a damaged parcel");
    }

    @Test
    void drawsACardWithATitleForEveryTouchpoint() {
        Document doc = Svg.parse(renderer.render(example));
        List<Element> cards = Svg.elements(doc, "g").stream()
                .filter(g -> g.getAttribute("class").equals("touchpoint"))
                .toList();
        assertThat(cards).hasSize(4);
        assertThat(cards).extracting(card -> card.getAttribute("data-touchpoint"))
                .containsExactly("insta-ad", "checkout", "cart-abandoned", "unboxing");
        assertThat(cards).allSatisfy(card -> assertThat(((Element) card.getElementsByTagNameNS(Svg.NS, "title")
                .item(0)).getTextContent()).isNotBlank());
        assertThat(Svg.titles(doc)).anySatisfy(t -> assertThat(t)
                .startsWith("Opens a damaged parcel")
                .contains("Pain point (high): Lamp shade cracked, no return label in the box", "Moment of truth"));
    }

    @Test
    void drawsBranchArrowsExitsPainPointsAndTheEmotionCurve() {
        Document doc = Svg.parse(renderer.render(example));
        assertThat(classes(doc, "g", "transition")).hasSize(2);
        assertThat(Svg.titles(doc)).contains(
                "Checks out on the web shop \u2192 Opens a damaged parcel: 90%",
                "Checks out on the web shop \u2192 Leaves with a full cart: 10% \u00b7 gives up at shipping costs");
        assertThat(classes(doc, "rect", "exit-marker")).hasSize(2);
        assertThat(classes(doc, "path", "pain-marker")).as("on the card and in the pain point lane").hasSize(2);
        assertThat(classes(doc, "path", "emotion-curve")).hasSize(1);
        assertThat(classes(doc, "circle", "emotion-point")).hasSize(4);
    }

    @Test
    void definesEachChannelIconOnceAsASymbolThatEveryUsePointsTo() {
        Document doc = Svg.parse(renderer.render(example));
        List<String> symbols = Svg.elements(doc, "symbol").stream().map(e -> e.getAttribute("id")).toList();
        assertThat(symbols).containsExactly("jm-icon-social", "jm-icon-web", "jm-icon-in-person");
        assertThat(Svg.elements(doc, "symbol")).allSatisfy(s -> {
            assertThat(s.getParentNode().getLocalName()).isEqualTo("defs");
            assertThat(s.getAttribute("viewBox")).isEqualTo("0 0 16 16");
        });
        List<Element> uses = classes(doc, "use", "channel-icon");
        assertThat(uses).hasSize(4);
        assertThat(uses).allSatisfy(u -> {
            String href = u.getAttributeNS("http://www.w3.org/1999/xlink", "href");
            assertThat(symbols).contains(href.substring(1));
            assertThat(Svg.property(u, "fill")).isEqualTo("none");
            assertThat(Svg.property(u, "stroke")).startsWith("#");
        });
    }

    @Test
    void roundsCardsByTheThemesCornerRadiusAndOtherBoxesInProportion() {
        Theme square = Theme.read("corner-radius: 2\n", "square.yaml", "square").theme().orElseThrow();
        Document doc = Svg.parse(renderer.render(example, RenderOptions.defaults().withTheme(square)));
        assertThat(classes(doc, "rect", "card")).allSatisfy(c -> assertThat(c.getAttribute("rx")).isEqualTo("2"));
        assertThat(classes(doc, "rect", "lane")).allSatisfy(c -> assertThat(c.getAttribute("rx")).isEqualTo("1.5"));
    }

    @Test
    void writesNoDefsWhenNoTouchpointHasAChannel() {
        Journey bare = Journey.builder("bare", "Bare").stage("s", "S", s -> s.touchpoint("t", "T", t -> {})).build();
        Document doc = Svg.parse(renderer.render(bare));
        assertThat(Svg.elements(doc, "defs")).isEmpty();
        assertThat(doc.getDocumentElement().hasAttribute("xmlns:xlink")).isFalse();
    }

    @Test
    void mixedTextWritesPlainLinesAsFittedTextAndTheRestAsOutlines() {
        Journey journey = Journey.builder("mixed", "Čekaonica i kava").lang("hr")
                .stage("s", "Dolazak", s -> s
                        .touchpoint("hr", "Plaća karticom", t -> t.channel("web"))
                        .touchpoint("fa", "پرداخت با کارت", t -> t.channel("web")))
                .build();
        Document doc = Svg.parse(renderer.render(AnalysedJourney.of(journey), RenderOptions.defaults(), TextMode.MIXED));

        List<Element> spans = Svg.elements(doc, "tspan");
        assertThat(spans).extracting(Element::getTextContent).contains("Čekaonica i kava", "Plaća karticom")
                .noneMatch(text -> text.contains("پرداخت"));
        assertThat(spans).filteredOn(span -> span.getTextContent().codePoints().count() > 1)
                .isNotEmpty().allSatisfy(span -> assertThat(span.getAttribute("lengthAdjust")).isEqualTo("spacing"));
        assertThat(Svg.elements(doc, "text")).noneMatch(text -> text.hasAttribute("text-anchor"));
        assertThat(Svg.elements(doc, "path")).anyMatch(path -> path.getAttribute("class").equals("card-name"));
        assertThat(renderer.render(AnalysedJourney.of(journey), RenderOptions.defaults(), TextMode.TEXT))
                .isEqualTo(renderer.render(journey)).contains("پرداخت").doesNotContain("textLength");
    }

    @Test
    void rendersTheSameBytesEveryTime() {
        assertThat(renderer.render(example)).isEqualTo(new SvgRenderer().render(example));
    }

    @Test
    void writesUtf8ToAStreamAndLeavesItOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(example, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(renderer.render(example));
    }

    @Test
    void reportsAFailingStreamAsRenderException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> renderer.render(example, broken))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("disk full");
    }

    @Test
    void rendersAJourneyWithoutStagesOrTouchpoints() {
        Document doc = Svg.parse(renderer.render(Journey.builder("empty", "Nothing yet").build()));
        assertThat(Svg.titles(doc)).containsExactly("Nothing yet");
    }

    @Test
    void saysWhatEveryElementOfAKindSharesOnceInAStyleSheetOfPlainSelectors() {
        Document doc = Svg.parse(renderer.render(example));
        List<Element> styles = Svg.elements(doc, "style");
        assertThat(styles).hasSize(1);
        assertThat(styles.get(0).getTextContent().strip().split("\n")).allSatisfy(rule -> assertThat(rule)
                .matches("(rect|text|path|circle|use)\\.[a-z-]+\\{[a-z-]+:[#a-z0-9.]+(px)?(;[a-z-]+:[#a-z0-9.]+(px)?)*}"));

        List<Element> cards = classes(doc, "rect", "card");
        assertThat(cards).isNotEmpty().allSatisfy(card -> {
            assertThat(card.hasAttribute("fill")).isFalse();
            assertThat(Svg.property(card, "fill")).isEqualTo(Theme.LIGHT.colour(Theme.Slot.CARD));
            assertThat(Svg.property(card, "stroke")).isEqualTo(Theme.LIGHT.colour(Theme.Slot.CARD_BORDER));
        });
        assertThat(classes(doc, "text", "card-name")).allSatisfy(name -> {
            assertThat(name.hasAttribute("font-size")).isFalse();
            assertThat(Svg.property(name, "font-weight")).isEqualTo("bold");
        });
    }

    @Test
    void keepsOnEachElementWhatDiffersWithinItsKind() {
        Document doc = Svg.parse(renderer.render(example));
        List<Element> heat = classes(doc, "rect", "heat");
        // The filled steps differ by fill; the lowest step is outlined, unfilled.
        assertThat(heat).allSatisfy(cell -> assertThat(cell.getAttribute("fill")).matches("#[0-9a-f]{6}|none"));
        assertThat(heat.stream().map(cell -> cell.getAttribute("fill")).distinct()).hasSizeGreaterThan(2);
        assertThat(heat).filteredOn(cell -> cell.getAttribute("fill").startsWith("#"))
                .isNotEmpty().allSatisfy(cell -> assertThat(cell.hasAttribute("stroke")).isFalse());
        assertThat(heat).filteredOn(cell -> cell.getAttribute("fill").equals("none"))
                .isNotEmpty().allSatisfy(cell -> assertThat(cell.getAttribute("stroke")).startsWith("#"));
    }

    @Test
    void keepsEveryPropertyOnItsElementWhenTheTextIsDrawnAsOutlines() {
        Document doc = Svg.parse(renderer.renderOutlined(AnalysedJourney.of(example), RenderOptions.defaults()));
        assertThat(Svg.elements(doc, "style")).isEmpty();
        assertThat(classes(doc, "rect", "card")).allSatisfy(card -> assertThat(card.getAttribute("fill")).isNotEmpty());
    }

    /** The map's elements of {@code className}; the key's samples of them ({@code <g class="legend">}) left out. */
    private static List<Element> classes(Document doc, String element, String className) {
        return Svg.elements(doc, element).stream()
                .filter(e -> e.getAttribute("class").equals(className))
                .filter(e -> !inLegend(e))
                .toList();
    }

    private static boolean inLegend(org.w3c.dom.Node node) {
        for (org.w3c.dom.Node n = node.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            if (e.getAttribute("class").equals("legend")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void drawsTheKeyAsOneGroupOfTheSymbolsTheMapUses() {
        Document doc = Svg.parse(renderer.render(example));
        List<Element> legends = Svg.elements(doc, "g").stream()
                .filter(g -> g.getAttribute("class").equals("legend")).toList();
        assertThat(legends).hasSize(1);
        assertThat(legends.get(0).getElementsByTagNameNS(Svg.NS, "rect").getLength()).isPositive();
        assertThat(legends.get(0).getTextContent()).contains("exit: customers leave here");
    }
}
