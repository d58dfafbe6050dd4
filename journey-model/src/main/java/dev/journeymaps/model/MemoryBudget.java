package dev.journeymaps.model;

/**
 * How much of the heap one step may hold for speed: a quarter of the memory Java may use. Validation runs its rules
 * side by side, the analysis solves the persona routes side by side, and a map keeps its rows' nodes from measuring to
 * drawing, each only while what that holds at once fits this budget; beyond it they work one part at a time, slower
 * but in memory a journey of 100,000 touchpoints has in a 512 MB heap. Near the heap's edge, running out of memory
 * inside the fork-join pool could not always be reported in one clean line; on one thread it always is.
 */
public final class MemoryBudget {

    private MemoryBudget() {}

    /** Whether {@code units} of about {@code bytesEach} bytes each fit a quarter of the memory Java may use. */
    public static boolean fits(long units, long bytesEach) {
        return units <= units(bytesEach);
    }

    /** How many units of about {@code bytesEach} bytes each fit a quarter of the memory Java may use. */
    public static long units(long bytesEach) {
        return Runtime.getRuntime().maxMemory() / 4 / bytesEach;
    }
}
