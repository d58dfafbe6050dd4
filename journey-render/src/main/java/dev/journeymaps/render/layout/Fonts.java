package dev.journeymaps.render.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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
    /**
     * Widths measured while one map is laid out, once the shared cache is full: without them a map of 10,000
     * touchpoints measured most texts afresh and cost more than twice as much per card as one of 1,000. They live
     * as long as the layout, so their memory is a small part of the map's own.
     */
    private static final ThreadLocal<Map<Sized, Map<String, Double>>> DRAWING = new ThreadLocal<>();

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

    /** What {@code layout} answers, with a cache of the widths it measures that lives as long as it runs. */
    static <T> T measuring(Supplier<T> layout) {
        if (DRAWING.get() != null) {
            return layout.get();
        }
        DRAWING.set(new HashMap<>());
        try {
            return layout.get();
        } finally {
            DRAWING.remove();
        }
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
            Map<Sized, Map<String, Double>> drawing = DRAWING.get();
            if (widths.size() >= CACHED_PER_SIZE && drawing != null) {
                return drawing.computeIfAbsent(this, f -> new HashMap<>()).computeIfAbsent(text, this::measure);
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
