package dev.journeymaps.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The size a map is laid out for. A page decides how many touchpoints a row of the map holds: as many as fit the
 * page's width when the map's smallest text is {@link #MIN_TEXT_POINTS} on the page, never more; a longer journey
 * wraps onto more rows (and, in a PDF, more pages) instead of shrinking its type.
 */
public enum Page {
    /** The format decides: A3 for a PDF, and for SVG and PNG rows wrapped so the map is at most twice as wide as high. */
    AUTO("auto", 0, 0),
    /** No page: the whole journey in one row, however wide (the map before pages existed). */
    NONE("none", 0, 0),
    /** ISO A4, landscape: 297 × 210 mm. */
    A4("a4", 841.89, 595.28),
    /** ISO A3, landscape: 420 × 297 mm. */
    A3("a3", 1190.55, 841.89),
    /** ISO A2, landscape: 594 × 420 mm. */
    A2("a2", 1683.78, 1190.55),
    /** US Letter, landscape: 11 × 8.5 in. */
    LETTER("letter", 792, 612),
    /**
     * A 16:9 slide, 13.333 × 7.5 in (PowerPoint's widescreen), shown at 1920 × 1080 pixels. Its map has narrower
     * columns and lower lanes than paper's, with what it leaves out in the tooltips: eight touchpoints a row, two
     * rows a slide (docs/rendering.md, "Slides").
     */
    SLIDE("16:9", 960, 540);

    /** The smallest text on a page, in points: below it a printed map or a projected slide is hard to read. */
    public static final double MIN_TEXT_POINTS = 9;

    private final String label;
    private final double width;
    private final double height;

    Page(String label, double width, double height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    /** The name used on the command line, such as {@code a3} or {@code 16:9}. */
    public String label() {
        return label;
    }

    /** The page's width in points (1/72 in), landscape; 0 for {@link #AUTO} and {@link #NONE}. */
    public double widthPoints() {
        return width;
    }

    /** The page's height in points, landscape; 0 for {@link #AUTO} and {@link #NONE}. */
    public double heightPoints() {
        return height;
    }

    /** Whether this is a real page size (not {@link #AUTO} or {@link #NONE}). */
    public boolean hasSize() {
        return width > 0;
    }

    /** The page named {@code name} ({@code a3}, {@code A3}, {@code 16:9}, {@code slide}; case-insensitive), or empty. */
    public static Optional<Page> parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("slide")) {
            return Optional.of(SLIDE);
        }
        return Arrays.stream(values()).filter(p -> p.label.equals(wanted)).findFirst();
    }
}
