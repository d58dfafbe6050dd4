package dev.journeymaps.render.layout;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.Objects;

/**
 * A filled outline (the glyphs of a line of text, or one colour layer of them) in scene units, read segment by
 * segment. The JDK's shape stays inside: no {@code java.awt} type is part of the render API (see
 * {@code RenderApiTest}), so a writer of another format needs nothing from AWT.
 */
public final class Outline {

    /** Receives an outline's segments in order; coordinates are in scene units. */
    public interface Segments {
        /** Starts a new contour at (x, y). */
        void moveTo(double x, double y);

        /** A straight line to (x, y). */
        void lineTo(double x, double y);

        /** A quadratic curve through control point (cx, cy) to (x, y). */
        void quadTo(double cx, double cy, double x, double y);

        /** A cubic curve through control points (c1x, c1y) and (c2x, c2y) to (x, y). */
        void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y);

        /** Closes the current contour. */
        void close();
    }

    private final Shape shape;

    Outline(Shape shape) {
        this.shape = Objects.requireNonNull(shape, "shape");
    }

    /** Gives {@code segments} every segment of this outline, in order (filled with the non-zero winding rule). */
    public void forEachSegment(Segments segments) {
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> segments.moveTo(c[0], c[1]);
                case PathIterator.SEG_LINETO -> segments.lineTo(c[0], c[1]);
                case PathIterator.SEG_QUADTO -> segments.quadTo(c[0], c[1], c[2], c[3]);
                case PathIterator.SEG_CUBICTO -> segments.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                default -> segments.close();
            }
        }
    }
}
