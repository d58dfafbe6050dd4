package dev.journeymaps.render.layout;

/**
 * Reads the bundled fonts and lays out a first line, for a command to do on a thread of its own while it reads and
 * checks the journey: on a quiet machine each is about a quarter of a small map's start-up, and one waits
 * for the other only if it is not done yet. What is measured afterwards is the same either way.
 */
public final class FontWarmUp {

    private FontWarmUp() {}

    /**
     * Reads what measuring text like {@code sample} needs, on the calling thread: DejaVu Sans's advances always, and
     * Java2D's fonts (slower to start) when {@code drawsGlyphs} (a PNG, PDF or slide draws text as glyphs) or when
     * {@code sample} has a character whose width is not read from the advances alone (see {@link Fonts#width}).
     */
    public static void run(CharSequence sample, boolean drawsGlyphs) {
        // A card name (bold) and a detail line (regular): the first layout of each style loads what the rest reuse.
        Fonts.width("Opens the parcel 1", 13, true);
        Fonts.width("web · 100% reach", 11, false);
        if (drawsGlyphs || !Fonts.isSimple(sample)) {
            Fonts.measure("Opens the parcel 1", 13, true);
            Fonts.measure("web · 100% reach", 11, false);
        }
    }
}
