package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    @Test
    void keepsShortTextOnOneLine() {
        assertThat(TextWrap.wrap("Checks out", 13, true, 150, 3)).containsExactly("Checks out");
    }

    @Test
    void wrapsAtSpacesIntoLinesThatFit() {
        List<String> lines = TextWrap.wrap("Opens a damaged parcel at the front door", 13, true, 120, 5);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo("Opens a damaged parcel at the front door");
        assertThat(lines).allSatisfy(l -> assertThat(TextWrap.width(l, 13, true)).isLessThanOrEqualTo(120));
    }

    @Test
    void breaksAWordTooLongForALine() {
        List<String> lines = TextWrap.wrap("Supercalifragilisticexpialidocious", 13, false, 80, 5);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo("Supercalifragilisticexpialidocious");
    }

    @Test
    void onASlidesCardAWordTooLongForALineStartsALineOfItsOwnBeforeItIsBroken() {
        // 79 units: a slide card's text at 11 bold; "confirmation" is 82.
        assertThat(TextWrap.wrap("the order confirmation", 11, true, 79, 5).get(0)).startsWith("the order c");
        List<String> lines = TextWrap.wrapOnOwnLine("the order confirmation", 11, true, 79, 5);

        assertThat(lines.get(0)).isEqualTo("the order");
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo("confirmation");
    }

    @Test
    void endsOverlongTextWithAnEllipsisOnTheLastLine() {
        List<String> lines = TextWrap.wrap("one two three four five six seven eight nine ten", 13, false, 60, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith(TextWrap.ELLIPSIS);
        assertThat(lines).allSatisfy(l -> assertThat(TextWrap.width(l, 13, false)).isLessThanOrEqualTo(60));
    }

    @Test
    void neverSplitsAnEmojiOrACombiningSequence() {
        String text = "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB".repeat(12) + "e\u0301".repeat(12);
        List<String> lines = TextWrap.wrap(text, 13, false, 60, 20);
        assertThat(String.join("", lines)).isEqualTo(text);
        assertThat(lines).allSatisfy(l -> assertThat(Character.isLowSurrogate(l.charAt(0))).isFalse());
    }

    @Test
    void cleansControlCharactersAndFoldsWhiteSpace() {
        assertThat(TextWrap.clean("  a\u0001b\n\tc\uD800  ")).isEqualTo("ab c");
        assertThat(TextWrap.wrap(" \n\t ", 13, false, 100, 2)).isEmpty();
    }

    /** Letters, digits, spaces, every ASCII punctuation mark, a few accented letters and an emoji. */
    private static final String POOL = "abcXYZ019     " + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" + "\u00e9\u00df\u2212\ud83d\ude00";

    private static String text(SplittableRandom random, String pool, int max) {
        StringBuilder t = new StringBuilder();
        for (int c = 1 + random.nextInt(max); c > 0; c--) {
            t.append(pool.charAt(random.nextInt(pool.length())));
        }
        return TextWrap.clean(t.toString());
    }

    @Test
    void textSaidToBreakOnlyAtSpacesBreaksThereInTheJdksLineBreaker() {
        // The wrapper splits such text at its spaces instead of running the line breaker: the two must agree.
        SplittableRandom random = new SplittableRandom(20261203L);
        int checked = 0;
        for (int i = 0; i < 400_000; i++) {
            String t = text(random, POOL, 40);
            if (!TextWrap.breaksOnlyAtSpaces(t)) {
                continue;
            }
            checked++;
            List<Integer> expected = new ArrayList<>();
            BreakIterator words = BreakIterator.getLineInstance(Locale.ROOT);
            words.setText(t);
            for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
                expected.add(end);
            }
            List<Integer> atSpaces = new ArrayList<>();
            for (int k = 0; k < t.length(); k++) {
                if (t.charAt(k) == ' ') {
                    atSpaces.add(k + 1);
                }
            }
            atSpaces.add(t.length());
            assertThat(atSpaces).as(t).isEqualTo(expected);
        }
        assertThat(checked).isGreaterThan(10_000);
        assertThat(TextWrap.breaksOnlyAtSpaces("1. Open the parcel, then check it.")).isTrue();
        assertThat(TextWrap.breaksOnlyAtSpaces("e-mail")).isFalse();
        assertThat(TextWrap.breaksOnlyAtSpaces("1.5 days")).isFalse();
    }

    @Test
    void wrapsAsTheLineBreakerAndMeasuringEachCandidateWholeDo() {
        // The wrapper measures a line stretch by stretch and splits simple text at its spaces; the lines must be
        // those of the plain algorithm below, which runs the line breaker and measures every candidate line whole.
        SplittableRandom random = new SplittableRandom(20261204L);
        String words = "abcdefghij klmnop QRSTU 0123 45 . , ! ? ' / & " + POOL;
        for (int i = 0; i < 20_000; i++) {
            String t = text(random, i % 2 == 0 ? "abcdefgh  XYZ  012.,  " : words, 120);
            if (t.isEmpty()) {
                continue;
            }
            double size = 9 + random.nextInt(8) * 0.5;
            boolean bold = random.nextBoolean();
            double width = 20 + random.nextInt(200);
            int maxLines = 1 + random.nextInt(12);
            boolean ownLine = random.nextBoolean();
            List<String> expected = new Plain(size, bold, width, ownLine).lines(t, maxLines);
            List<String> wrapped = ownLine ? TextWrap.wrapOnOwnLine(t, size, bold, width, maxLines)
                    : TextWrap.wrap(t, size, bold, width, maxLines);
            assertThat(wrapped).as("%s at %s %s, %s wide, %d lines", t, size, bold, width, maxLines)
                    .isEqualTo(expected);
        }
    }

    /**
     * The wrapping algorithm as it was first written: the reference for the quicker one, a copy on purpose (it must not
     * share the code it checks, breakWord included).
     */
    private record Plain(double size, boolean bold, double maxWidth, boolean ownLine) {

        boolean fits(String s) {
            return TextWrap.width(s, size, bold) <= maxWidth;
        }

        List<String> lines(String text, int maxLines) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            BreakIterator words = BreakIterator.getLineInstance(Locale.ROOT);
            words.setText(text);
            int start = words.first();
            for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
                String word = text.substring(start, end);
                if (fits((line + word).stripTrailing())) {
                    line.append(word);
                } else if (line.length() > 0 && fits(word.stripTrailing())) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    line.append(word);
                } else {
                    if (ownLine && line.length() > 0) {
                        lines.add(line.toString().stripTrailing());
                        line.setLength(0);
                        if (lines.size() >= maxLines) {
                            return ellipsised(lines.subList(0, maxLines));
                        }
                    }
                    breakWord(word, line, lines);
                }
                if (lines.size() >= maxLines) {
                    return ellipsised(lines.subList(0, maxLines));
                }
            }
            if (!line.toString().isBlank()) {
                lines.add(line.toString().stripTrailing());
            }
            return lines.size() > maxLines ? ellipsised(lines.subList(0, maxLines)) : lines;
        }

        void breakWord(String word, StringBuilder line, List<String> lines) {
            BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
            chars.setText(word);
            int start = chars.first();
            for (int end = chars.next(); end != BreakIterator.DONE; start = end, end = chars.next()) {
                String grapheme = word.substring(start, end);
                if (line.length() > 0 && !fits((line + grapheme).stripTrailing())) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    if (lines.size() > 8) {
                        return;
                    }
                }
                line.append(grapheme);
            }
        }

        List<String> ellipsised(List<String> kept) {
            List<String> out = new ArrayList<>(kept);
            int last = out.size() - 1;
            String s = out.get(last);
            String cut = s.length() > 240 ? s.substring(0, 240) : s;
            BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
            chars.setText(cut);
            String shown = fits(TextWrap.ELLIPSIS) ? TextWrap.ELLIPSIS : "";
            for (int end = chars.last(); end != BreakIterator.DONE && end > 0; end = chars.previous()) {
                String candidate = cut.substring(0, end).stripTrailing() + TextWrap.ELLIPSIS;
                if (fits(candidate)) {
                    shown = candidate;
                    break;
                }
            }
            out.set(last, shown);
            return out;
        }
    }
}
