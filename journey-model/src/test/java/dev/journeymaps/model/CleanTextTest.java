package dev.journeymaps.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void showsEscapeBellNulAndBidiOverridesEscapedAndKeepsTabAndNewline() {
        assertThat(CleanText.shown("a\u001B]0;title\u0007b\u0000\u202Ec\u2066d\u0085e\tf\ng"))
                .isEqualTo("a\\u001B]0;title\\u0007b\\u0000\\u202Ec\\u2066d\\u0085e\tf\ng");
    }

    @Test
    void stripsWhatItWouldEscape() {
        assertThat(CleanText.stripped("a\u001B[2Jb\u007Fc\u202Dd\te\nf")).isEqualTo("a[2Jbcd\te\nf");
    }

    @Test
    void leavesOrdinaryTextOfEveryScriptAlone() {
        String text = "Čaša kave — café, سلام, 😀, ᮞᮥᮔ᮪ᮓ";
        assertThat(CleanText.shown(text)).isSameAs(text);
        assertThat(CleanText.stripped(text)).isSameAs(text);
    }

    @Test
    void echoesLongValuesCutToEightyCharactersWithTheirLength() {
        assertThat(CleanText.echoed("x".repeat(90_000))).isEqualTo("x".repeat(80) + "… (90000 characters)");
        assertThat(CleanText.echoed("x".repeat(80))).isEqualTo("x".repeat(80));
        assertThat(CleanText.echoed("a\nb\u001B")).isEqualTo("a\\nb\\u001B");
    }

    @Test
    void cutsByCharactersNotByHalvesOfEmoji() {
        assertThat(CleanText.echoed("😀".repeat(100))).isEqualTo("😀".repeat(80) + "… (100 characters)");
    }
}
