package dev.journeymaps.render.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymaps.render.theme.Theme.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every text colour of every built-in theme is readable on every background it is drawn on (WCAG 2.1 AA). */
class ThemeTest {

    private static final double AA = Contrast.TEXT_MINIMUM;
    private static final double NON_TEXT = Contrast.MARK_MINIMUM;
    private static final List<Slot> TEXT = Contrast.TEXT;
    private static final List<Slot> TEXT_BACKGROUNDS = Contrast.TEXT_BACKGROUNDS;
    private static final List<Slot> MARKS = Contrast.MARKS;
    private static final List<Slot> MARK_BACKGROUNDS = Contrast.MARK_BACKGROUNDS;

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
    void theFrictionScaleGetsLouderWithFrictionInEveryTheme() {
        for (Theme theme : Theme.BUILT_IN) {
            for (Slot background : List.of(Slot.LANE, Slot.CARD, Slot.BACKGROUND)) {
                assertThat(Contrast.heatGetsLouder(theme, background)).as("%s on %s", theme.name(), background)
                        .isTrue();
            }
        }
    }

    @Test
    void theDarkThemesWorstFrictionStandsOutMostNotItsLeast() {
        // The issue this was written for: the pale lowest step was the brightest thing on the dark page.
        double worst = contrast(Theme.DARK.colour(Slot.HEAT_5), Theme.DARK.colour(Slot.BACKGROUND));
        for (Slot step : List.of(Slot.HEAT_1, Slot.HEAT_2, Slot.HEAT_3, Slot.HEAT_4)) {
            assertThat(contrast(Theme.DARK.colour(step), Theme.DARK.colour(Slot.BACKGROUND))).as("%s", step)
                    .isLessThan(worst);
        }
        assertThat(worst).isGreaterThanOrEqualTo(NON_TEXT);
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
        return Contrast.ratio(a, b);
    }

    @Test
    void computesTheWcagRatioOfBlackOnWhite() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Contrast.failures(Theme.LIGHT)).isEmpty();
    }

    @Test
    void eachBuiltInThemeIsAThemeFileThatReadsAsACustomThemeToTheSameColours() throws Exception {
        for (Theme builtIn : Theme.BUILT_IN) {
            String file = builtIn.name() + ".yaml";
            String content;
            try (java.io.InputStream in = Theme.class.getResourceAsStream(file)) {
                content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            ThemeResult copied = Theme.read(content, file, "copy");
            assertThat(copied.problems()).as(file).isEmpty();
            assertThat(copied.theme().orElseThrow().colours()).as(file).isEqualTo(builtIn.colours());
            assertThat(copied.theme().orElseThrow().name()).isEqualTo(builtIn.name());
        }
    }
}
