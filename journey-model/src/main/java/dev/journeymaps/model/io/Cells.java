package dev.journeymaps.model.io;

/**
 * Survey cells as problems echo them: a cell can be megabytes long (one unclosed quote swallows the rest of a file), so
 * an echo keeps the first {@value #MAX_ECHO} characters and says how long the whole cell was.
 */
final class Cells {

    /** The most characters of a cell a problem message repeats. */
    static final int MAX_ECHO = 80;

    private Cells() {}

    /** {@code text} in single quotes, cut to {@value #MAX_ECHO} characters with its length when longer. */
    static String quote(String text) {
        return "'" + cut(text) + "'" + (text.length() > MAX_ECHO ? " (" + text.length() + " characters)" : "");
    }

    /** The first {@value #MAX_ECHO} characters of {@code text}, with {@code …} when cut; never splits a pair. */
    static String cut(String text) {
        if (text.length() <= MAX_ECHO) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
        return text.substring(0, end) + "…";
    }
}
