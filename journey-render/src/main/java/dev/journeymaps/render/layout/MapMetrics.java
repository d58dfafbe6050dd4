package dev.journeymaps.render.layout;

import dev.journeymaps.render.Page;

/**
 * The sizes a map's columns and lanes are laid out with, picked from the page. Paper and screens get the
 * {@link #STANDARD} map. A 16:9 slide gets the {@link #SLIDE} one. At 9 pt the standard columns put four touchpoints
 * and one row on a slide, so 100 touchpoints took 31 slides. The slide's columns are narrower and its lanes lower:
 * eight touchpoints a row, two rows a slide. What a slide leaves out stays in the tooltips. The text stays at 9 pt
 * or more.
 *
 * @param cardWidth a card's width, and a lane cell's
 * @param cardGap the space between two cards, where the connector runs
 * @param gutter the lane labels' column, left of the first card
 * @param cardHeight a card's height without trend or loss lines
 * @param laneGap the space above each lane
 * @param rowGap the space between two rows
 * @param compact whether the map takes its slide form: a card shows its name (two units smaller), its channel, its
 *     chips and marks, and no reach or pain text ({@link CardLayout}); a stage header gives its name and its goal one
 *     line each; the emotion lane is lower, its levels named in the gutter, without the notes on its lowest and
 *     highest point ({@link EmotionLane}); the friction lane is lower, its scale on one line under the label; rows
 *     are filled across stages ({@link RowPlan#filled}); a forward arrow runs below the cards where fewer arrows
 *     cross it ({@link FlowRoutes})
 */
record MapMetrics(double cardWidth, double cardGap, double gutter, double cardHeight, double laneGap, double rowGap,
        boolean compact) {

    /** Paper (A4 to A2, Letter), the wrapped picture and the one-row map. */
    static final MapMetrics STANDARD = new MapMetrics(168, 32, 112, 112, 12, 40, false);

    /**
     * A 16:9 slide: 1067 × 600 units at 9 pt for the smallest text. Eight columns of 111 beside a gutter of 128: wide
     * enough for the lane labels and, in the emotion lane, the label beside the names of the levels in every
     * language of the map's words. Two rows of a header, cards, emotion and friction (237 units each) fit between the
     * page's head line and its key.
     */
    static final MapMetrics SLIDE = new MapMetrics(96, 15, 128, 88, 6, 16, true);

    /** The metrics a map laid out for {@code page} uses. */
    static MapMetrics of(Page page) {
        return page == Page.SLIDE ? SLIDE : STANDARD;
    }

    /** The width of one touchpoint's column: its card and the gap after it. */
    double column() {
        return cardWidth + cardGap;
    }
}
