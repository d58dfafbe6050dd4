package dev.journeymaps.model;

/** The rule every id follows: ASCII, a letter or digit first, then letters, digits, '-' or '_', 64 characters at most. */
public final class Ids {

    /** The longest id allowed. */
    public static final int MAX_LENGTH = 64;

    private Ids() {}

    /**
     * Whether {@code id} follows the id rule ({@code [A-Za-z0-9][A-Za-z0-9_-]{0,63}}). A loop, not a pattern: every
     * id of a journey is checked, and a matcher's nodes are virtual calls the launcher's compiler (C1) cannot inline.
     */
    public static boolean isValid(String id) {
        if (id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean alphanumeric = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alphanumeric && (i == 0 || c != '_' && c != '-')) {
                return false;
            }
        }
        return true;
    }
}
