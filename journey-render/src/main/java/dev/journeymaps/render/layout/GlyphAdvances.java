package dev.journeymaps.render.layout;

import static dev.journeymaps.render.layout.FontTables.u16;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * The advance widths of a TrueType font's characters, read from its {@code head}, {@code hhea}, {@code maxp},
 * {@code hmtx} and {@code cmap} tables, and scaled to a size as the JDK scales them with fractional metrics:
 * FreeType's linear (unhinted) advance in 16.16 pixels, read as a {@code float}. Measuring a simple text this way needs
 * no Java2D: starting the JDK's font manager and reading a font into it was about a seventh of a small map's run
 * (10 tasks: 0.283 s with it, 0.256 s without). {@code FontsTest}
 * holds it to what a {@link java.awt.font.TextLayout} measures, character by character and size by size.
 *
 * <p>See the OpenType specification (tables {@code cmap} format 12, {@code hmtx}), FreeType's
 * {@code FT_Load_Glyph} (linearHoriAdvance) and the JDK's {@code freetypeScaler.c}.
 */
final class GlyphAdvances {

    private final int unitsPerEm;
    /** By glyph: the advance in font units. */
    private final int[] advances;
    private final Cmap cmap;

    private GlyphAdvances(int unitsPerEm, int[] advances, Cmap cmap) {
        this.unitsPerEm = unitsPerEm;
        this.advances = advances;
        this.cmap = cmap;
    }

    /**
     * The advances of the TrueType font {@code font} (the whole file).
     *
     * @throws IllegalArgumentException when a table it needs is missing or cut short
     */
    static GlyphAdvances read(byte[] font) {
        try {
            ByteBuffer file = ByteBuffer.wrap(font);
            ByteBuffer head = table(file, "head");
            ByteBuffer hhea = table(file, "hhea");
            ByteBuffer hmtx = table(file, "hmtx");
            ByteBuffer maxp = table(file, "maxp");
            int unitsPerEm = u16(head, 18);
            int metrics = u16(hhea, 34);
            int glyphs = u16(maxp, 4);
            if (unitsPerEm == 0 || metrics == 0) {
                throw new IllegalArgumentException("the font has no units per em or no horizontal metrics");
            }
            int[] advances = new int[Math.max(glyphs, metrics)];
            for (int g = 0; g < advances.length; g++) {
                // Glyphs past the last metric share its advance (monospaced runs at the end of the table).
                advances[g] = u16(hmtx, 4 * Math.min(g, metrics - 1));
            }
            return new GlyphAdvances(unitsPerEm, advances, Cmap.read(table(file, "cmap")));
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("a table of the font is cut short", e);
        }
    }

    /** The advance of {@code cp}'s glyph in font units; -1 when the font has no glyph for it. */
    int units(int cp) {
        int glyph = cmap.glyph(cp);
        return glyph <= 0 || glyph >= advances.length ? -1 : advances[glyph];
    }

    /**
     * FreeType's scale from font units to 26.6 pixels for {@code size}, which the JDK asks for as a whole number of
     * 64ths of a point ({@code FT_Set_Char_Size} at 72 dpi, so a point is a pixel); -1 below a point, where the JDK
     * scales otherwise.
     */
    long scale(double size) {
        double points = (float) size; // a Font's size is a float
        if (!(points >= 1)) {
            return -1;
        }
        long ptsz = (long) (points * 64);
        return ((ptsz << 16) + (unitsPerEm >> 1)) / unitsPerEm; // FT_DivFix
    }

    /**
     * The advance of {@code units} at {@code scale}: FreeType's linear advance (FT_MulDiv by the scale, in 16.16
     * pixels) as the JDK turns it into a {@code float}.
     */
    static float advance(int units, long scale) {
        // a shift, as the division by 64 is for these non-negative numbers: the launcher's compiler (C1) calls the VM
        // for every long division, and every character measured comes here
        long linear = (units * scale + 32) >> 6;
        return linear / 65536f;
    }

    private static ByteBuffer table(ByteBuffer file, String tag) {
        return FontTables.table(file, tag)
                .orElseThrow(() -> new IllegalArgumentException("the font has no " + tag + " table"));
    }

    /**
     * A character-to-glyph map: the Windows full-repertoire one (platform 3, encoding 10, format 12), which the JDK
     * itself prefers and every bundled font has.
     */
    private static final class Cmap {
        private final int[] first;
        private final int[] last;
        private final int[] firstGlyph;

        private Cmap(int[] first, int[] last, int[] firstGlyph) {
            this.first = first;
            this.last = last;
            this.firstGlyph = firstGlyph;
        }

        /** The glyph of {@code cp}, 0 (the missing glyph) when it has none. */
        int glyph(int cp) {
            int lo = 0;
            int hi = first.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (cp > last[mid]) {
                    lo = mid + 1;
                } else if (cp < first[mid]) {
                    hi = mid - 1;
                } else {
                    return firstGlyph[mid] + cp - first[mid];
                }
            }
            return 0;
        }

        static Cmap read(ByteBuffer cmap) {
            for (int t = 0; t < u16(cmap, 2); t++) {
                int record = 4 + 8 * t;
                int offset = cmap.getInt(record + 4);
                if (u16(cmap, record) == 3 && u16(cmap, record + 2) == 10 && u16(cmap, offset) == 12) {
                    ByteBuffer table = cmap.slice(offset, cmap.limit() - offset);
                    int groups = table.getInt(12);
                    int[] first = new int[groups];
                    int[] last = new int[groups];
                    int[] firstGlyph = new int[groups];
                    for (int g = 0; g < groups; g++) {
                        first[g] = table.getInt(16 + 12 * g);
                        last[g] = table.getInt(20 + 12 * g);
                        firstGlyph[g] = table.getInt(24 + 12 * g);
                    }
                    return new Cmap(first, last, firstGlyph);
                }
            }
            throw new IllegalArgumentException("the font has no Windows full-repertoire cmap (format 12)");
        }
    }
}
