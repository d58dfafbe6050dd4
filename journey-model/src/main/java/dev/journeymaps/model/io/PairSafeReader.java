package dev.journeymaps.model.io;

import java.io.Reader;

/**
 * A reader over a string that never ends a chunk between the two halves of a surrogate pair.
 *
 * <p>snakeyaml-engine 3.0.1 (under Jackson 3.2's YAML parser) fails with an IndexOutOfBoundsException when a chunk it
 * reads ends with a high surrogate: any valid file with an emoji at the 1024th character broke. Handing it chunks that
 * end on whole characters keeps it on its well-trodden path. A test keeps the emoji-at-every-offset case.
 */
final class PairSafeReader extends Reader {

    private final String text;
    private int position;

    PairSafeReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (position >= text.length()) {
            return -1;
        }
        int count = Math.min(length, text.length() - position);
        if (count > 1 && Character.isHighSurrogate(text.charAt(position + count - 1))) {
            count--;
        }
        text.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    @Override
    public void close() {
        // Nothing to release: the text is a string.
    }
}
