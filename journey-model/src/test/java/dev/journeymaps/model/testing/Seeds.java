package dev.journeymaps.model.testing;

/**
 * Runs a property over many seeds, the way every property test in this project does: {@code cases} seeds from
 * {@code base}, or only the seed in the system property {@code journey.seed} when it is set, and a failure names the
 * seed and how to replay it.
 */
public final class Seeds {

    private Seeds() {}

    /** A property of whatever is generated from one seed. */
    @FunctionalInterface
    public interface Property {
        void check(long seed) throws Exception;
    }

    /** Checks {@code property} for {@code cases} seeds starting at {@code base} (or the replayed one). */
    public static void forEach(long base, int cases, Property property) {
        Long replay = Long.getLong("journey.seed");
        long first = replay != null ? replay : base;
        int count = replay != null ? 1 : cases;
        for (long seed = first; seed < first + count; seed++) {
            try {
                property.check(seed);
            } catch (Exception | AssertionError e) {
                throw new AssertionError("failed for seed " + seed + " (replay with -Djourney.seed=" + seed + "): "
                        + e.getMessage(), e);
            }
        }
    }
}
