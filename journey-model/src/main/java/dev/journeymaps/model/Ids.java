package dev.journeymaps.model;

import java.util.regex.Pattern;

/** The rule every id follows: ASCII, a letter or digit first, then letters, digits, '-' or '_', 64 characters at most. */
public final class Ids {

    /** The longest id allowed. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private Ids() {}

    /** Whether {@code id} follows the id rule. */
    public static boolean isValid(String id) {
        return ID.matcher(id).matches();
    }
}
