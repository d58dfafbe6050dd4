package dev.journeymaps.render.svg;

import dev.journeymaps.render.layout.Scene;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.CurveTo;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.Icon;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.PathOp;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import dev.journeymaps.render.theme.Theme;
import java.util.List;

/**
 * A map laid out once and written as SVG a horizontal strip at a time, for a rasteriser that draws a picture in bands
 * (see {@link SvgRenderer#strips}): each strip's document is the whole map's canvas holding only the nodes that reach
 * into the strip, so that drawing a band of it draws what the whole document would there. The outlines of a large
 * map's text are many times the size of its scene, and the drawing library's tree of them many times more: only one
 * strip's are held at a time.
 */
public final class MapStrips {

    /** How far beyond its coordinates a node may draw: strokes, text above its baseline and below, rounding. */
    private static final double REACH = 24;

    private final Scene scene;
    private final Theme theme;
    private final TextMode mode;

    MapStrips(Scene scene, Theme theme, TextMode mode) {
        this.scene = scene;
        this.theme = theme;
        this.mode = mode;
    }

    /** The canvas width, in map units. */
    public double width() {
        return scene.width();
    }

    /** The canvas height, in map units. */
    public double height() {
        return scene.height();
    }

    /**
     * The SVG document of the whole canvas holding, in drawing order, the nodes that may draw between {@code top} and
     * {@code bottom} (map units): what the whole map's document draws in that strip.
     */
    public String document(double top, double bottom) {
        List<Node> kept = scene.nodes().stream().filter(n -> reaches(n, top - REACH, bottom + REACH)).toList();
        return SvgWriter.write(new Scene(scene.width(), scene.height(), scene.title(), scene.description(),
                scene.lang(), kept), theme, mode);
    }

    /** Whether {@code node}'s coordinates come between {@code top} and {@code bottom}. */
    private static boolean reaches(Node node, double top, double bottom) {
        if (node instanceof Group g) {
            return g.children().stream().anyMatch(c -> reaches(c, top, bottom));
        }
        double[] span = span(node);
        return span[0] <= bottom && span[1] >= top;
    }

    /** The lowest and highest y of {@code node}'s coordinates (a text block's by its font size). */
    private static double[] span(Node node) {
        if (node instanceof Box b) {
            return new double[] {b.y(), b.y() + b.height()};
        } else if (node instanceof TextBlock t) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (TextLine line : t.lines()) {
                min = Math.min(min, line.y() - 2 * t.size());
                max = Math.max(max, line.y() + t.size());
            }
            return new double[] {min, max};
        } else if (node instanceof Path p) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (PathOp op : p.ops()) {
                for (double y : ys(op)) {
                    min = Math.min(min, y);
                    max = Math.max(max, y);
                }
            }
            return new double[] {min, max};
        } else if (node instanceof Marker m) {
            return new double[] {m.y() - m.size(), m.y() + m.size()};
        } else if (node instanceof Icon i) {
            return new double[] {i.y(), i.y() + i.size()};
        }
        return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
    }

    private static double[] ys(PathOp op) {
        if (op instanceof MoveTo m) {
            return new double[] {m.y()};
        } else if (op instanceof LineTo l) {
            return new double[] {l.y()};
        }
        CurveTo c = (CurveTo) op;
        return new double[] {c.y1(), c.y2(), c.y()};
    }
}
