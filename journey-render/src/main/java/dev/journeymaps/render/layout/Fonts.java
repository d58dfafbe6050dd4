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
    private static final Map<Double, Font> REGULAR_SIZES = new ConcurrentHashMap<>();
    private static final Map<Double, Font> BOLD_SIZES = new ConcurrentHashMap<>();

    private Fonts() {}

    /** The advance width of {@code text} at {@code size}, shaped and in visual order as the JDK lays it out. */
    static double width(String text, double size, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        Font font = bold
                ? BOLD_SIZES.computeIfAbsent(size, s -> BOLD.deriveFont(s.floatValue()))
                : REGULAR_SIZES.computeIfAbsent(size, s -> REGULAR.deriveFont(s.floatValue()));
        return new TextLayout(text, font, CONTEXT).getAdvance();
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
