package dev.journeymaps.render.layout;

import static dev.journeymaps.render.layout.FontTables.table;
import static dev.journeymaps.render.layout.FontTables.u16;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The colour glyphs of a COLR version 0 font: for a base glyph, the layers to draw in order, each a glyph of the same
 * font filled with one colour of the font's first CPAL palette. Java 17 draws such a font's base glyphs as nothing;
 * drawing the layers gives the colour picture (Twemoji's emoji). Read once from our bundled font's bytes; no library
 * on Maven Central reads these two small tables, hence this reader.
 *
 * <p>See the OpenType specification, tables {@code COLR} and {@code CPAL}.
 */
final class ColourGlyphs {

    /** A layer of a colour glyph: {@code glyph} filled with {@code argb}, or with the text's colour. */
    record Layer(int glyph, boolean foreground, int argb) {}

    private static final int FOREGROUND_INDEX = 0xFFFF;

    private final int[] baseGlyphs; // sorted, as the table keeps them
    private final int[] firstLayer;
    private final int[] layerCount;
    private final Layer[] layers;

    private ColourGlyphs(int[] baseGlyphs, int[] firstLayer, int[] layerCount, Layer[] layers) {
        this.baseGlyphs = baseGlyphs;
        this.firstLayer = firstLayer;
        this.layerCount = layerCount;
        this.layers = layers;
    }

    /**
     * The colour glyphs of the TrueType/OpenType font {@code font} (the whole file); none when it has no {@code COLR}
     * or {@code CPAL} table.
     *
     * @throws IllegalArgumentException when the file or one of the two tables is cut short
     */
    static ColourGlyphs read(byte[] font) {
        try {
            ByteBuffer file = ByteBuffer.wrap(font);
            Optional<ByteBuffer> colr = table(file, "COLR");
            Optional<ByteBuffer> cpal = table(file, "CPAL");
            if (colr.isEmpty() || cpal.isEmpty()) {
                return new ColourGlyphs(new int[0], new int[0], new int[0], new Layer[0]);
            }
            return read(colr.get(), palette(cpal.get()));
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("the font's COLR or CPAL table is cut short", e);
        }
    }

    /** The layers of {@code glyph}, in painting order; empty when it is no colour glyph. */
    List<Layer> layers(int glyph) {
        int at = Arrays.binarySearch(baseGlyphs, glyph);
        if (at < 0) {
            return List.of();
        }
        return Arrays.asList(layers).subList(firstLayer[at], firstLayer[at] + layerCount[at]);
    }

    /** How many base glyphs have colour layers. */
    int size() {
        return baseGlyphs.length;
    }

    private static ColourGlyphs read(ByteBuffer colr, int[] palette) {
        int version = u16(colr, 0);
        if (version > 1) {
            throw new IllegalArgumentException("unknown COLR table version " + version);
        }
        int bases = u16(colr, 2);
        int baseOffset = colr.getInt(4);
        int layerOffset = colr.getInt(8);
        int layerTotal = u16(colr, 12);
        int[] baseGlyphs = new int[bases];
        int[] firstLayer = new int[bases];
        int[] layerCount = new int[bases];
        for (int b = 0; b < bases; b++) {
            int at = baseOffset + 6 * b;
            baseGlyphs[b] = u16(colr, at);
            firstLayer[b] = u16(colr, at + 2);
            layerCount[b] = u16(colr, at + 4);
            if (firstLayer[b] + layerCount[b] > layerTotal || (b > 0 && baseGlyphs[b] <= baseGlyphs[b - 1])) {
                throw new IllegalArgumentException("COLR base glyph record " + b + " is out of order or range");
            }
        }
        Layer[] layers = new Layer[layerTotal];
        for (int l = 0; l < layerTotal; l++) {
            int at = layerOffset + 4 * l;
            int index = u16(colr, at + 2);
            layers[l] = index == FOREGROUND_INDEX
                    ? new Layer(u16(colr, at), true, 0)
                    : new Layer(u16(colr, at), false, palette[index]);
        }
        return new ColourGlyphs(baseGlyphs, firstLayer, layerCount, layers);
    }

    /** The first palette of a CPAL table, as ARGB. */
    private static int[] palette(ByteBuffer cpal) {
        int entries = u16(cpal, 2);
        int recordsOffset = cpal.getInt(8);
        int first = u16(cpal, 12);
        int[] argb = new int[entries];
        for (int e = 0; e < entries; e++) {
            int at = recordsOffset + 4 * (first + e);
            // Each colour record is blue, green, red, alpha.
            argb[e] = (cpal.get(at + 3) & 0xFF) << 24 | (cpal.get(at + 2) & 0xFF) << 16
                    | (cpal.get(at + 1) & 0xFF) << 8 | (cpal.get(at) & 0xFF);
        }
        return argb;
    }
}
