package dev.journeymaps.model;

/**
 * The one place that decides which characters of a journey's text may reach a terminal or a plain-text file: control
 * characters (C0 and C1, but tab and newline) and the bidi embeddings, overrides and isolates (U+202A..U+202E,
 * U+2066..U+2069), which can clear a screen, set a window title, hide a link or make text read backwards.
 *
 * <p>Messages and tables {@linkplain #shown show} them escaped ({@code \u001B}), so a reader sees that they are
 * there; CSV, Markdown and Mermaid outputs {@linkplain #stripped drop} them; text echoed in a message is
 * {@linkplain #echoed cut} to {@value #ECHO_LENGTH} characters with its length, so a 20 MB value is not 20 MB of
 * stderr.
 */
public final class CleanText {

    /** The most characters of a value that a message quotes. */
    public static final int ECHO_LENGTH = 80;

    private CleanText() {}

    /** Whether {@code c} is a control character or bidi control that no plain output may carry as it is. */
    public static boolean isUnsafe(int c) {
        return (c < 0x20 && c != '\t' && c != '\n')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * Whether {@code text} holds an unsafe character. Each is one {@code char} (none is a surrogate), so a loop over
     * the chars tells: a stream of code points cost about a microsecond a value under the launcher's compiler (C1),
     * and every value quoted in every message is looked at here.
     */
    private static boolean hasUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with every unsafe character written as a Java escape ({@code \u001B}); the rest as it is. */
    public static String shown(String text) {
        if (!hasUnsafe(text)) {
            return text; // the common case costs one scan and no copy
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (isUnsafe(c)) {
                s.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.toString();
    }

    /** {@code text} without its unsafe characters. */
    public static String stripped(String text) {
        if (!hasUnsafe(text)) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isUnsafe(c)).forEach(s::appendCodePoint);
        return s.toString();
    }

    /**
     * {@code text} as a message quotes it: {@linkplain #shown shown}, on one line (line breaks as {@code \n}), and
     * when longer than {@value #ECHO_LENGTH} characters cut there, with an ellipsis and its length:
     * {@code abc… (90000 characters)}; {@code validate.Quote} quotes values the same way inside a message.
     */
    public static String echoed(String text) {
        int length = text.codePointCount(0, text.length());
        String head = length <= ECHO_LENGTH ? text : text.substring(0, text.offsetByCodePoints(0, ECHO_LENGTH));
        String one = shown(head).replace("\n", "\\n").replace("\t", "\\t");
        return length <= ECHO_LENGTH ? one : one + "… (" + length + " characters)";
    }

    /** A line of a message, {@linkplain #shown shown}, cut with its length past {@code max} characters. */
    public static String line(String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length <= max) {
            return shown(text).replace("\n", "\\n");
        }
        return shown(text.substring(0, text.offsetByCodePoints(0, max - 1))).replace("\n", "\\n") + "… ("
                + length + " characters)";
    }
}
