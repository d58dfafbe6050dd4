package dev.journeymaps.render;

/**
 * A picture that cannot be drawn in the memory this Java may use, found before drawing it (from its size in pixels
 * and the size of its document) or while drawing it. Nothing was written. The caller may lower the pixel budget, or
 * give Java more memory ({@code -Xmx}).
 */
public final class TooLargeException extends RenderException {

    private static final long serialVersionUID = 1L;

    private final long neededBytes;
    private final long maxBytes;

    /** {@code what} (such as "the PNG map") needs about {@code neededBytes}; Java may use {@code maxBytes}. */
    public TooLargeException(String what, long neededBytes, long maxBytes) {
        super(what + " needs about " + (neededBytes >> 20) + " MB of memory and Java may use " + (maxBytes >> 20)
                + " MB here");
        this.neededBytes = neededBytes;
        this.maxBytes = maxBytes;
    }

    /** About how much memory drawing would take, in bytes. */
    public long neededBytes() {
        return neededBytes;
    }

    /** The most memory this Java may use ({@code -Xmx}), in bytes. */
    public long maxBytes() {
        return maxBytes;
    }
}
