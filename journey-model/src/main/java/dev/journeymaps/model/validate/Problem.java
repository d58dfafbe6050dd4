package dev.journeymaps.model.validate;

import dev.journeymaps.model.SourceLocation;
import java.util.Objects;

/**
 * Something wrong in a journey, as a value: how serious, a stable code, a one-line message, where, and how to fix it.
 *
 * <p>Codes are dotted and lower-case ({@code reference.unknown-touchpoint}); every code is listed in
 * {@code docs/validation.md} and never changes meaning once published.
 *
 * @param level error or warning
 * @param code the stable code
 * @param message one line that quotes the offender
 * @param location where it is
 * @param hint how to fix it; empty when there is nothing useful to add
 */
public record Problem(Level level, String code, String message, SourceLocation location, String hint)
        implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        if (!isCode(code)) {
            throw new IllegalArgumentException("problem codes are dotted lower-case words: " + code);
        }
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(hint, "hint");
    }

    /**
     * Whether {@code code} is dotted lower-case words ({@code [a-z0-9-]+(\.[a-z0-9-]+)+}), checked by a loop: every
     * problem is made twice (with its hint), and the pattern's matcher was most of making one under the
     * launcher's compiler (690 ns of it, 114 without), a journey of 10,000 touchpoints making 10,000 warnings.
     */
    private static boolean isCode(String code) {
        int dots = 0;
        int word = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '.' && word > 0) {
                dots++;
                word = 0;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
                word++;
            } else {
                return false;
            }
        }
        return dots > 0 && word > 0;
    }

    /** An error without a hint. */
    public static Problem error(String code, String message, SourceLocation location) {
        return new Problem(Level.ERROR, code, message, location, "");
    }

    /** A warning without a hint. */
    public static Problem warning(String code, String message, SourceLocation location) {
        return new Problem(Level.WARNING, code, message, location, "");
    }

    /** This problem with {@code hint}. */
    public Problem withHint(String hint) {
        return new Problem(level, code, message, location, hint);
    }

    /** Whether this problem is an error. */
    public boolean isError() {
        return level == Level.ERROR;
    }

    /** Problems sort by location, then errors before warnings, then by code. */
    @Override
    public int compareTo(Problem other) {
        int byLocation = location.compareTo(other.location);
        if (byLocation != 0) {
            return byLocation;
        }
        int byLevel = level.compareTo(other.level);
        return byLevel != 0 ? byLevel : code.compareTo(other.code);
    }

    /** {@code file:line:col: error[code]: message}, the form compilers use. */
    @Override
    public String toString() {
        return location + ": " + level.label() + "[" + code + "]: " + message;
    }
}
