package dev.journeymaps.model.io;

/**
 * The limits a reader enforces, so that no file can make it hang or run out of memory. The defaults suit journeys
 * written by people and by scripts alike; raise them only for files you trust.
 *
 * @param maxDocumentChars the longest document, in characters (default 16 MB)
 * @param maxTextLength the longest single text value, in characters (default 10,000)
 * @param maxTouchpoints the most touchpoints in one journey (default 100,000)
 * @param maxDepth the deepest nesting of maps and lists (default 64; a journey needs about 8)
 */
public record ReadLimits(long maxDocumentChars, int maxTextLength, int maxTouchpoints, int maxDepth) {

    /** The default limits. */
    public static final ReadLimits DEFAULTS = new ReadLimits(16L * 1024 * 1024, 10_000, 100_000, 64);

    public ReadLimits {
        if (maxDocumentChars < 1 || maxTextLength < 1 || maxTouchpoints < 1 || maxDepth < 8) {
            throw new IllegalArgumentException("limits must be positive, and depth at least 8");
        }
    }

    /** These limits with a different document size. */
    public ReadLimits withMaxDocumentChars(long chars) {
        return new ReadLimits(chars, maxTextLength, maxTouchpoints, maxDepth);
    }
}
