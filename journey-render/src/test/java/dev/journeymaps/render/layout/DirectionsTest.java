package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.render.layout.Scene.TextLine;
import java.text.Bidi;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Directions} answers what the bidi algorithm answers: for texts of ASCII it decides without it, and the
 * answers must not change. Checked against {@link Bidi} itself on the edges (empty, digits and punctuation only, a
 * letter after them, a right-to-left letter after ASCII) and on 20,000 seeded random texts of ASCII letters, digits,
 * punctuation, spaces and a few right-to-left, accented, control, symbol, digit, letter and emoji characters past
 * ASCII.
 */
class DirectionsTest {

    private static final String POOL = "aZ09 .,;:%+-()#\t"
            + "\u05d0\u0627\u06f3\u00e9\u200e\u200f\u2067\u2069\u202b\u202c"
            // past ASCII but weak, neutral or left to right, decided without the algorithm too: a middle dot, a dash,
            // a quote, an ellipsis, a euro, a degree, sharp s, a combining accent, a no-break space, a line separator,
            // Arabic-Indic and Persian digits, a Cyrillic, a Devanagari and a CJK letter, an emoji's two halves
            + "\u00b7\u2014\u2019\u2026\u20ac\u00b0\u00df\u0301\u00a0\u2028\u0663\u06f1\u0416\u0915\u4e2d"
            + "\ud83d\ude00";

    @Test
    void asciiTextsAndTheirEdgesGoTheWayTheBidiAlgorithmSays() {
        for (String text : List.of("", " ", "41 %", "12:30", "Task 12", "12 Task", "-- x", "()", "41 % \u0627",
                "\u0627 abc", "abc \u0627", "\u00e9t\u00e9", "\u2067abc\u2069 \u0627", "\t\n",
                "\u00b7 41 %", "\u2014 abc", "\u2026\u0627", "\ud83d\ude00 \u0627", "\ud83d\ude00 x", "\u00a0\u2028\u0627")) {
            checkAgainstBidi(text);
        }
    }

    @Test
    void seededRandomTextsGoTheWayTheBidiAlgorithmSays() {
        SplittableRandom random = new SplittableRandom(20261202L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            // Half the texts are ASCII only, the case decided without the algorithm.
            int pool = i % 2 == 0 ? 16 : POOL.length();
            for (int c = 0; c < length; c++) {
                text.append(POOL.charAt(random.nextInt(pool)));
            }
            checkAgainstBidi(text.toString());
        }
    }

    private static void checkAgainstBidi(String text) {
        for (boolean fallback : new boolean[] {false, true}) {
            boolean expected = !text.isEmpty() && !new Bidi(text, fallback ? Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT
                    : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight() || text.isEmpty() && fallback;
            assertThat(Directions.isRightToLeft(text, fallback)).as("'%s', fallback %s", text, fallback)
                    .isEqualTo(expected);
            // A paragraph's direction comes from its first line with a strong character.
            String strong = "\u0627";
            boolean paragraph = Directions.isRightToLeft(List.of(new TextLine(text, 0, 0),
                    new TextLine(strong, 0, 0)), fallback);
            boolean hasStrong = !text.isEmpty() && new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT)
                    .baseIsLeftToRight() == new Bidi(text, Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT).baseIsLeftToRight();
            assertThat(paragraph).as("paragraph starting '%s', fallback %s", text, fallback)
                    .isEqualTo(hasStrong ? expected : true);
        }
    }
}
