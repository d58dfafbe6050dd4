package dev.journeymaps.render.layout;

import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The glyph outlines of a line of text, shaped, ordered (bidi) and set in the bundled fonts by the JDK exactly as the
 * layout measured it, placed where the scene puts the line. For converters whose own text drawing is wrong for some
 * scripts (Batik draws emoji sharing a UTF-16 unit alike and garbles Sundanese; FOP cannot shape Persian): given
 * outlines, they only fill shapes.
 *
 * <p>Emoji come out in colour: the emoji font is a COLR font, whose emoji glyphs are empty and stand for layers of
 * other glyphs, each in a colour of its own. The JDK shapes the emoji (sequences with a ZWJ, skin tones and flags
 * become one glyph where the font has one) but cannot draw the layers, so they are given here, one shape per layer.
 */
public final class TextOutlines {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    /**
     * A line's outlines: {@code ink}, filled with the text's colour, then the layers of its colour glyphs, each
     * filled in turn over what came before.
     */
    public record Outlines(Outline ink, List<ColourLayer> colours) {
        public Outlines {
            Objects.requireNonNull(ink, "ink");
            colours = List.copyOf(colours);
        }
    }

    /**
     * One layer of a colour glyph: {@code shape} filled with {@code argb} (alpha in the top byte), or with the text's
     * colour when {@code argb} is empty.
     */
    public record ColourLayer(Outline shape, OptionalInt argb) {
        public ColourLayer {
            Objects.requireNonNull(shape, "shape");
            Objects.requireNonNull(argb, "argb");
        }
    }

    private TextOutlines() {}

    /** The outlines of {@code line} of {@code block}, in scene units, filled with the non-zero winding rule. */
    public static Outlines of(TextBlock block, TextLine line) {
        String text = line.text();
        if (text.isEmpty()) {
            return new Outlines(new Outline(new Path2D.Double()), List.of());
        }
        AttributedString styled = Fonts.styled(text, block.size(), block.bold());
        styled.addAttribute(TextAttribute.RUN_DIRECTION, block.rightToLeft()
                ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        TextLayout layout = new TextLayout(styled.getIterator(), CONTEXT);
        double left = block.anchor().left(line.x(), layout.getAdvance());
        Shape ink = layout.getOutline(AffineTransform.getTranslateInstance(left, line.y()));
        List<ColourLayer> colours = new ArrayList<>();
        AttributedCharacterIterator runs = styled.getIterator();
        for (int start = 0; start < text.length(); ) {
            runs.setIndex(start);
            int limit = runs.getRunLimit(TextAttribute.FONT);
            Font font = (Font) runs.getAttribute(TextAttribute.FONT);
            if (Fonts.isEmoji(font)) {
                colourRun(text, start, limit, font, layout, left, line.y(), colours);
            }
            start = limit;
        }
        return new Outlines(new Outline(ink), colours);
    }

    /**
     * Adds the colour layers of the emoji run {@code text[start, limit)}, shaped as the layout shaped it and placed
     * where the layout put the run (one run of emoji has one bidi level, so it is one stretch of the line).
     */
    private static void colourRun(String text, int start, int limit, Font font, TextLayout layout, double left,
            double baseline, List<ColourLayer> colours) {
        boolean rightToLeft = (layout.getCharacterLevel(start) & 1) == 1;
        GlyphVector glyphs = font.layoutGlyphVector(CONTEXT, text.toCharArray(), start, limit,
                rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        double runLeft = left + layout.getLogicalHighlightShape(start, limit).getBounds2D().getX();
        for (int g = 0; g < glyphs.getNumGlyphs(); g++) {
            List<ColourGlyphs.Layer> layers = Fonts.emojiColours().layers(glyphs.getGlyphCode(g));
            if (layers.isEmpty()) {
                continue; // drawn in ink by the layout, like any glyph
            }
            Point2D at = glyphs.getGlyphPosition(g);
            float x = (float) (runLeft + at.getX());
            float y = (float) (baseline + at.getY());
            for (ColourGlyphs.Layer layer : layers) {
                Shape shape = font.createGlyphVector(CONTEXT, new int[] {layer.glyph()}).getGlyphOutline(0, x, y);
                colours.add(new ColourLayer(new Outline(shape),
                        layer.foreground() ? OptionalInt.empty() : OptionalInt.of(layer.argb())));
            }
        }
    }
}
