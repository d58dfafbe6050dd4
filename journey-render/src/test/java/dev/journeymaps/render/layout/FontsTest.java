package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FontsTest {

    @ParameterizedTest
    @CsvSource({
        "☕, true", // an emoji by default, though DejaVu Sans has a black one
        "😀, true",
        "🚀, true",
        "❤, false", // text by default
        "❤️, true", // asked for as emoji
        "☕︎, false", // asked for as text
        "☝🏽, true", // a skin tone makes it an emoji
        "7, false",
        "7️⃣, true", // a keycap
        "7️, false", // not a keycap: the emoji font's digits are blank
        "a, false"
    })
    void setsEmojiInTheColourFontAndTextInTheTextFonts(String text, boolean emoji) {
        AttributedCharacterIterator it = Fonts.styled(text, 13, false).getIterator();

        assertThat(Fonts.isEmoji((Font) it.getAttribute(TextAttribute.FONT))).isEqualTo(emoji);
        assertThat(it.getRunLimit(TextAttribute.FONT)).as("one run").isEqualTo(text.length());
    }

    @ParameterizedTest
    @CsvSource({"👨‍👩‍👧", "🏃‍♀️", "👩🏽‍💻", "🇭🇷", "🏳️‍🌈"})
    void keepsAnEmojiSequenceInOneRunOfTheColourFont(String sequence) {
        AttributedCharacterIterator it = Fonts.styled("a" + sequence + "b", 13, false).getIterator();
        it.setIndex(1);

        assertThat(Fonts.isEmoji((Font) it.getAttribute(TextAttribute.FONT))).isTrue();
        assertThat(it.getRunLimit(TextAttribute.FONT)).isEqualTo(1 + sequence.length());
    }

    @ParameterizedTest
    @CsvSource({"👨‍👩‍👧", "🏃‍♀️", "👩🏽‍💻", "🇭🇷", "🏳️‍🌈", "❤️‍🔥", "1️⃣", "👍🏽"})
    void shapesAnEmojiSequenceIntoOneEmoji(String sequence) {
        // The font's ligatures hold; the bundled font has them also without U+FE0F, which Java's shaping drops.
        assertThat(Fonts.width(sequence, 13, false)).isEqualTo(Fonts.width("😀", 13, false));
    }

    /**
     * Every simple character past ASCII: Latin-1 (but the micro sign), Latin Extended-A and -B, the left-to-right mark,
     * punctuation, currency, arrows, the minus sign.
     */
    private static final String PAST_ASCII = range('\u00a0', '\u024f').replace("\u00b5", "") + "\u200e"
            + range('\u2010', '\u2027') + range('\u2030', '\u205e') + range('\u20a0', '\u20c0')
            + range('\u2190', '\u21ff') + "\u2212";
    /**
     * The micro sign, combining marks, a joiner, bidi controls, Greek, Hebrew, Arabic, CJK, a separator, an emoji's
     * halves, and simple ones.
     */
    private static final String NOT_SIMPLE = "\u00b5\u0301\u0308\u200d\u200f\u202b\u03b1\u05d0\u0627\u4e2d\u2028"
            + "\ud83d\ude00" + PAST_ASCII.substring(0, 40);

    private static String range(char from, char to) {
        StringBuilder s = new StringBuilder();
        for (char c = from; c <= to; c++) {
            s.append(c);
        }
        return s.toString();
    }

    @Test
    void readsEachSimpleCharactersAdvanceFromTheFontAsATextLayoutMeasuresIt() {
        String simple = range(' ', '~') + PAST_ASCII;
        for (int halfPoints = 2; halfPoints <= 200; halfPoints++) {
            for (boolean bold : new boolean[] {false, true}) {
                for (int i = 0; i < simple.length(); i++) {
                    String text = simple.substring(i, i + 1);
                    assertThat(Fonts.width(text, halfPoints / 2.0, bold))
                            .as("U+%04X at %s, bold %s", (int) text.charAt(0), halfPoints / 2.0, bold)
                            .isEqualTo(Fonts.measure(text, halfPoints / 2.0, bold));
                }
            }
        }
    }

    @Test
    void measuresSimpleTextAsATextLayoutDoesWithoutShapingIt() {
        SplittableRandom random = new SplittableRandom(20261202L);
        for (int i = 0; i < 20_000; i++) {
            // Every half point a map may use, and arbitrary sizes between.
            double size = i % 2 == 0 ? 6 + random.nextInt(69) / 2.0 : 5 + random.nextDouble() * 40;
            boolean bold = random.nextBoolean();
            int length = i % 100 == 0 ? 1 + random.nextInt(2000) : 1 + random.nextInt(80);
            StringBuilder text = new StringBuilder();
            // A third of the texts printable ASCII, a third with Latin letters and punctuation past it, a third also
            // with characters that are not simple (measured whole) and ones DejaVu Sans does not have.
            int kind = i % 3;
            for (int c = 0; c < length; c++) {
                text.append(kind == 0 || random.nextInt(4) > 0 ? (char) (' ' + random.nextInt('~' - ' ' + 1))
                        : kind == 1 ? PAST_ASCII.charAt(random.nextInt(PAST_ASCII.length()))
                        : NOT_SIMPLE.charAt(random.nextInt(NOT_SIMPLE.length())));
            }
            assertThat(Fonts.width(text.toString(), size, bold)).as("'%s' at %s, bold %s", text, size, bold)
                    .isEqualTo(Fonts.measure(text.toString(), size, bold));
        }
    }
}
