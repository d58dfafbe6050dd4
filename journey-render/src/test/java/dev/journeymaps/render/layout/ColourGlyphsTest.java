package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.text.AttributedCharacterIterator;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColourGlyphsTest {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    @ParameterizedTest
    @ValueSource(strings = {"☕", "😀", "🚀", "🛒", "📦", "🎉"})
    void anEmojiIsSeveralLayersInDistinctOpaqueColours(String emoji) {
        List<ColourGlyphs.Layer> layers = Fonts.emojiColours().layers(glyph(emoji));

        assertThat(layers).hasSizeGreaterThanOrEqualTo(3);
        assertThat(layers.stream().mapToInt(ColourGlyphs.Layer::argb).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(layers).allSatisfy(l -> {
            assertThat(l.foreground()).isFalse();
            assertThat(l.argb() >>> 24).isEqualTo(255);
        });
    }

    @Test
    void readsTheHotBeverageAsTwemojiDrawsIt() {
        // Twemoji's ☕: a grey saucer (#99aab5) first, a light cup (#ccd6dd) over it; known from the font's tables.
        List<ColourGlyphs.Layer> layers = Fonts.emojiColours().layers(glyph("☕"));

        assertThat(layers).hasSize(6);
        assertThat(layers.get(0).argb()).isEqualTo(0xFF99AAB5);
        assertThat(layers.get(1).argb()).isEqualTo(0xFFCCD6DD);
        assertThat(Fonts.emojiColours().size()).isGreaterThan(3000);
    }

    @Test
    void aGlyphWithoutLayersHasNone() {
        assertThat(Fonts.emojiColours().layers(0)).isEmpty();
        assertThat(Fonts.emojiColours().layers(Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void aFontWithoutColourTablesHasNoColourGlyphs() throws IOException {
        assertThat(ColourGlyphs.read(font("DejaVuSans.ttf")).size()).isZero();
    }

    @Test
    void aCutShortFontIsRefused() throws IOException {
        byte[] emoji = font("TwemojiMozilla.ttf");

        assertThatThrownBy(() -> ColourGlyphs.read(Arrays.copyOf(emoji, 200)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColourGlyphs.read(new byte[3])).isInstanceOf(IllegalArgumentException.class);
    }

    /** The glyph the emoji font gives the single code point {@code emoji}, checking the text went to that font. */
    private static int glyph(String emoji) {
        AttributedCharacterIterator it = Fonts.styled(emoji, 13, false).getIterator();
        Font font = (Font) it.getAttribute(TextAttribute.FONT);
        assertThat(Fonts.isEmoji(font)).as("%s is set in the emoji font", emoji).isTrue();
        return font.createGlyphVector(CONTEXT, emoji).getGlyphCode(0);
    }

    private static byte[] font(String file) throws IOException {
        try (InputStream in = Fonts.class.getResourceAsStream("/dev/journeymaps/render/fonts/" + file)) {
            return in.readAllBytes();
        }
    }
}
