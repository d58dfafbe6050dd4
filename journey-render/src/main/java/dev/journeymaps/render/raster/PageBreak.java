package dev.journeymaps.render.raster;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.batik.gvt.AbstractGraphicsNode;
import org.apache.batik.gvt.CanvasGraphicsNode;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.fop.svg.PDFDocumentGraphics2D;

/**
 * Stands in Batik's drawing tree for the canvas of a paged map (see {@code SvgRenderer.renderPages}) and paints it
 * once per page, with only that page's group opaque, starting a new PDF page in between: so FOP's one-page transcoder
 * writes one PDF page per group. Pages are changed only between two whole paintings of the canvas, where FOP's
 * graphics state is back where it started.
 */
final class PageBreak extends AbstractGraphicsNode {

    private final CanvasGraphicsNode canvas;
    private static final Composite HIDDEN = AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0);

    private final List<GraphicsNode> pages;
    private final List<Composite> composites = new ArrayList<>();

    private PageBreak(CanvasGraphicsNode canvas) {
        this.canvas = canvas;
        @SuppressWarnings("unchecked")
        List<GraphicsNode> children = new ArrayList<>(canvas.getChildren());
        this.pages = children;
        children.forEach(page -> composites.add(page.getComposite()));
    }

    /** Puts a painter of {@code canvas} page by page in its place under {@code root}. */
    static void paginate(CompositeGraphicsNode root, CanvasGraphicsNode canvas) {
        int index = root.indexOf(canvas);
        if (index >= 0) {
            root.set(index, new PageBreak(canvas));
        }
    }

    @Override
    public void primitivePaint(Graphics2D g) {
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0 && g instanceof PDFDocumentGraphics2D pdf) {
                pdf.nextPage();
            }
            for (int k = 0; k < pages.size(); k++) {
                // Batik paints no node whose composite is fully transparent (visibility it does not check here).
                pages.get(k).setComposite(k == i ? composites.get(k) : HIDDEN);
            }
            canvas.paint(g);
        }
    }

    @Override
    public Rectangle2D getPrimitiveBounds() {
        return canvas.getPrimitiveBounds();
    }

    @Override
    public Rectangle2D getGeometryBounds() {
        return canvas.getGeometryBounds();
    }

    @Override
    public Rectangle2D getSensitiveBounds() {
        return canvas.getSensitiveBounds();
    }

    @Override
    public Shape getOutline() {
        return canvas.getOutline();
    }
}
