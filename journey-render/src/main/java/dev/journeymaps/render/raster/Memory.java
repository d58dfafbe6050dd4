package dev.journeymaps.render.raster;

import dev.journeymaps.render.TooLargeException;

/**
 * What drawing a picture costs, estimated before drawing it, so that a picture too large for the heap is refused in
 * one clean line instead of running out of memory half way. The figures were measured on journeys of 10,000
 * touchpoints and of emoji names (docs/hardening.md): Batik holds the document as a DOM, every path also as a list
 * of segment objects and as a shape, about 16 bytes per character of SVG; a PNG is drawn a band at a time
 * ({@link BandedPngTranscoder}), each band into Batik's working raster and copied into the band encoded, 4 bytes per
 * pixel each, so what must fit is a band's pixels, not the picture's.
 */
final class Memory {

    static final long BYTES_PER_PIXEL = 8;
    static final long BYTES_PER_SVG_CHAR = 16;
    /** The PNG encoder addresses the picture's pixels with an int, even drawn in bands. */
    static final long MAX_PIXELS = Integer.MAX_VALUE;

    private Memory() {}

    /** Refuses when {@code neededBytes} cannot fit in what the heap has left, even after a collection. */
    static void require(String what, long neededBytes) {
        Runtime runtime = Runtime.getRuntime();
        long max = runtime.maxMemory();
        if (neededBytes > available(runtime)) {
            // What looks used may be garbage: look again after collecting it, once, before refusing.
            System.gc();
            if (neededBytes > available(runtime)) {
                throw new TooLargeException(what, neededBytes, max);
            }
        }
    }

    /** The heap not in use now: what the heap may grow to, less what it holds. */
    private static long available(Runtime runtime) {
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    /** Saturating product, so that a huge pixel budget cannot wrap around into a small estimate. */
    static long times(long a, long b) {
        long product = a * b;
        return a != 0 && (product / a != b || product < 0) ? Long.MAX_VALUE : product;
    }
}
