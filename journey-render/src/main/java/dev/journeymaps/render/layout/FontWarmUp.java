package dev.journeymaps.render.layout;

/**
 * Reads the bundled fonts and lays out a first line, for a command to do on a thread of its own while it reads and
 * checks the journey: on a quiet machine each is about a quarter of a small map's start-up, and one waits
 * for the other only if it is not done yet. What is measured afterwards is the same either way.
 */
public final class FontWarmUp {

    private FontWarmUp() {}

    /** Reads the fonts and measures a line in each style, on the calling thread. */
    public static void run() {
        // A card name (bold) and a detail line (regular): the first layout of each style loads what the rest reuse.
        Fonts.width("Opens the parcel 1", 13, true);
        Fonts.width("web · 100% reach", 11, false);
    }
}
