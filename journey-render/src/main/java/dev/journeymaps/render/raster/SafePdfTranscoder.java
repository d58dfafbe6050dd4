package dev.journeymaps.render.raster;

import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.gvt.CanvasGraphicsNode;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
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

    private final boolean paged;

    /** A transcoder of a one-page map. */
    SafePdfTranscoder() {
        this(false);
    }

    /**
     * A transcoder; {@code paged}: whether the document's top-level groups are pages, each drawn at the origin (see
     * {@code SvgRenderer.renderPages}), to be written one PDF page each.
     */
    SafePdfTranscoder(boolean paged) {
        this.paged = paged;
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
        FontInfo fonts = PdfFonts.create();
        graphics.setFontInfo(fonts);
        ((FOPTranscoderUserAgent) userAgent).setFontFamilyResolver(new FOPFontFamilyResolverImpl(fonts));
        return super.createBridgeContext(version);
    }

    /**
     * Called once the drawing tree is built and before it is painted: the moment to put a page break between the
     * pages of a paged map.
     */
    @Override
    protected CanvasGraphicsNode getCanvasGraphicsNode(GraphicsNode root) {
        CanvasGraphicsNode canvas = super.getCanvasGraphicsNode(root);
        if (paged && canvas != null && root instanceof CompositeGraphicsNode parent) {
            PageBreak.paginate(parent, canvas);
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
