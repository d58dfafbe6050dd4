package dev.journeymaps.render.layout;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The tables of a TrueType/OpenType font file, for the few this package reads itself (colour layers, advances). */
final class FontTables {

    private FontTables() {}

    /**
     * The table {@code tag} of the font file, as a buffer of its own bytes; empty when the font has none.
     *
     * @throws IllegalArgumentException when the table lies outside the file
     */
    static Optional<ByteBuffer> table(ByteBuffer file, String tag) {
        int tables = u16(file, 4);
        for (int t = 0; t < tables; t++) {
            int record = 12 + 16 * t;
            byte[] name = new byte[4];
            file.get(record, name);
            if (new String(name, StandardCharsets.ISO_8859_1).equals(tag)) {
                int offset = file.getInt(record + 8);
                int length = file.getInt(record + 12);
                if (offset < 0 || length < 0 || offset > file.limit() - length) {
                    throw new IllegalArgumentException("the font's " + tag + " table lies outside the file");
                }
                return Optional.of(file.slice(offset, length));
            }
        }
        return Optional.empty();
    }

    /** The unsigned 16-bit number at {@code at}. */
    static int u16(ByteBuffer buffer, int at) {
        return buffer.getShort(at) & 0xFFFF;
    }
}
