package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GlyphAdvancesTest {

    private static final String FONT = "/dev/journeymaps/render/fonts/DejaVuSans.ttf";

    private static byte[] dejaVuSans() throws IOException {
        try (InputStream in = GlyphAdvancesTest.class.getResourceAsStream(FONT)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsAdvancesInFontUnitsAndHasNoneForCharactersTheFontLacks() throws IOException {
        GlyphAdvances glyphs = GlyphAdvances.read(dejaVuSans());

        // DejaVu Sans's figures share one advance (tabular), a space is narrower, CJK and rockets are not in it.
        assertThat(glyphs.units('0')).isPositive().isEqualTo(glyphs.units('7'));
        assertThat(glyphs.units(' ')).isPositive().isLessThan(glyphs.units('0'));
        assertThat(glyphs.units('\u4e2d')).isEqualTo(-1);
        assertThat(glyphs.units(0x1F600)).as("past the BMP, from the full cmap").isPositive();
        assertThat(glyphs.units(0x1F680)).isEqualTo(-1);
    }

    @Test
    void scalesAsFreeTypeDoesInSixtyFourthsOfAPoint() throws IOException {
        GlyphAdvances glyphs = GlyphAdvances.read(dejaVuSans());

        // 2,048 units to the em: at 16 points an advance of 1,024 units is 8 pixels, exactly.
        assertThat(GlyphAdvances.advance(1024, glyphs.scale(16))).isEqualTo(8f);
        assertThat(glyphs.scale(0.5)).as("below a point the JDK scales otherwise").isEqualTo(-1);
        assertThat(glyphs.scale(Double.NaN)).isEqualTo(-1);
    }

    @Test
    void refusesAFontCutShort() throws IOException {
        byte[] font = dejaVuSans();

        assertThatThrownBy(() -> GlyphAdvances.read(Arrays.copyOf(font, 200)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
