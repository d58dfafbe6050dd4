package dev.journeymaps.render.layout;

/**
 * Where the map's columns are: the left edge of each touchpoint's card (by position in the journey), and the left
 * and right edges of the area the lanes span.
 */
record Columns(double[] cardX, double left, double right) {

    double cardWidth() {
        return JourneyLayout.CARD_WIDTH;
    }

    int count() {
        return cardX.length;
    }
}
