package dev.journeymaps.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XmlWriterTest {

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
}
