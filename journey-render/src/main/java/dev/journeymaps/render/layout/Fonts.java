package dev.journeymaps.render.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures text with the bundled DejaVu Sans, loaded from the classpath rather than the system, so that a layout is
 * the same on every machine.
 */
final class Fonts {

    /** The family writers name first, so viewers draw with the font the layout measured. */
    static final String FAMILY = "DejaVu Sans";

    private static final String DIR = "/dev/journeymaps/render/fonts/";
    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");
    // Fractional metrics and no transform: widths do not depend on a screen's resolution.
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Map<Double, Sized> REGULAR_SIZES = new ConcurrentHashMap<>();
    private static final Map<Double, Sized> BOLD_SIZES = new ConcurrentHashMap<>();
    /**
     * Wrapping measures each line it tries, and the same words come back in every card, lane and tooltip line; a
     * TextLayout costs microseconds, a look-up nanoseconds. Only short texts are kept, and at most this many per
     * font and size, so the memory stays small however many journeys a server draws.
     */
    private static final int CACHED_PER_SIZE = 1 << 15;
    private static final int CACHED_LENGTH = 96;

    private Fonts() {}

    /** The advance width of {@code text} at {@code size}, shaped and in visual order as the JDK lays it out. */
    static double width(String text, double size, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        Sized sized = bold
                ? BOLD_SIZES.computeIfAbsent(size, s -> new Sized(BOLD.deriveFont(s.floatValue())))
                : REGULAR_SIZES.computeIfAbsent(size, s -> new Sized(REGULAR.deriveFont(s.floatValue())));
        return sized.width(text);
    }

    /** A font at one size, with the widths it measured. */
    private static final class Sized {
        private final Font font;
        private final Map<String, Double> widths = new ConcurrentHashMap<>();

        Sized(Font font) {
            this.font = font;
        }

        double width(String text) {
            if (text.length() > CACHED_LENGTH) {
                return measure(text);
            }
            Double known = widths.get(text);
            if (known != null) {
                return known;
            }
            double measured = measure(text);
            if (widths.size() >= CACHED_PER_SIZE) {
                widths.clear(); // a crude bound, but the same text always measures the same, cached or not
            }
            widths.put(text, measured);
            return measured;
        }

        private double measure(String text) {
            return new TextLayout(text, font, CONTEXT).getAdvance();
        }
    }

    private static Font load(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: " + DIR + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + file + " is not a TrueType font", e);
        }
    }
}
