package dev.journeymaps.model.io;

/**
 * The limits a reader enforces, so that no file can make it hang or run out of memory. The defaults suit journeys
 * written by people and by scripts alike; raise them only for files you trust.
 *
 * @param maxDocumentChars the longest document, in characters (default 16 MB)
 * @param maxTextLength the longest single text value, in characters (default 10,000)
 * @param maxTouchpoints the most touchpoints in one journey (default 100,000)
 * @param maxDepth the deepest nesting of maps and lists (default 64; a journey needs about 8)
 * @param maxEntries the most keys in one map or items in one list (default 100,000: a stage of the most touchpoints)
 * @param maxValues the most values (maps, lists, texts, numbers...) in one file, keys not counted (default
 *     1,000,000: 100,000 touchpoints of ten values each). A value held in memory costs about 100 bytes, so this
 *     bounds what a file can make the reader hold whatever its size.
 */
public record ReadLimits(
        long maxDocumentChars, int maxTextLength, int maxTouchpoints, int maxDepth, int maxEntries, int maxValues) {

    /** The default limits. */
    public static final ReadLimits DEFAULTS = new ReadLimits(16L * 1024 * 1024, 10_000, 100_000, 64, 100_000,
            1_000_000);

    public ReadLimits {
        if (maxDocumentChars < 1 || maxTextLength < 1 || maxTouchpoints < 1 || maxEntries < 1 || maxValues < 1
                || maxDepth < 8) {
            throw new IllegalArgumentException("limits must be positive, and depth at least 8");
        }
    }

    /** These limits with the default node budget ({@code maxEntries} and {@code maxValues}). */
    public ReadLimits(long maxDocumentChars, int maxTextLength, int maxTouchpoints, int maxDepth) {
        this(maxDocumentChars, maxTextLength, maxTouchpoints, maxDepth, 100_000, 1_000_000);
    }

    /** How many times the text limit a line of YAML may be long: room for a key, quotes and escapes. */
    public static final int LINE_FACTOR = 10;

    /**
     * The longest line of a YAML document, in characters: {@link #LINE_FACTOR} times the text limit (100,000 by
     * default). JSON has no such limit: its parser does not slow down on long lines.
     */
    public int maxLineLength() {
        return (int) Math.min(Integer.MAX_VALUE, (long) LINE_FACTOR * maxTextLength);
    }

    /** These limits with a different document size. */
    public ReadLimits withMaxDocumentChars(long chars) {
        return new ReadLimits(chars, maxTextLength, maxTouchpoints, maxDepth, maxEntries, maxValues);
    }

    /** These limits with a different node budget: keys per map and items per list, and values per file. */
    public ReadLimits withNodeBudget(int entries, int values) {
        return new ReadLimits(maxDocumentChars, maxTextLength, maxTouchpoints, maxDepth, entries, values);
    }
}
