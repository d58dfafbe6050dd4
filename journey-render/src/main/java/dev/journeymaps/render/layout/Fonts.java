package dev.journeymaps.render.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphMetrics;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Measures text with the bundled fonts, loaded from the classpath rather than the system, so that a layout is the
 * same on every machine: DejaVu Sans first (Latin, Croatian, Basque, Italian, Persian and Arabic, Hebrew...), then,
 * character by character where DejaVu Sans has no glyph, Noto Sans Sundanese and the colour emoji font Twemoji
 * Mozilla. Emoji (by default or asked for with U+FE0F) go to Twemoji first, though DejaVu Sans has a few of them.
 */
final class Fonts {

    /** The family writers name first, so viewers draw with the font the layout measured. */
    static final String FAMILY = "DejaVu Sans";

    private static final String DIR = "/dev/journeymaps/render/fonts/";
    private static final int ZWJ = 0x200D;
    /** Where the emoji font is in the fallback order. */
    private static final int EMOJI = 2;

    /**
     * DejaVu Sans's advances for the simple characters (see {@link #simpleWidth}), read from its tables without
     * Java2D, so that a map whose text is all simple starts no font manager.
     */
    private static final class Simple {
        static final SimpleFace REGULAR = SimpleFace.of("DejaVuSans.ttf");
        static final SimpleFace BOLD = SimpleFace.of("DejaVuSans-Bold.ttf");
    }

    /**
     * The advance of each simple character in font units, by its place in {@link #SIMPLE}: -1 for one the font does
     * not have. {@code glyphs} scales them.
     */
    private record SimpleFace(GlyphAdvances glyphs, int[] units) {
        static SimpleFace of(String file) {
            // The file's bytes are not kept for Java2D, which reads them again if a map needs it: a few milliseconds
            // for a PNG, against 1.4 MB held for as long as a server that embeds us runs.
            GlyphAdvances glyphs = GlyphAdvances.read(bytes(file));
            int[] units = new int[SIMPLE_COUNT];
            for (int r = 0, at = 0; r < SIMPLE.length; r += 2) {
                for (char ch = SIMPLE[r]; ch <= SIMPLE[r + 1]; ch++, at++) {
                    // The JDK draws these two as an invisible glyph, whatever the font maps them to.
                    units[at] = ch == LEFT_TO_RIGHT_MARK || ch == SOFT_HYPHEN ? 0 : glyphs.units(ch);
                }
            }
            return new SimpleFace(glyphs, units);
        }
    }

    /** Java2D's fonts, loaded when a text is not simple, its outlines are drawn or a glyph's ink is asked for. */
    private static final class Awt {
        static final String EMOJI_FILE = "TwemojiMozilla.ttf";
        static final Font EMOJI_FONT;
        /** The colour layers of the emoji font's glyphs. */
        static final ColourGlyphs EMOJI_COLOURS;

        static {
            byte[] emoji = bytes(EMOJI_FILE);
            EMOJI_FONT = font(EMOJI_FILE, emoji);
            EMOJI_COLOURS = ColourGlyphs.read(emoji);
        }

        // Regular and bold of each family, in fallback order; a family without a bold face repeats its regular one.
        static final List<Font> REGULAR =
                List.of(load("DejaVuSans.ttf"), load("NotoSansSundanese-Regular.ttf"), EMOJI_FONT);
        static final List<Font> BOLD =
                List.of(load("DejaVuSans-Bold.ttf"), load("NotoSansSundanese-Bold.ttf"), EMOJI_FONT);
        // Fractional metrics and no transform: widths do not depend on a screen's resolution.
        static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
        static final Map<Double, List<Font>> REGULAR_SIZES = new ConcurrentHashMap<>();
        static final Map<Double, List<Font>> BOLD_SIZES = new ConcurrentHashMap<>();
    }

    private static final Map<Double, Map<String, Double>> REGULAR_WIDTHS = new ConcurrentHashMap<>();
    private static final Map<Double, Map<String, Double>> BOLD_WIDTHS = new ConcurrentHashMap<>();
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
     * as long as the layout, so their memory is a small part of the map's own. Keyed by the shared cache they
     * extend (one per font and size).
     */
    private static final ThreadLocal<Widths> DRAWING = new ThreadLocal<>();
    /**
     * The most widths one map's cache keeps per font and size: those of about 10,000 cards, each entry about 150
     * bytes. A larger map measures what no longer fits again, rather than hold the widths of every card.
     */
    private static final int DRAWN_PER_SIZE = 1 << 16;

    private Fonts() {}

