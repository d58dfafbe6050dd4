package dev.journeymaps.render.layout;

import dev.journeymaps.render.layout.Scene.TextLine;
import java.text.Bidi;
import java.util.List;

/** The base direction of text, by the Unicode bidi algorithm's rule (the first strong character) as the JDK has it. */
final class Directions {

    private Directions() {}

    /**
     * Whether a paragraph written as {@code lines} runs right to left: its first strong character is right to left,
     * or it has none and {@code fallbackRightToLeft}.
     */
    static boolean isRightToLeft(List<TextLine> lines, boolean fallbackRightToLeft) {
        for (TextLine line : lines) {
            if (hasStrong(line.text())) {
                return isRightToLeft(line.text(), fallbackRightToLeft);
            }
        }
        return fallbackRightToLeft;
    }

    /** Whether {@code text} runs right to left, by its first strong character, else {@code fallbackRightToLeft}. */
    static boolean isRightToLeft(String text, boolean fallbackRightToLeft) {
        int ascii = asciiStrong(text);
        if (ascii != UNDECIDED) {
            return ascii == NONE && fallbackRightToLeft;
        }
        int flags = fallbackRightToLeft ? Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
        return !new Bidi(text, flags).baseIsLeftToRight();
    }

    private static boolean hasStrong(String text) {
        int ascii = asciiStrong(text);
        if (ascii != UNDECIDED) {
            return ascii == LEFT_TO_RIGHT;
        }
        // With opposite defaults, the base direction differs only when no strong character decides it.
        return new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()
                == new Bidi(text, Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT).baseIsLeftToRight();
    }

    private static final int LEFT_TO_RIGHT = 1;
    private static final int NONE = 0;
    private static final int UNDECIDED = -1;

    /**
     * What ASCII alone decides, without the bidi algorithm (two {@link Bidi} objects a line cost a map of 10,000
     * touchpoints a sixteenth of its layout): a Latin letter before any other letter is the first strong character
     * and left to right; text of ASCII without letters has no strong character (digits, punctuation and spaces are
     * weak or neutral); anything else, from the first character past ASCII on, is the algorithm's to decide.
     */
    private static int asciiStrong(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return UNDECIDED;
            }
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return LEFT_TO_RIGHT;
            }
        }
        return NONE;
    }
}
