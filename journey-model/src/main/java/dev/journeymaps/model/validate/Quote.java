package dev.journeymaps.model.validate;

import dev.journeymaps.model.CleanText;
import java.util.Locale;

/**
 * A value written into a message, in quotes and cut to {@value #MAX_SHOWN} characters: a message is one line a
 * person reads, and a 90,000-character id or a 20 MB value echoed whole would bury it (or the terminal). A cut value
 * says how long it really is. Control characters are shown as escapes and line breaks as {@code \n}, so a value
 * cannot move the cursor, clear a terminal or break the message's line. Every model message quotes through here;
 * survey cells too (one unclosed quote can swallow the rest of a file into one cell).
 */
public final class Quote {

    /** The most characters (code points) of a value a message shows. */
    public static final int MAX_SHOWN = 80;

    private Quote() {}

    /** {@code value}, or its first 79 characters and {@code …} when it is longer: for lists of values. */
    public static String cut(String value) {
        int length = value.codePointCount(0, value.length());
        return length <= MAX_SHOWN ? oneLine(value)
                : oneLine(value.substring(0, value.offsetByCodePoints(0, MAX_SHOWN - 1))) + "…";
    }

    private static String oneLine(String value) {
        return CleanText.shown(value).replace("\n", "\\n").replace("\t", "\\t");
    }

    /** {@code 'value'}, or {@code 'the first 79 characters…' (90,000 characters)} when it is longer. */
    public static String of(String value) {
        int length = value.codePointCount(0, value.length());
        if (length <= MAX_SHOWN) {
            return "'" + oneLine(value) + "'";
        }
        return "'" + cut(value) + "' ("
                + String.format(Locale.ROOT, "%,d", length) + " characters)";
    }
}
