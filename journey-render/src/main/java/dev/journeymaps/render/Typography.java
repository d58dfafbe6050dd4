package dev.journeymaps.render;

import java.util.Locale;

/**
 * The font sizes of a map's main texts, in map units (CSS pixels). Each size has a range the layout is built for
 * (a card holds three lines of its name at most): sizes outside it are refused, never silently clipped.
 *
 * @param title the map's title, 16 to 32 (default 22)
 * @param stage a stage's name, 12 to 18 (default 15)
 * @param card a touchpoint's name on its card, 11 to 15 (default 13)
 */
public record Typography(double title, double stage, double card) {

    /** The sizes every built-in theme uses. */
    public static final Typography DEFAULT = new Typography(22, 15, 13);

    /** What can be sized, with the range each accepts. */
    public enum Text {
        TITLE(16, 32),
        STAGE(12, 18),
        CARD(11, 15);

        private final double min;
        private final double max;

        Text(double min, double max) {
            this.min = min;
            this.max = max;
        }

        /** The smallest size accepted. */
        public double min() {
            return min;
        }

        /** The largest size accepted. */
        public double max() {
            return max;
        }

        /** The name used in theme files, such as {@code title}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether {@code size} lies in this text's range. */
        public boolean accepts(double size) {
            return size >= min && size <= max;
        }
    }

    public Typography {
        check(Text.TITLE, title);
        check(Text.STAGE, stage);
        check(Text.CARD, card);
    }

    /** The size of {@code text}. */
    public double size(Text text) {
        return switch (text) {
            case TITLE -> title;
            case STAGE -> stage;
            case CARD -> card;
        };
    }

    /** These sizes with {@code text} at {@code size}. */
    public Typography with(Text text, double size) {
        return new Typography(text == Text.TITLE ? size : title, text == Text.STAGE ? size : stage,
                text == Text.CARD ? size : card);
    }

    private static void check(Text text, double size) {
        if (!text.accepts(size)) {
            throw new IllegalArgumentException("font size of " + text.label() + " must be " + trim(text.min)
                    + " to " + trim(text.max) + ", was " + size);
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
