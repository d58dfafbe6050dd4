package dev.journeymaps.render.svg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Writes XML: the only place where markup is made and text is escaped. Characters XML 1.0 forbids (most control
 * characters, lone surrogates, U+FFFE and U+FFFF) are dropped per code point; {@code & < > " '} are escaped
 * everywhere, and TAB, LF and CR too in attribute values, so that parsers keep them. Numbers are written with two
 * decimals at most, in {@link java.util.Locale#ROOT} style; lines end with {@code '\n'}; attributes appear in the
 * order they are written.
 */
final class XmlWriter {

    /** Past this many bytes, a streaming writer hands what it holds to its sink at the next element end. */
    private static final int DRAIN_BYTES = 1 << 16;

    private final Utf8 out = new Utf8();
    /** Where the document goes as it is written, in UTF-8, or null to hold it whole for {@link #toString()}. */
    private OutputStream sink;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;
    private boolean hasText;
    private int inlineDepth;

    /** Writes the XML declaration. */
    XmlWriter declaration() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return this;
    }

    /** Starts an element on its own line; its children go on lines of their own. */
    XmlWriter start(String name) {
        return start(name, false);
    }

    /** Starts an element whose whole content stays on its line (for text, where white space would show). */
    XmlWriter startInline(String name) {
        return start(name, true);
    }

    private XmlWriter start(String name, boolean inline) {
        if (hasText) {
            throw new IllegalStateException("no mixed content: <" + name + "> after text in <" + open.peek() + ">");
        }
        closeStartTag();
        if (inlineDepth == 0) {
            indent();
        }
        out.append('<').append(name);
        open.push(name);
        startTagOpen = true;
        if (inline || inlineDepth > 0) {
            inlineDepth++;
        }
        return this;
    }

    /** Adds an attribute to the element just started. */
    XmlWriter attribute(String name, String value) {
        valueOf(name).appendEscaped(value, true).append('"');
        return this;
    }

    /** Adds a numeric attribute, written as {@link #number(double)} writes it. */
    XmlWriter attribute(String name, double value) {
        valueOf(name).appendNumber(value).append('"');
        return this;
    }

    /** Starts attribute {@code name} of the element just started: its value goes next, then the closing quote. */
    private Utf8 valueOf(String name) {
        if (!startTagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        return out.append(' ').append(name).append("=\"");
    }

    /** Writes text content, escaped. */
    XmlWriter text(String text) {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
        out.appendEscaped(text, false);
        hasText = true;
        return this;
    }

    /** Ends the innermost open element. */
    XmlWriter end() {
        String name = open.pop();
        boolean inline = inlineDepth > 0;
        if (startTagOpen) {
            out.append("/>");
            startTagOpen = false;
        } else {
            if (!hasText && !inline) {
                indent();
            }
            out.append("</").append(name).append('>');
        }
        hasText = false;
        if (inline) {
            inlineDepth--;
        }
        if (inlineDepth == 0) {
            out.append('\n');
            drainWhenFull();
        }
        return this;
    }

    /** Hands what is held to a streaming writer's sink once it holds {@link #DRAIN_BYTES}. */
    private void drainWhenFull() {
        if (sink != null && out.size() > DRAIN_BYTES) {
            try {
                drain();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Sends the document to {@code sink} as it is written, instead of holding it: a map of 10,000 touchpoints is
     * tens of megabytes of text. Call {@link #finish()} at the end.
     */
    XmlWriter streamingTo(OutputStream sink) {
        this.sink = sink;
        return this;
    }

    /**
     * A writer for elements inside this one's open elements, to be appended here ({@link #append}) as if written
     * here: indented as they would be here, and holding what it writes. This writer must be between elements: no
     * start tag open, no text, not inside an element kept on one line.
     */
    XmlWriter nested() {
        if (startTagOpen || hasText || inlineDepth > 0) {
            throw new IllegalStateException("a nested writer starts between elements, not in <" + open.peek() + ">");
        }
        XmlWriter nested = new XmlWriter();
        nested.open.addAll(open);
        return nested;
    }

    /** Appends what {@code nested}, made by {@link #nested()} here, wrote: its elements must all be ended. */
    XmlWriter append(XmlWriter nested) {
        if (nested.open.size() != open.size() || nested.startTagOpen) {
            throw new IllegalStateException("a nested writer has elements open");
        }
        if (sink == null) {
            out.append(nested.out);
        } else {
            // Straight to the sink after what is held here: copied in here, a part of a large map (half a megabyte)
            // would only be copied out again.
            try {
                drain();
                nested.out.writeTo(sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Hands what is still held to the sink and flushes it. */
    void finish() throws IOException {
        drain();
        sink.flush();
    }

    private void drain() throws IOException {
        out.writeTo(sink);
    }

    /** The document written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append('>');
            if (inlineDepth == 0) {
                out.append('\n');
            }
            startTagOpen = false;
        }
    }

    private void indent() {
        out.appendSpaces(2 * open.size());
    }

    /**
     * {@code value} with at most two decimals, no exponent, no trailing zeros, {@code .} as the decimal point and
     * no negative zero: the same number always gives the same characters.
     */
    static String number(double value) {
        return number(new StringBuilder(8), value).toString();
    }

    /** Appends {@code value} to {@code to} as {@link #number(double)} writes it, and returns {@code to}. */
    static StringBuilder number(StringBuilder to, double value) {
        long hundredths = hundredths(value);
        if (hundredths < 0) {
            to.append('-');
            hundredths = -hundredths;
        }
        // int arithmetic where it fits, as in Utf8.appendNumber
        long fraction;
        if (hundredths >= 0 && hundredths <= Integer.MAX_VALUE) {
            to.append((int) hundredths / 100);
            fraction = (int) hundredths % 100;
        } else {
            to.append(hundredths / 100);
            fraction = hundredths % 100;
        }
        if (fraction != 0) {
            to.append('.').append((char) ('0' + fraction / 10));
            if (fraction % 10 != 0) {
                to.append((char) ('0' + fraction % 10));
            }
        }
        return to;
    }

    /** {@code value} in hundredths, rounded half up: what {@link #number(double)} writes. */
    private static long hundredths(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return Math.round(value * 100);
    }

    /** Whether XML 1.0 allows code point {@code cp} in a document. */
    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /**
     * {@code text} escaped for element content or, when {@code attribute}, for an attribute value, as the writer
     * escapes it: markup and quotes as entities, a carriage return (and in an attribute a tab or line break) as a
     * character reference, and what XML does not allow (control characters, half a surrogate pair, U+FFFE, U+FFFF)
     * left out.
     */
    static String escape(String text, boolean attribute) {
        return new Utf8().appendEscaped(text, attribute).toString();
    }

    /**
     * The document as UTF-8 bytes, encoded as it is appended. A StringBuilder turns to two bytes a character for good
     * at the first character past Latin-1 (every map has some: the marks around numbers, a minus sign), and the
     * document then went through two more copies and an encoder loop on its way out (7 % of drawing a
     * 10,000-touchpoint map through a Writer, 6 % through String.getBytes). A character that is half a surrogate pair
     * becomes {@code ?}, as every JDK encoder writes it; the writer's escaping drops such characters before they come
     * here.
     *
     * <p>Held in chunks: a full chunk is set aside and a new one started, where one array grown by doubling copied
     * each part of a large map (written side by side, half a megabyte a row) about twice over, and the large arrays
     * it left behind filled the young generation (a tenth of the allocation of drawing 10,000 touchpoints).
     */
    private static final class Utf8 {
        /** The size of a chunk after the first; a string longer than this gets a chunk of its own length. */
        private static final int CHUNK = 1 << 16;

        private byte[] bytes = new byte[8192];
        private int size;
        /** The chunks set aside, in order, and how many bytes of each are used. */
        private byte[][] full = new byte[0][];
        private int[] fullSizes = new int[0];
        private int fullCount;
        private int fullBytes;

        int size() {
            return fullBytes + size;
        }

        Utf8 append(char c) {
            if (c < 0x80) {
                room(1);
                bytes[size++] = (byte) c;
                return this;
            }
            return append(String.valueOf(c));
        }

        Utf8 append(String text) {
            int i = appendAscii(text, 0, false, false);
            while (i < text.length()) {
                i = appendAscii(text, appendWide(text, i) + 1, false, false); // past ASCII, then ASCII again
            }
            return this;
        }

        /**
         * Appends {@code text} escaped as {@link #escape escape(text, attribute)} says, in one pass over the text:
         * scanning it first and encoding it after was a third of writing a large map.
         */
        Utf8 appendEscaped(String text, boolean attribute) {
            // Character by character past the plain runs: a tooltip's line breaks or a name's "·" sent the rest of
            // the text through an escaper of its own, a StringBuilder and a copy (5 % of drawing).
            int n = text.length();
            int i = appendAscii(text, 0, true, attribute);
            while (i < n) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))
                            || isXmlChar(c)) { // a pair is a character past U+FFFF, which XML allows
                        i = appendWide(text, i);
                    } // else half a pair, U+FFFE or U+FFFF: left out
                } else {
                    String entity = switch (c) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> "&quot;";
                        case '\'' -> "&#39;";
                        case '\r' -> "&#13;";
                        case '\t' -> "&#9;";
                        case '\n' -> "&#10;";
                        default -> null; // a control character XML does not allow: dropped
                    };
                    if (entity != null) {
                        appendAscii(entity, 0, false, false);
                    }
                }
                i = appendAscii(text, i + 1, true, attribute);
            }
            return this;
        }

        /**
         * Appends the run of ASCII characters of {@code text} from {@code from} (when {@code escaping}, of printable
         * ones that need no escape, and tabs and line breaks in element content), and returns where the run ends.
         */
        private int appendAscii(String text, int from, boolean escaping, boolean attribute) {
            int n = text.length();
            room(n - from);
            // locals, not fields, in the loop: the launcher's compiler (C1) reads a field again at every use
            byte[] b = bytes;
            int s = size;
            int i = from;
            boolean content = escaping && !attribute;
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c >= 0x80 || escaping && (c < 0x20 && !(content && (c == '\n' || c == '\t'))
                        || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'')) {
                    break;
                }
                b[s++] = (byte) c;
            }
            size = s;
            return i;
        }

        /** Appends {@code count} spaces: an element's indentation, in one step rather than two spaces at a time. */
        Utf8 appendSpaces(int count) {
            room(count);
            byte[] b = bytes;
            int s = size;
            for (int i = 0; i < count; i++) {
                b[s++] = ' ';
            }
            size = s;
            return this;
        }

        /** Appends {@code value} as {@link #number(double)} writes it, without making a string of it. */
        Utf8 appendNumber(double value) {
            long hundredths = hundredths(value);
            if (hundredths < -Integer.MAX_VALUE || hundredths > Integer.MAX_VALUE) {
                return append(number(value)); // beyond any map's coordinates: as number(double) writes it
            }
            room(24);
            byte[] b = bytes;
            int s = size;
            if (hundredths < 0) {
                b[s++] = '-';
                hundredths = -hundredths;
            }
            // int, not long, arithmetic: the launcher's compiler (C1) calls the VM for every long division
            int whole = (int) hundredths / 100;
            int digits = 1;
            for (int rest = whole / 10; rest > 0; rest /= 10) {
                digits++;
            }
            for (int at = s + digits - 1; at >= s; at--) {
                b[at] = (byte) ('0' + whole % 10);
                whole /= 10;
            }
            s += digits;
            int fraction = (int) hundredths % 100;
            if (fraction != 0) {
                b[s++] = '.';
                b[s++] = (byte) ('0' + fraction / 10);
                if (fraction % 10 != 0) {
                    b[s++] = (byte) ('0' + fraction % 10);
                }
            }
            size = s;
            return this;
        }

        /** Writes the character at {@code i} (past ASCII) and returns the index of the last one it used. */
        private int appendWide(String text, int i) {
            room(text.length() - i + 3);
            char c = text.charAt(i);
            if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
                return i + 1;
            } else {
                bytes[size++] = '?';
            }
            return i;
        }

        /** Appends the bytes {@code other} holds. */
        void append(Utf8 other) {
            for (int i = 0; i < other.fullCount; i++) {
                append(other.full[i], other.fullSizes[i]);
            }
            append(other.bytes, other.size);
        }

        private void append(byte[] from, int length) {
            room(length);
            System.arraycopy(from, 0, bytes, size, length);
            size += length;
        }

        /** Makes room for at least {@code more} bytes after what is held, in the chunk being written. */
        private void room(int more) {
            if (size + more <= bytes.length) {
                return;
            }
            if (size > 0) {
                if (fullCount == full.length) {
                    full = Arrays.copyOf(full, Math.max(8, 2 * fullCount));
                    fullSizes = Arrays.copyOf(fullSizes, full.length);
                }
                full[fullCount] = bytes;
                fullSizes[fullCount++] = size;
                fullBytes += size;
                size = 0;
            }
            bytes = new byte[Math.max(CHUNK, more)];
        }

        /** Writes what is held to {@code sink} and empties this, keeping the chunk being written for what comes next. */
        void writeTo(OutputStream sink) throws IOException {
            for (int i = 0; i < fullCount; i++) {
                sink.write(full[i], 0, fullSizes[i]);
                full[i] = null;
            }
            fullCount = 0;
            fullBytes = 0;
            sink.write(bytes, 0, size);
            size = 0;
        }

        @Override
        public String toString() {
            ByteArrayOutputStream all = new ByteArrayOutputStream(size());
            for (int i = 0; i < fullCount; i++) {
                all.write(full[i], 0, fullSizes[i]);
            }
            all.write(bytes, 0, size);
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}
