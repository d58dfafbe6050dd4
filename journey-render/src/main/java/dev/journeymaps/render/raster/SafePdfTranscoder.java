package dev.journeymaps.render.raster;

import dev.journeymaps.render.svg.PageDocuments;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.anim.dom.SVGOMDocument;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.gvt.CanvasGraphicsNode;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.svg.PDFTranscoder;
import org.apache.fop.svg.font.FOPFontFamilyResolverImpl;

/**
 * FOP's PDF transcoder with {@link Safety}'s rules, writing {@code <text>} as PDF text in the bundled DejaVu Sans
 * ({@link PdfFonts}), embedded. It is meant for SVG whose text FOP can draw (plain lines: see
 * {@code dev.journeymaps.render.layout.PlainText}), every other line given as outlines: FOP shapes no script, runs no
 * bidi and has no per-character font fallback, so it would print Persian letters unjoined and in the wrong order and
 * {@code #} for a character DejaVu Sans lacks (see DEPENDENCIES.md).
 */
final class SafePdfTranscoder extends PDFTranscoder {

    private final PageDocuments pages;
    private FontInfo fonts;

    /** A transcoder of a one-page map. */
    SafePdfTranscoder() {
        this(null);
    }

    /**
     * A transcoder of the first of {@code pages} (its document is the one transcoded), which writes every page after
     * it too, one PDF page each, drawing each from its own document in turn; with {@code null}, of a one-page map.
     */
    SafePdfTranscoder(PageDocuments pages) {
        this.pages = pages;
        Safety.harden(this);
        // No font configuration and no auto-detection: PDFTranscoder sets up the base 14 fonts only, and no system
        // font is scanned. Ours replace them below.
        addTranscodingHint(KEY_AUTO_FONTS, Boolean.FALSE);
    }

    /**
     * Called by {@code transcode} after it has made the PDF graphics and before any text is laid out: the moment to
     * give the graphics and the font resolver the bundled fonts.
     */
    @Override
    public BridgeContext createBridgeContext(String version) {
        // Once per PDF: every page's text is set in the same fonts, embedded once.
        if (fonts == null) {
            fonts = PdfFonts.create();
            graphics.setFontInfo(fonts);
            ((FOPTranscoderUserAgent) userAgent).setFontFamilyResolver(new FOPFontFamilyResolverImpl(fonts));
        }
        return super.createBridgeContext(version);
    }

    /**
     * The drawing of the page whose document is {@code svg}, built as the first page's was, for the PDF this
     * transcoder writes; close it once painted.
     */
    Page page(String svg) {
        try {
            SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
            SVGOMDocument document = (SVGOMDocument) factory.createDocument(null, new StringReader(svg));
            BridgeContext context = createBridgeContext(document);
            GraphicsNode root = new GVTBuilder().build(context, document);
            return new Page(super.getCanvasGraphicsNode(root), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's drawing and what it was built with, let go on closing. */
    record Page(CanvasGraphicsNode canvas, BridgeContext context) implements AutoCloseable {
        @Override
        public void close() {
            context.dispose();
        }
    }

    /**
     * Called once the drawing tree is built and before it is painted: the moment to put the pages after the first
     * behind it.
     */
    @Override
    protected CanvasGraphicsNode getCanvasGraphicsNode(GraphicsNode root) {
        CanvasGraphicsNode canvas = super.getCanvasGraphicsNode(root);
        if (pages != null && pages.count() > 1 && canvas != null && root instanceof CompositeGraphicsNode parent) {
            PageBreak.paginate(parent, canvas, pages, this);
        }
        return canvas;
    }

    @Override
    protected FOPTranscoderUserAgent createUserAgent() {
        return new SafeUserAgent();
    }

    private final class SafeUserAgent extends FOPTranscoderUserAgent {
        @Override
        public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL scriptUrl, ParsedURL documentUrl) {
            return Safety.scripts(scriptType);
        }

        @Override
        public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceUrl, ParsedURL documentUrl) {
            return Safety.resources(resourceUrl);
        }
    }
}
