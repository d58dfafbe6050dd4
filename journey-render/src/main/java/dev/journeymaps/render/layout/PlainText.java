package dev.journeymaps.render.layout;

import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import java.util.Set;

/**
 * Which lines a text drawer that neither shapes, reorders (bidi) nor falls back to another font draws exactly as the
 * layout measured them: FOP's PDF text is such a drawer. A line is plain when its block runs left to right and every
 * character is a letter, digit, space, punctuation mark or symbol of a simple script (Latin, Greek, Cyrillic,
 * Armenian, Georgian or common to all) that the layout sets in DejaVu Sans (bold for bold text), one glyph per
 * character: no combining mark, joiner, variation selector, right-to-left or supplementary character, no emoji by
 * default (☕, which the layout sets in colour in Twemoji), and no space that SVG would collapse. Everything else
 * (Persian, Hebrew, Sundanese, emoji, decomposed accents...) is left to {@link TextOutlines}.
 */
public final class PlainText {

    private static final Set<Character.UnicodeScript> SIMPLE_SCRIPTS = Set.of(Character.UnicodeScript.COMMON,
            Character.UnicodeScript.LATIN, Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC,
            Character.UnicodeScript.ARMENIAN, Character.UnicodeScript.GEORGIAN);

    private PlainText() {}

    /** Whether {@code line} of {@code block} is plain, so it may be written as text rather than as outlines. */
    public static boolean isPlain(TextBlock block, TextLine line) {
        String text = line.text();
        if (block.rightToLeft() || text.isEmpty() || text.startsWith(" ") || text.endsWith(" ")
                || text.contains("  ")) {
            return false; // SVG drops leading and trailing spaces and collapses runs: the width would change
        }
        return text.codePoints().allMatch(cp -> isPlain(cp, block.bold()));
    }

    /** The width the layout measured {@code line} of {@code block} at. */
    public static double width(TextBlock block, TextLine line) {
        return Fonts.width(line.text(), block.size(), block.bold());
    }

    /** The left edge of {@code line} of {@code block}, a left-to-right line: its x moved by its anchor. */
    public static double left(TextBlock block, TextLine line) {
        return block.anchor().left(line.x(), width(block, line));
    }

    /**
     * The length from the left edge of plain {@code line} to the right edge of its last glyph's ink: what Batik takes
     * SVG's {@code textLength} to be (SVG means the advance, which ends after the last glyph's right side bearing).
     * Given this, Batik fits a line to the layout's width exactly whatever its font's widths are rounded to (FOP keeps
     * them in thousandths of an em and drifts by a few units along a long line).
     */
    public static double inkLength(TextBlock block, TextLine line) {
        String text = line.text();
        int last = text.codePointBefore(text.length());
        return width(block, line) - Fonts.rightSideBearing(last, block.size(), block.bold());
    }

    private static boolean isPlain(int cp, boolean bold) {
        return Character.isBmpCodePoint(cp)
                && !EmojiPresentation.isDefault(cp) // the layout sets it in Twemoji, in colour
                && SIMPLE_SCRIPTS.contains(Character.UnicodeScript.of(cp))
                && isOneGlyph(Character.getType(cp))
                && isLeftToRightOrNeutral(Character.getDirectionality(cp))
                && Fonts.inFirstFont(cp, bold);
    }

    private static boolean isOneGlyph(int type) {
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK && type != Character.FORMAT && type != Character.CONTROL
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.PRIVATE_USE && type != Character.SURROGATE && type != Character.UNASSIGNED;
    }

    private static boolean isLeftToRightOrNeutral(byte direction) {
        return direction != Character.DIRECTIONALITY_RIGHT_TO_LEFT
                && direction != Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                && direction != Character.DIRECTIONALITY_ARABIC_NUMBER
                && direction != Character.DIRECTIONALITY_UNDEFINED;
    }
}
