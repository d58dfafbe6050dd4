package dev.journeymaps.render.layout;

import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.text.AttributedString;

/**
 * The glyph outlines of a line of text, shaped, ordered (bidi) and set in the bundled fonts by the JDK exactly as the
 * layout measured it, placed where the scene puts the line. For converters whose own text drawing is wrong for some
 * scripts (Batik draws emoji sharing a UTF-16 unit alike and garbles Sundanese; FOP cannot shape Persian): given
 * outlines, they only fill shapes.
 */
public final class TextOutlines {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextOutlines() {}

    /** The outline of {@code line} of {@code block}, in scene units, filled with the non-zero winding rule. */
    public static Shape of(TextBlock block, TextLine line) {
        if (line.text().isEmpty()) {
            return new java.awt.geom.Path2D.Double();
        }
        AttributedString styled = Fonts.styled(line.text(), block.size(), block.bold());
        styled.addAttribute(TextAttribute.RUN_DIRECTION, block.rightToLeft()
                ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        TextLayout layout = new TextLayout(styled.getIterator(), CONTEXT);
        double advance = layout.getAdvance();
        double left = switch (block.anchor()) {
            case START -> line.x();
            case MIDDLE -> line.x() - advance / 2;
            case END -> line.x() - advance;
        };
        return layout.getOutline(AffineTransform.getTranslateInstance(left, line.y()));
    }
}
