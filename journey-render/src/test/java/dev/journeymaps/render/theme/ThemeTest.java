package dev.journeymaps.render.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymaps.render.theme.Theme.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every text colour of every built-in theme is readable on every background it is drawn on (WCAG 2.1 AA). */
class ThemeTest {

    /** AA for normal text; all map text is below 18.66 px bold / 24 px, except the title, held to it anyway. */
    private static final double AA = 4.5;
    /** AA for graphical objects that carry meaning (markers, curves, lines): 3:1 (WCAG 2.1, 1.4.11). */
    private static final double NON_TEXT = 3.0;

    private static final List<Slot> TEXT = List.of(Slot.INK, Slot.MUTED, Slot.PAIN);
    private static final List<Slot> TEXT_BACKGROUNDS = List.of(Slot.BACKGROUND, Slot.BAND, Slot.BAND_ALT, Slot.HEADER,
            Slot.HEADER_ALT, Slot.CARD, Slot.LANE);
    private static final List<Slot> MARKS = List.of(Slot.FLOW, Slot.SEVERITY_LOW, Slot.SEVERITY_MEDIUM,
            Slot.SEVERITY_HIGH, Slot.SEVERITY_CRITICAL, Slot.MOMENT_OF_TRUTH, Slot.OPPORTUNITY, Slot.CURVE,
            Slot.CURVE_2, Slot.CURVE_3, Slot.CURVE_4);
    private static final List<Slot> MARK_BACKGROUNDS = List.of(Slot.BAND, Slot.BAND_ALT, Slot.CARD, Slot.LANE);

    @Test
    void everyTextColourMeetsAaContrastOnEveryBackgroundInEveryBuiltInTheme() {
        for (Theme theme : Theme.BUILT_IN) {
            for (Slot text : TEXT) {
                for (Slot background : TEXT_BACKGROUNDS) {
                    assertThat(contrast(theme.colour(text), theme.colour(background)))
                            .as("%s: %s on %s", theme.name(), text, background)
                            .isGreaterThanOrEqualTo(AA);
                }
            }
        }
    }

    @Test
    void markersCurvesAndArrowsStandOutFromWhatTheyAreDrawnOn() {
        for (Theme theme : Theme.BUILT_IN) {
            for (Slot mark : MARKS) {
                for (Slot background : MARK_BACKGROUNDS) {
                    assertThat(contrast(theme.colour(mark), theme.colour(background)))
                            .as("%s: %s on %s", theme.name(), mark, background)
                            .isGreaterThanOrEqualTo(NON_TEXT);
                }
            }
        }
    }

    @Test
    void printIsGreyscale() {
        for (Slot slot : Slot.values()) {
            String c = Theme.PRINT.colour(slot);
            assertThat(c.substring(1, 3)).as(slot.name()).isEqualTo(c.substring(3, 5)).isEqualTo(c.substring(5, 7));
        }
    }

    @Test
    void findsBuiltInThemesByName() {
        assertThat(Theme.builtIn("Dark")).contains(Theme.DARK);
        assertThat(Theme.builtIn("high-contrast")).contains(Theme.HIGH_CONTRAST);
        assertThat(Theme.builtIn("neon")).isEmpty();
    }

    @Test
    void acceptsOnlyColoursForSlots() {
        assertThatThrownBy(() -> Theme.LIGHT.with(Slot.CURVE, "red;stroke:url(x)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("curve");
        assertThat(Theme.LIGHT.with(Slot.CURVE, "#FF0066").colour(Slot.CURVE)).isEqualTo("#ff0066");
    }

    /** The WCAG 2.1 contrast ratio of two {@code #rrggbb} colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        double r = channel(Integer.parseInt(colour.substring(1, 3), 16));
        double g = channel(Integer.parseInt(colour.substring(3, 5), 16));
        double b = channel(Integer.parseInt(colour.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
