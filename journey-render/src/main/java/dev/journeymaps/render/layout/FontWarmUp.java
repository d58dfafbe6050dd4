package dev.journeymaps.render.layout;

/**
 * Reads the bundled fonts and lays out a first line on a thread of its own, so that a command can do it while it
 * reads and checks the journey: on a quiet machine each is about a quarter of a small map's start-up, and one waits
 * for the other only if it is not done yet. What is measured afterwards is the same either way.
 */
public final class FontWarmUp {

    private FontWarmUp() {}

    /** Starts reading the fonts in the background; a daemon thread, so it never keeps the JVM running. */
    public static void start() {
        Thread warmUp = new Thread(FontWarmUp::run, "journey-font-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void run() {
        // A card name (bold) and a detail line (regular): the first layout of each style loads what the rest reuse.
        Fonts.width("Opens the parcel 1", 13, true);
        Fonts.width("web · 100% reach", 11, false);
    }
}
