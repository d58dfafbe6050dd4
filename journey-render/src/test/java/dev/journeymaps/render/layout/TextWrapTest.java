package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