    /** The advance width of {@code text} at {@code size}, shaped and in visual order as the JDK lays it out. */
    static double width(String text, double size, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        double simple = simpleWidth(text, size, bold);
        if (simple >= 0) {
            return simple;
        }
        if (text.length() > CACHED_LENGTH) {
            return measure(text, size, bold);
        }
        Map<String, Double> widths =
                (bold ? BOLD_WIDTHS : REGULAR_WIDTHS).computeIfAbsent(size, s -> new ConcurrentHashMap<>());
        Double known = widths.get(text);
        if (known != null) {
            return known;
        }
        Widths drawing = DRAWING.get();
        if (widths.size() >= CACHED_PER_SIZE && drawing != null) {
            Map<String, Double> own = drawing.bySize.computeIfAbsent(widths, w -> new HashMap<>());
            if (own.size() >= DRAWN_PER_SIZE) {
                own.clear(); // as crude as the shared bound: a map of 100,000 cards is drawn in a bounded heap
            }
            return own.computeIfAbsent(text, t -> measure(t, size, bold));
        }
        double measured = measure(text, size, bold);
        if (widths.size() >= CACHED_PER_SIZE) {
            widths.clear(); // a crude bound, but the same text always measures the same, cached or not
        }
        widths.put(text, measured);
        return measured;
    }

    /**
     * The advance of text of simple characters without shaping it, or -1 when it has another: the sum, in order and
     * in {@code float} as the JDK adds them, of its characters' advances in DejaVu Sans, read from the font's tables
     * ({@link GlyphAdvances}). Simple are printable ASCII, the Latin letters and signs up to U+024F (but the micro
     * sign), the left-to-right mark, dashes, quotes and other punctuation, currency signs, arrows and the minus sign:
     * characters the JDK lays out without complex shaping, kerning or ligatures, each when DejaVu Sans has it (else
     * the text falls back to another font and is measured whole). It is the advance a {@link TextLayout} gives
     * (FontsTest: every simple character at every half point from 1 to 100, and 20,000 seeded texts up to 2,000
     * characters at sizes between), in a few nanoseconds a character instead of microseconds a text, and without
     * starting Java2D's fonts: a map whose text is all simple never does.
     */
    private static double simpleWidth(String text, double size, boolean bold) {
        long scale = -1;
        float sum = 0;
        for (int i = 0; i < text.length(); i++) {
            int units = simpleUnits(text.charAt(i), bold);
            if (units < 0) {
                return -1; // not simple, or DejaVu Sans has no glyph for it: the text is measured whole
            }
            if (scale < 0) {
                scale = (bold ? Simple.BOLD : Simple.REGULAR).glyphs().scale(size);
                if (scale < 0) {
                    return -1;
                }
            }
            sum += GlyphAdvances.advance(units, scale);
        }
        return sum;
    }

    /**
     * The widths of stretches of {@code text} as {@link #width} gives them, or null when {@code text} has a character
     * that is not simple (see {@link #simpleWidth}) or the size is too small to measure this way.
     */
    static SimpleStretches simpleStretches(String text, double size, boolean bold) {
        long scale = (bold ? Simple.BOLD : Simple.REGULAR).glyphs().scale(size);
        if (scale < 0) {
            return null;
        }
        float[] advances = new float[text.length()];
        for (int i = 0; i < advances.length; i++) {
            int units = simpleUnits(text.charAt(i), bold);
            if (units < 0) {
                return null;
            }
            advances[i] = GlyphAdvances.advance(units, scale);
        }
        return new SimpleStretches(text, advances);
    }

    /**
     * The widths of stretches of one text of simple characters, each {@link #width} of the stretch with its trailing
     * white space stripped, to the bit: the advances are added in order from the stretch's start, in {@code float},
     * as {@link #simpleWidth} adds them. Wrapping measures a line and a word, then the line with the next word, and
     * so on; a stretch from where the last one started goes on from its sum, so a line is measured once, not once
     * per word (a long name's wrapping was a third of laying its card out).
     */
    static final class SimpleStretches {
        private final String text;
        private final float[] advances;
        private int from = -1;
        private int to;
        private float sum;

        private SimpleStretches(String text, float[] advances) {
            this.text = text;
            this.advances = advances;
        }

        /** {@link #width width(text.substring(from, to).stripTrailing(), ...)} of the text's font and size. */
        double width(int from, int to) {
            int end = to;
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (from != this.from || end < this.to) {
                this.from = from;
                this.to = from;
                sum = 0;
            }
            float s = sum;
            for (int i = this.to; i < end; i++) {
                s += advances[i];
            }
            sum = s;
            this.to = end;
            return s;
        }
    }

