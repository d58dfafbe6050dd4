package dev.journeymaps.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class XmlWriterTest {

    /**
     * ASCII, Latin-1, Greek, a minus sign, a left-to-right mark, Persian, CJK, an emoji's halves, markup, and what XML
     * forbids or escapes: control characters, a carriage return, DEL, U+FFFE and U+FFFF.
     */
    private static final String POOL = "aZ09 <&\"'\t\n\u00e9\u00b7\u03b1\u2212\u200e\u06f1\u0627\u4e2d\ud83d\ude00\ud800"
            + "\r\u0001\u001f\u007f\ufffe\uffff\ufffd";

    @Test
    void writesTheDocumentAsTheUtf8OfItsTextWhetherStreamedOrHeld() throws IOException {
        // The writer encodes UTF-8 itself as it appends: every text of 2,000 seeded ones (any script, emoji, markup,
        // half a surrogate pair) comes out as the JDK's own encoding of the escaped text, in many drained blocks.
        SplittableRandom random = new SplittableRandom(20261202L);
        StringBuilder expected = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg>\n");
        XmlWriter held = new XmlWriter().declaration().start("svg");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        XmlWriter streamed = new XmlWriter().streamingTo(sink).declaration().start("svg");
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(200); c > 0; c--) {
                text.append(POOL.charAt(random.nextInt(POOL.length())));
            }
            for (XmlWriter w : new XmlWriter[] {held, streamed}) {
                w.startInline("text").attribute("id", text.toString()).text(text.toString()).end();
            }
            expected.append("  <text id=\"").append(reference(text.toString(), true)).append("\">")
                    .append(reference(text.toString(), false)).append("</text>\n");
        }
        held.end();
        streamed.end();
        streamed.finish();
        expected.append("</svg>\n");
        assertThat(sink.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(held.toString()).isEqualTo(expected.toString());
    }

    /**
     * {@code text} escaped code point by code point, as the writer escaped it before it escaped as it encodes: the
     * other half of the seeded comparison above, written apart from the writer on purpose.
     */
    private static String reference(String text, boolean attribute) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            if (!allowed) {
                continue;
            }
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                default -> b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    @Test
    void aNestedWriterAppendsWhatWritingInPlaceWrites() throws IOException {
        // Rows of a map are written side by side into nested writers: appended in order, the same bytes.
        XmlWriter inPlace = new XmlWriter().declaration().start("svg").startInline("title").text("t").end();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        XmlWriter document = new XmlWriter().streamingTo(sink).declaration().start("svg").startInline("title")
                .text("t").end();
        for (int part = 0; part < 3; part++) {
            XmlWriter nested = document.nested();
            for (XmlWriter w : new XmlWriter[] {inPlace, nested}) {
                w.start("g").attribute("class", "row " + part).startInline("text").text("é & <" + part + ">").end()
                        .start("rect").attribute("x", part).end().end();
            }
            document.append(nested);
        }
        inPlace.end();
        document.end().finish();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(inPlace.toString())
                .contains("\n    <rect x=\"2\"/>");
    }

    @Test
    void nestedPartsLargerThanAChunkAppendTheSameBytesStreamedOrHeld() throws IOException {
        // A row of a large map is half a megabyte, held in chunks of 64 KB: parts of a few bytes to several chunks,
        // with characters of two to four bytes across the chunks' ends, appended to a streaming and to a held document.
        SplittableRandom random = new SplittableRandom(20261203L);
        XmlWriter inPlace = new XmlWriter().declaration().start("svg").startInline("title").text("t").end();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        XmlWriter streamed = new XmlWriter().streamingTo(sink).declaration().start("svg").startInline("title")
                .text("t").end();
        XmlWriter held = new XmlWriter().declaration().start("svg").startInline("title").text("t").end();
        for (int part = 0; part < 12; part++) {
            XmlWriter intoStreamed = streamed.nested();
            XmlWriter intoHeld = held.nested();
            for (int element = random.nextInt(part % 3 == 0 ? 3 : 3_000); element >= 0; element--) {
                StringBuilder text = new StringBuilder();
                for (int c = random.nextInt(120); c > 0; c--) {
                    text.append(POOL.charAt(random.nextInt(POOL.length())));
                }
                double x = random.nextInt(1_000_000) / 100.0;
                for (XmlWriter w : new XmlWriter[] {inPlace, intoStreamed, intoHeld}) {
                    w.start("g").attribute("x", x).startInline("text").text(text.toString()).end().end();
                }
            }
            streamed.append(intoStreamed);
            held.append(intoHeld);
        }
        inPlace.end();
        streamed.end().finish();
        held.end();
        assertThat(inPlace.toString().length()).isGreaterThan(1 << 20);
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(inPlace.toString());
        assertThat(held.toString()).isEqualTo(inPlace.toString());
    }

    @Test
    void aNestedWriterStartsAndEndsBetweenElements() {
        XmlWriter document = new XmlWriter().start("svg");
        assertThatThrownBy(document::nested).isInstanceOf(IllegalStateException.class);
        XmlWriter open = document.startInline("title").text("t").end().nested().start("g");
        assertThatThrownBy(() -> document.append(open)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void escapesMarkupAndQuotesInTextAndAttributes() {
        assertThat(XmlWriter.escape("a & <b> \"c\" 'd'", false)).isEqualTo("a &amp; &lt;b&gt; &quot;c&quot; &#39;d&#39;");
        assertThat(XmlWriter.escape("a & <b>", true)).isEqualTo("a &amp; &lt;b&gt;");
    }

    @Test
    void escapesTabLineFeedAndCarriageReturnInAttributesOnly() {
        assertThat(XmlWriter.escape("1\t2\n3\r4", true)).isEqualTo("1&#9;2&#10;3&#13;4");
        assertThat(XmlWriter.escape("1\t2\n3\r4", false)).isEqualTo("1\t2\n3&#13;4");
    }

    @Test
    void dropsCodePointsXmlForbidsButKeepsSupplementaryCharacters() {
        assertThat(XmlWriter.escape("a\u0000b\u0001c\u001fd\uFFFEe\uFFFFf", false)).isEqualTo("abcdef");
        assertThat(XmlWriter.escape("lone \uD800 high, lone \uDC00 low", false)).isEqualTo("lone  high, lone  low");
        assertThat(XmlWriter.escape("emoji \uD83D\uDE00 kept", false)).isEqualTo("emoji \uD83D\uDE00 kept");
    }

    @Test
    void writesNumbersWithAtMostTwoDecimalsAndNoNegativeZero() {
        assertThat(XmlWriter.number(12)).isEqualTo("12");
        assertThat(XmlWriter.number(12.5)).isEqualTo("12.5");
        assertThat(XmlWriter.number(12.345)).isEqualTo("12.35");
        assertThat(XmlWriter.number(0.05)).isEqualTo("0.05");
        assertThat(XmlWriter.number(-3.1)).isEqualTo("-3.1");
        assertThat(XmlWriter.number(-0.001)).isEqualTo("0");
        assertThat(XmlWriter.number(1e7)).isEqualTo("10000000");
        assertThatThrownBy(() -> XmlWriter.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesIndentedElementsAndInlineText() {
        XmlWriter xml = new XmlWriter();
        xml.start("a").attribute("k", "v");
        xml.startInline("t").start("s").attribute("x", 1).text("hi").end().end();
        xml.start("e").end();
        xml.end();
        assertThat(xml.toString()).isEqualTo("<a k=\"v\">\n  <t><s x=\"1\">hi</s></t>\n  <e/>\n</a>\n");
    }

    @Test
    void writesANumericAttributeAsNumberWritesIt() {
        // Numeric attributes are written straight into the document's bytes; they must read as number() gives them.
        SplittableRandom random = new SplittableRandom(20261203L);
        XmlWriter direct = new XmlWriter().start("svg");
        StringBuilder expected = new StringBuilder("<svg");
        double[] edges = {0, -0.0, -0.004, 0.005, -0.005, 0.995, 9.999, -9.995, 1e7, -1e7, 123456789.125, 1e15,
            21474836.47, 21474836.48, -21474836.47, -21474836.48, 21474836.465, -21474836.475}; // an int's hundredths
        for (int i = 0; i < 5_000; i++) {
            double v = i < edges.length ? edges[i]
                    : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(9)) * (random.nextBoolean() ? 1 : 0.01);
            direct.attribute("n" + i, v);
            expected.append(" n").append(i).append("=\"").append(XmlWriter.number(v)).append('"');
            assertThat(XmlWriter.number(new StringBuilder("x"), v).toString()).isEqualTo("x" + XmlWriter.number(v));
        }
        direct.end();
        assertThat(direct.toString()).isEqualTo(expected.append("/>\n").toString());
        assertThat(XmlWriter.number(-0.004)).isEqualTo("0");
        assertThat(XmlWriter.number(9.999)).isEqualTo("10");
        assertThatThrownBy(() -> new XmlWriter().start("a").attribute("x", Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
