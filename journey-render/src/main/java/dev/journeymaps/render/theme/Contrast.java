package dev.journeymaps.render.theme;

import dev.journeymaps.render.theme.Theme.Slot;
import java.util.ArrayList;
import java.util.List;

/**
 * The WCAG 2.1 contrast rules a theme must meet: every text colour against every background text is drawn on
 * (AA, 4.5:1), and every mark that carries meaning (markers, curves, arrows) against what it is drawn on (3:1,
 * success criterion 1.4.11). Built-in themes meet them all (a test checks); theme files are warned when they do not.
 */
final class Contrast {

    /** AA for normal text; map text is below 18.66 px bold / 24 px, except the title, held to it anyway. */
    static final double TEXT_MINIMUM = 4.5;
    /** AA for graphical objects that carry meaning. */
    static final double MARK_MINIMUM = 3.0;

    static final List<Slot> TEXT = List.of(Slot.INK, Slot.MUTED, Slot.PAIN);
    static final List<Slot> TEXT_BACKGROUNDS = List.of(Slot.BACKGROUND, Slot.BAND, Slot.BAND_ALT, Slot.HEADER,
            Slot.HEADER_ALT, Slot.CARD, Slot.LANE, Slot.HOTSPOT);
    static final List<Slot> MARKS = List.of(Slot.FLOW, Slot.SEVERITY_LOW, Slot.SEVERITY_MEDIUM, Slot.SEVERITY_HIGH,
            Slot.SEVERITY_CRITICAL, Slot.MOMENT_OF_TRUTH, Slot.OPPORTUNITY, Slot.CURVE, Slot.CURVE_2, Slot.CURVE_3,
            Slot.CURVE_4, Slot.HEAT_5);
    static final List<Slot> MARK_BACKGROUNDS = List.of(Slot.BAND, Slot.BAND_ALT, Slot.CARD, Slot.LANE, Slot.HOTSPOT);
    /** The filled steps of the friction scale, least friction first: each must stand out more than the one before. */
    static final List<Slot> HEAT_FILLS = List.of(Slot.HEAT_2, Slot.HEAT_3, Slot.HEAT_4, Slot.HEAT_5);

    /**
     * A pair of colours too close to each other.
     *
     * @param foreground what is drawn
     * @param background what it is drawn on
     * @param ratio their contrast ratio
     * @param minimum the ratio the rule asks for
     */
    record Failure(Slot foreground, Slot background, double ratio, double minimum) {}

    private Contrast() {}

    /** Every pair of {@code theme} below its minimum, texts first. */
    static List<Failure> failures(Theme theme) {
        List<Failure> failures = new ArrayList<>();
        check(theme, TEXT, TEXT_BACKGROUNDS, TEXT_MINIMUM, failures);
        check(theme, MARKS, MARK_BACKGROUNDS, MARK_MINIMUM, failures);
        return failures;
    }

    /**
     * Whether each filled step of the friction scale stands out more against {@code background} than the step before,
     * so that the scale gets louder with friction (on a dark background the ramp must run from dim to bright).
     */
    static boolean heatGetsLouder(Theme theme, Slot background) {
        double before = 0;
        for (Slot step : HEAT_FILLS) {
            double ratio = ratio(theme.colour(step), theme.colour(background));
            if (ratio <= before) {
                return false;
            }
            before = ratio;
        }
        return true;
    }

    private static void check(Theme theme, List<Slot> foregrounds, List<Slot> backgrounds, double minimum,
            List<Failure> out) {
        for (Slot fg : foregrounds) {
            for (Slot bg : backgrounds) {
                double ratio = ratio(theme.colour(fg), theme.colour(bg));
                if (ratio < minimum) {
                    out.add(new Failure(fg, bg, ratio, minimum));
                }
            }
        }
    }

    /** The WCAG 2.1 contrast ratio of two {@code #rrggbb} colours, 1 to 21. */
    static double ratio(String a, String b) {
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