    /**
     * Whether every character of {@code text} but line breaks and tabs is simple and in DejaVu Sans, so that
     * {@link #width} measures it without Java2D's fonts.
     */
    static boolean isSimple(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch != '\n' && ch != '\r' && ch != '\t' && simpleUnits(ch, false) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The advance of {@code ch} in DejaVu Sans (bold or not) in font units when it is simple and the font has it;
     * else -1. The font's tables are read only once a character is simple.
     */
    private static int simpleUnits(char ch, boolean bold) {
        int c = simpleIndex(ch);
        return c < 0 ? -1 : (bold ? Simple.BOLD : Simple.REGULAR).units()[c];
    }

    private static final char LEFT_TO_RIGHT_MARK = '\u200e';
    private static final char SOFT_HYPHEN = '\u00ad';

    /** The simple characters, as ranges from and to (both included): see {@link #simpleWidth}. */
    private static final char[] SIMPLE = {
        ' ', '~', // printable ASCII
        '\u00a0', '\u00b4', // Latin-1 Supplement, but the micro sign (a TextLayout of it is not the sum of advances)
        '\u00b6', '\u024f', // and Latin Extended-A and -B
        LEFT_TO_RIGHT_MARK, LEFT_TO_RIGHT_MARK, // which the maps put before a signed number
        '\u2010', '\u2027', // dashes, quotes, bullets, ellipsis (not the separators and bidi controls after)
        '\u2030', '\u205e', // per mille, primes, guillemets and more punctuation
        '\u20a0', '\u20c0', // currency signs
        '\u2190', '\u21ff', // arrows
        '\u2212', '\u2212', // the minus sign
    };
    private static final int SIMPLE_COUNT = simpleCount();

    private static int simpleCount() {
        int count = 0;
        for (int r = 0; r < SIMPLE.length; r += 2) {
            count += SIMPLE[r + 1] - SIMPLE[r] + 1;
        }
        return count;
    }

    /** Where {@code ch}'s advance is in a table of simple characters' advances; -1 when it is not simple. */
    private static int simpleIndex(char ch) {
        int base = 0;
        for (int r = 0; r < SIMPLE.length; r += 2) {
            if (ch < SIMPLE[r]) {
                return -1;
            }
            if (ch <= SIMPLE[r + 1]) {
                return base + ch - SIMPLE[r];
            }
            base += SIMPLE[r + 1] - SIMPLE[r] + 1;
        }
        return -1;
    }

    /** The advance of {@code text} as a {@link TextLayout} of it has it: what {@link #width} answers. */
    static double measure(String text, double size, boolean bold) {
        return new TextLayout(styled(text, size, bold).getIterator(), Awt.CONTEXT).getAdvance();
    }

    /** What {@code layout} answers, with a cache of the widths it measures that lives as long as it runs. */
    static <T> T measuring(Supplier<T> layout) {
        if (DRAWING.get() != null) {
            return layout.get();
        }
        return measuring(new Widths(), layout);
    }

    /**
     * What {@code layout} answers, with {@code widths} as the cache of the widths it measures: for a map laid out
     * more than once (measured, then drawn row by row), which measures its texts once.
     */
    static <T> T measuring(Widths widths, Supplier<T> layout) {
        Widths outer = DRAWING.get();
        DRAWING.set(widths);
        try {
            return layout.get();
        } finally {
            if (outer == null) {
                DRAWING.remove();
            } else {
                DRAWING.set(outer);
            }
        }
    }

    /** The widths of the current layout's cache, to measure with again later; a new one when none is running. */
    static Widths widths() {
        Widths current = DRAWING.get();
        return current == null ? new Widths() : current;
    }

    /**
     * {@code text} wrapped as {@code wrap} wraps it, remembered for as long as the current layout runs: a map laid
     * out to be measured and then again to be drawn wraps every card's texts two or three times, and wrapping (line
     * breaks, a measurement per candidate line) was a third of the layout's time. Bounded as the widths are.
     */
    static List<String> wrapped(Wrapping wrapping, Function<Wrapping, List<String>> wrap) {
        Widths drawing = DRAWING.get();
        if (drawing == null) {
            return wrap.apply(wrapping);
        }
        List<String> known = drawing.wraps.get(wrapping);
        if (known != null) {
            return known;
        }
        List<String> lines = wrap.apply(wrapping);
        if (drawing.wraps.size() >= DRAWN_PER_SIZE) {
            drawing.wraps.clear();
        }
        drawing.wraps.put(wrapping, lines);
        return lines;
    }

    /**
     * A text to wrap and how: the key of {@link #wrapped}; {@code ownLine}: whether a word too long for any line
     * starts a line of its own before it is broken (see {@link TextWrap#wrapOnOwnLine}).
     */
    record Wrapping(String text, double size, boolean bold, double maxWidth, int maxLines, boolean ownLine) {
        // Written out: a record's own equals and hashCode run through a chain of method handles that the launcher's
        // compiler (C1) does not inline, and every text of a map is looked up here: 6% of a warm layout was that chain.
        @Override
        public boolean equals(Object o) {
            return o instanceof Wrapping w && maxLines == w.maxLines && bold == w.bold && ownLine == w.ownLine
                    && Double.compare(size, w.size) == 0 && Double.compare(maxWidth, w.maxWidth) == 0
                    && text.equals(w.text);
        }

        @Override
        public int hashCode() {
            int h = text.hashCode();
            h = 31 * h + Double.hashCode(size);
            h = 31 * h + Double.hashCode(maxWidth);
            h = 31 * h + maxLines;
            return 31 * h + (bold ? 2 : 0) + (ownLine ? 1 : 0);
        }
    }

    /**
     * What one map's layout measured and wrapped, beyond the shared cache (see {@link #measuring(Supplier)}): the
     * widths by font and size, and the wrapped texts.
     */
    static final class Widths {
        private final Map<Map<String, Double>, Map<String, Double>> bySize = new IdentityHashMap<>();
        private final Map<Wrapping, List<String>> wraps = new HashMap<>();
    }

    /**
     * {@code text} with each run set in the first bundled font that has glyphs for it: what {@link TextLayout} needs
     * to shape, order (bidi) and measure or draw it.
     */
    static AttributedString styled(String text, double size, boolean bold) {
        List<Font> fonts = sized(size, bold);
        AttributedString styled = new AttributedString(text);
        int runStart = 0;
        int runFont = -1;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int font;
            if (runFont >= 0 && joinsPrevious(cp)) {
                font = runFont;
            } else if ((runFont == EMOJI && previous == ZWJ || EmojiPresentation.wanted(text, i, cp))
                    && fonts.get(EMOJI).canDisplay(cp)) {
                font = EMOJI; // the emoji of a ZWJ sequence, or an emoji DejaVu Sans would draw in black
            } else {
                font = fontFor(cp, fonts);
            }
            if (font != runFont) {
                if (runFont >= 0) {
                    styled.addAttribute(TextAttribute.FONT, fonts.get(runFont), runStart, i);
                }
                runStart = i;
                runFont = font;
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        styled.addAttribute(TextAttribute.FONT, fonts.get(runFont), runStart, text.length());
        return styled;
    }

    /** The bundled fonts in fallback order at {@code size}, derived once per size and weight. */
    private static List<Font> sized(double size, boolean bold) {
        return (bold ? Awt.BOLD_SIZES : Awt.REGULAR_SIZES).computeIfAbsent(size,
                s -> (bold ? Awt.BOLD : Awt.REGULAR).stream().map(f -> f.deriveFont(s.floatValue())).toList());
    }

    /** Whether DejaVu Sans, the first bundled font (its bold face for bold text), has a glyph for {@code cp}. */
    static boolean inFirstFont(int cp, boolean bold) {
        return (bold ? Awt.BOLD : Awt.REGULAR).get(0).canDisplay(cp);
    }

    /** The space between the ink of {@code cp}'s glyph in DejaVu Sans and the end of its advance. */
    static double rightSideBearing(int cp, double size, boolean bold) {
        Font font = sized(size, bold).get(0);
        GlyphMetrics metrics = font.createGlyphVector(Awt.CONTEXT, Character.toChars(cp)).getGlyphMetrics(0);
        return metrics.getAdvanceX() - metrics.getBounds2D().getMaxX();
    }

    /** The first font that has a glyph for {@code cp}; the first font (drawing its missing-glyph box) if none has. */
    private static int fontFor(int cp, List<Font> fonts) {
        for (int f = 0; f < fonts.size(); f++) {
            if (fonts.get(f).canDisplay(cp)) {
                return f;
            }
        }
        return 0;
    }

    /**
     * Whether {@code cp} belongs to the character before it (a combining mark, a joiner, a variation selector, a
     * skin tone), so that a cluster such as an emoji sequence or a Sundanese syllable stays in one font.
     */
    private static boolean joinsPrevious(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || cp == ZWJ || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    /** Whether {@code font} is the colour emoji font, whose glyphs have {@link #emojiColours()}. */
    static boolean isEmoji(Font font) {
        return font.getFontName(Locale.ROOT).equals(Awt.EMOJI_FONT.getFontName(Locale.ROOT));
    }

    /** The colour layers of the emoji font's glyphs. */
    static ColourGlyphs emojiColours() {
        return Awt.EMOJI_COLOURS;
    }

    private static Font load(String file) {
        return font(file, bytes(file));
    }

    private static Font font(String file, byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + file + " is not a TrueType font", e);
        }
    }

    private static byte[] bytes(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: " + DIR + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + file, e);
        }
    }
}
