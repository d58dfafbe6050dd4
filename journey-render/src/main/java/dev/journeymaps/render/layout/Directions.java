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
        if (text.isEmpty()) {
            return fallbackRightToLeft;
        }
        int flags = fallbackRightToLeft ? Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
        return !new Bidi(text, flags).baseIsLeftToRight();
    }

    private static boolean hasStrong(String text) {
        // With opposite defaults, the base direction differs only when no strong character decides it.
        return !text.isEmpty() && new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()
                == new Bidi(text, Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT).baseIsLeftToRight();
    }
}
