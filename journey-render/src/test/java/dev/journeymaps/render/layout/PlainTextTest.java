package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Čekaonica: ćevapi, žlica, šalica, đak", "Eskaera jaso dugu, eskerrik asko",
        "Perché è già così? Più caffè", "Ελληνικά · Кириллица", "41 % · 3–5 days → refund", "«Grüße» © 2026",
        "Likes ❤ and ✔"})
    void writesLatinGreekCyrillicAndCommonSymbolsAsText(String text) {
        assertThat(PlainText.isPlain(block(text, false, false), new TextLine(text, 0, 0))).isTrue();
        assertThat(PlainText.isPlain(block(text, true, false), new TextLine(text, 0, 0))).as("bold").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "پرداخت با کارت ۳ بار رد شد", // Persian: shaped and right to left
        "Goals: لغو سریع", // Persian in a left-to-right block
        "שלום", // Hebrew
        "ᮞᮥᮔ᮪ᮓ ᮊᮧᮙᮨᮔ᮪", // Sundanese: not in DejaVu Sans
        "Hvala! 🙂", // an emoji outside the BMP
        "Coffee ☕ time", // an emoji by default in the BMP: set in Twemoji, in colour
        "Done ✅", "⭐ rated",
        "e\u0301te\u0301", // a decomposed accent: a combining mark
        "a\u200Db", // a joiner
        "中文", // not in DejaVu Sans
        " leading", "trailing ", "two  spaces" // spaces that SVG would drop or collapse
    })
    void leavesEveryOtherLineToOutlines(String text) {
        assertThat(PlainText.isPlain(block(text, false, false), new TextLine(text, 0, 0))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"web", "100% reach"})
    void leavesRightToLeftBlocksToOutlines(String text) {
        assertThat(PlainText.isPlain(block(text, false, true), new TextLine(text, 0, 0))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void givesTheWidthTheLayoutMeasured(boolean bold) {
        String text = "Kupci iz Zagreba naručuju šalice";
        assertThat(PlainText.width(block(text, bold, false), new TextLine(text, 0, 0)))
                .isEqualTo(Fonts.width(text, 13, bold));
    }

    private static TextBlock block(String text, boolean bold, boolean rightToLeft) {
        return new TextBlock(Role.CARD_NAME, 13, bold, Anchor.START, List.of(new TextLine(text, 0, 0)), 200,
                rightToLeft);
    }
}
