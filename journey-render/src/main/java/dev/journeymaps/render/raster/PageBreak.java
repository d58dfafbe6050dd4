package dev.journeymaps.render.raster;

import dev.journeymaps.render.svg.PageDocuments;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.apache.batik.gvt.AbstractGraphicsNode;
import org.apache.batik.gvt.CanvasGraphicsNode;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.fop.svg.PDFDocumentGraphics2D;

/**
 * Stands in Batik's drawing tree for the canvas of the first page of a paged map (see {@link PageDocuments}) and
 * paints it, then every following page, each drawn from its own document when its turn comes and let go once painted,
 * starting a new PDF page in between: so FOP's one-page transcoder writes one PDF page per page of the map while the
 * document and drawing of one page only are held (before, one document of all pages, painted whole once per page with
 * all but one page hidden). Pages are changed only between two whole paintings of a canvas, where FOP's graphics
 * state is back where it started; every page's canvas has the first one's size, so the same transform to the page.
 */
final class PageBreak extends AbstractGraphicsNode {

    private final CanvasGraphicsNode first;
    private final PageDocuments pages;
    private final SafePdfTranscoder drawer;

    private PageBreak(CanvasGraphicsNode first, PageDocuments pages, SafePdfTranscoder drawer) {
        this.first = first;
        this.pages = pages;
        this.drawer = drawer;
    }

    /** Puts a painter of {@code canvas} (the first page's) and of the pages after it in its place under {@code root}. */
    static void paginate(CompositeGraphicsNode root, CanvasGraphicsNode canvas, PageDocuments pages,
            SafePdfTranscoder drawer) {
        int index = root.indexOf(canvas);
        if (index >= 0) {
            root.set(index, new PageBreak(canvas, pages, drawer));
        }
    }

    @Override
    public void primitivePaint(Graphics2D g) {
        first.paint(g);
        for (int i = 1; i < pages.count(); i++) {
            if (g instanceof PDFDocumentGraphics2D pdf) {
                pdf.nextPage();
            }
            try (SafePdfTranscoder.Page page = drawer.page(pages.document(i))) {
                page.canvas().paint(g);
            }
        }
    }

    @Override
    public Rectangle2D getPrimitiveBounds() {
        return first.getPrimitiveBounds();
    }

    @Override
    public Rectangle2D getGeometryBounds() {
        return first.getGeometryBounds();
    }

    @Override
    public Rectangle2D getSensitiveBounds() {
        return first.getSensitiveBounds();
    }

    @Override
    public Shape getOutline() {
        return first.getOutline();
    }
}
