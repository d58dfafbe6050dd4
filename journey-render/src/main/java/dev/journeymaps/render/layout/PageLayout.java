package dev.journeymaps.render.layout;

import dev.journeymaps.render.Page;

/**
 * How a map's units land on a page: at {@link Page#MIN_TEXT_POINTS} points for the map's smallest text
 * ({@link JourneyLayout#MIN_TEXT} units), the map's own margin being the page's.
 */
public final class PageLayout {

    private PageLayout() {}

    /** Points per map unit on every page: the scale at which the smallest text is just legible. */
    public static double pointsPerUnit() {
        return Page.MIN_TEXT_POINTS / JourneyLayout.MIN_TEXT;
    }

    /** The width of {@code page}, margins included, in map units. */
    public static double unitsWide(Page page) {
        return page.widthPoints() / pointsPerUnit();
    }

    /** The height of {@code page}, margins included, in map units. */
    public static double unitsHigh(Page page) {
        return page.heightPoints() / pointsPerUnit();
    }
}
