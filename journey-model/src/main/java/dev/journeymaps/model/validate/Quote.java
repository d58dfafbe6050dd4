package dev.journeymaps.model.validate;

import java.util.Locale;

/**
 * A value written into a message, in quotes and cut to {@value #MAX_SHOWN} characters: a message is one line a
 * person reads, and a 90,000-character id or a 20 MB value echoed whole would bury it (or the terminal). A cut value
 * says how long it really is.
 */
public final class Quote {

    /** The most characters (code points) of a value a message shows. */
    public static final int MAX_SHOWN = 80;

    private Quote() {}

    /** {@code value}, or its first 79 characters and {@code …} when it is longer: for lists of values. */
    public static String cut(String value) {
        int length = value.codePointCount(0, value.length());
        return length <= MAX_SHOWN ? value : value.substring(0, value.offsetByCodePoints(0, MAX_SHOWN - 1)) + "…";
    }

    /** {@code 'value'}, or {@code 'the first 79 characters…' (90,000 characters)} when it is longer. */
    public static String of(String value) {
        int length = value.codePointCount(0, value.length());
        if (length <= MAX_SHOWN) {
            return "'" + value + "'";
        }
        return "'" + cut(value) + "' ("
                + String.format(Locale.ROOT, "%,d", length) + " characters)";
    }
}
