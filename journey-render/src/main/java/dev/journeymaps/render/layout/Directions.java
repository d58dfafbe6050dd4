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
        int known = knownStrong(text);
        if (known != UNDECIDED) {
            return known == NONE && fallbackRightToLeft;
        }
        int flags = fallbackRightToLeft ? Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
        return !new Bidi(text, flags).baseIsLeftToRight();
    }

    private static boolean hasStrong(String text) {
        int known = knownStrong(text);
        if (known != UNDECIDED) {
            return known == LEFT_TO_RIGHT;
        }
        // With opposite defaults, the base direction differs only when no strong character decides it.
        return new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()
                == new Bidi(text, Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT).baseIsLeftToRight();
    }

    private static final int LEFT_TO_RIGHT = 1;
    private static final int NONE = 0;
    private static final int UNDECIDED = -1;

    /**
     * What the characters' own bidi classes decide, without the bidi algorithm (two {@link Bidi} objects a line cost a
     * map of 10,000 touchpoints a sixteenth of its layout): a left-to-right letter before any character that could
     * change the answer is the first strong character; text of only weak and neutral characters (digits, punctuation,
     * spaces, marks, symbols, emoji) has none. Anything else (a right-to-left letter, an Arabic digit, an embedding, an
     * isolate, a paragraph break past ASCII, an unassigned code point) leaves it to the algorithm from there on.
     */
    private static int knownStrong(String text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    return LEFT_TO_RIGHT;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return LEFT_TO_RIGHT;
                case Character.DIRECTIONALITY_EUROPEAN_NUMBER, Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR,
                        Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR,
                        Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR, Character.DIRECTIONALITY_NONSPACING_MARK,
                        Character.DIRECTIONALITY_BOUNDARY_NEUTRAL, Character.DIRECTIONALITY_WHITESPACE,
                        Character.DIRECTIONALITY_OTHER_NEUTRALS, Character.DIRECTIONALITY_SEGMENT_SEPARATOR:
                    break;
                default:
                    return UNDECIDED;
            }
            i += Character.charCount(cp);
        }
        return NONE;
    }
}
