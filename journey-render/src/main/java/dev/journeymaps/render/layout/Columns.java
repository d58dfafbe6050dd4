package dev.journeymaps.render.layout;

/**
 * Where the map's columns are: the left edge of each touchpoint's card (by position in the journey), the left and
 * right edges of the area the lanes span, and the width of a card (and of a lane's cell).
 */
record Columns(double[] cardX, double left, double right, double cardWidth) {

    /** Columns of the standard map's cards. */
    Columns(double[] cardX, double left, double right) {
        this(cardX, left, right, MapMetrics.STANDARD.cardWidth());
    }

    int count() {
        return cardX.length;
    }

    /** The room for a lane's label: the gutter left of the lanes, less its padding. */
    double labelWidth() {
        return left - JourneyLayout.MARGIN - 16;
    }
}
