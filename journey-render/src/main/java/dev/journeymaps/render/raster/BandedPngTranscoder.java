package dev.journeymaps.render.raster;

import dev.journeymaps.render.svg.MapStrips;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Vector;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.ext.awt.image.GraphicsUtil;
import org.apache.batik.ext.awt.image.codec.png.PNGEncodeParam;
import org.apache.batik.ext.awt.image.codec.png.PNGImageEncoder;
import org.apache.batik.ext.awt.image.rendered.AbstractTiledRed;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.gvt.renderer.ConcreteImageRendererFactory;
import org.apache.batik.gvt.renderer.ImageRenderer;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.util.ParsedURL;
import org.w3c.dom.Document;

/**
 * Batik's PNG transcoder drawn in bands, with {@link Safety}'s rules: the picture is never held whole, only one
 * horizontal band of it at a time, drawn when the encoder reaches its first row. Batik's own transcoder draws the
 * whole picture into one image, copies it into a second and encodes that, 8 bytes per pixel: 512 MB for the
 * 64-megapixel budget. {@link #write(MapStrips, int, int, OutputStream)} also builds each band's drawing tree from
 * the document of its own strip of the map, so that neither the whole document nor its tree is held either.
 *
 * <p>Each band is drawn by Batik's renderer (the map moved up by whole pixels) and composed as
 * {@code ImageTranscoder} composes the whole; the pixels are Batik's to the rounding of antialiasing (Java2D computes
 * coverage in floating point, so moving a drawing by whole pixels moves a few edge pixels by a few levels; see
 * docs/rendering.md). The bytes are written by the same PNG encoder with the same settings as {@code PNGTranscoder},
 * given an image whose rows are drawn on demand: that encoder asks for the image once, as one raster, then reads it
 * row by row from the top, which is why the raster here paints the band a row falls in when a row outside the
 * current band is read. A picture drawn in one band is the same bytes as Batik's.
 */
final class BandedPngTranscoder extends SVGAbstractTranscoder {

    /** About how many pixels a band holds: 8 MB of pixels, twice over while Batik draws it. */
    static final int BAND_PIXELS = 1 << 21;

    private final int bandPixels;
    private Tree built;

    /** A transcoder drawing bands of about {@link #BAND_PIXELS} pixels. */
    BandedPngTranscoder() {
        this(BAND_PIXELS);
    }

    /** A transcoder drawing bands of about {@code bandPixels} pixels (at least one of Batik's tiles high). */
    BandedPngTranscoder(int bandPixels) {
        this.bandPixels = bandPixels;
        Safety.harden(this);
    }

    @Override
    protected UserAgent createUserAgent() {
        return new SafeUserAgent();
    }

    /**
     * The rows a band of a picture {@code width} pixels wide holds: a whole number of Batik's tiles, so that no tile
     * is drawn twice, and about {@code bandPixels} pixels.
     */
    static int bandHeight(int width, int bandPixels) {
        int tile = AbstractTiledRed.getDefaultTileSize();
        return Math.max(1, bandPixels / Math.max(1, width) / tile) * tile;
    }

    /**
     * Writes the PNG of {@code strips} drawn {@code width} x {@code height} pixels to {@code out}, each band drawn from
     * the document of its own strip of the map: neither the whole document nor the drawing tree of it is ever held.
     */
    static void write(MapStrips strips, int width, int height, OutputStream out) throws IOException {
        double scale = Math.min(width / strips.width(), height / strips.height());
        Bands image = new Bands((first, rows) -> {
            BandedPngTranscoder builder = new BandedPngTranscoder();
            builder.addTranscodingHint(KEY_WIDTH, (float) width);
            builder.addTranscodingHint(KEY_HEIGHT, (float) height);
            String document = strips.document(first / scale, (first + rows) / scale);
            try {
                builder.transcode(new TranscoderInput(new StringReader(document)), new TranscoderOutput());
            } catch (TranscoderException e) {
                throw new IllegalStateException("cannot draw a band of the map", e);
            }
            return builder.built;
        }, width, height, bandHeight(width, BAND_PIXELS));
        encode(image, new BandedPngTranscoder().userAgent, out);
    }

    @Override
    protected void transcode(Document document, String uri, TranscoderOutput output) throws TranscoderException {
        // Sets up the drawing tree (root), the transform to pixels (curTxf) and the size (width, height).
        super.transcode(document, uri, output);
        built = new Tree(root, new AffineTransform(curTxf));
        root = null;
        // A static picture needs neither the document nor its bridge once its drawing tree is built.
        if (ctx != null) {
            ctx.dispose();
            ctx = null;
        }
        builder = null;
        OutputStream out = output.getOutputStream();
        if (out == null) {
            return; // only the tree was asked for
        }
        Tree tree = built;
        built = null;
        try {
            encode(new Bands((first, rows) -> tree, (int) (width + 0.5), (int) (height + 0.5),
                    bandHeight((int) (width + 0.5), bandPixels)), userAgent, out);
        } catch (IOException e) {
            throw new TranscoderException(e);
        }
    }

    /** Encodes {@code image} to {@code out} as PNGTranscoder would with its built-in encoder. */
    private static void encode(Bands image, UserAgent agent, OutputStream out) throws IOException {
        PNGEncodeParam params = PNGEncodeParam.getDefaultEncodeParam(image);
        // PNGTranscoder's settings for its built-in encoder: white background, sRGB, the user agent's resolution.
        if (params instanceof PNGEncodeParam.RGB rgb) {
            rgb.setBackgroundRGB(new int[] {255, 255, 255});
        }
        params.setSRGBIntent(PNGEncodeParam.INTENT_PERCEPTUAL);
        int perMetre = (int) ((1000 / agent.getPixelUnitToMillimeter()) + 0.5);
        params.setPhysicalDimension(perMetre, perMetre, 1);
        new PNGImageEncoder(out, params).encode(image);
        out.flush();
    }

    /** A drawing tree and its transform from user units to the picture's pixels. */
    private record Tree(GraphicsNode node, AffineTransform toPixels) {}

    /** Where a band's drawing comes from: a tree holding everything drawn in rows {@code first} to {@code first + rows}. */
    private interface Trees {
        Tree of(int first, int rows);
    }

    /**
     * The picture as an image whose pixels are drawn a band at a time, when they are read: its one raster reads
     * through {@link Rows}. Only the band last drawn is held.
     */
    private static final class Bands implements RenderedImage {

        private static final ColorModel ARGB = ColorModel.getRGBdefault();

        private final Trees trees;
        private final int width;
        private final int height;
        private final int bandHeight;
        private final SampleModel sampleModel;
        private final Raster raster;
        private BufferedImage band;
        private int[] pixels;
        private int top = -1;

        Bands(Trees trees, int width, int height, int bandHeight) {
            this.trees = trees;
            this.width = width;
            this.height = height;
            this.bandHeight = Math.min(height, bandHeight);
            this.sampleModel = ARGB.createCompatibleSampleModel(width, height);
            this.raster = new Raster(sampleModel, new Rows(this, (long) width * height), new Point(0, 0)) { };
        }

        /** The pixel at {@code index} (row by row from the top left), drawing its band first if need be. */
        int pixel(int index) {
            int row = index / width;
            if (top < 0 || row < top || row >= top + bandHeight) {
                draw(row / bandHeight * bandHeight);
            }
            return pixels[index - top * width];
        }

        /** Draws the band whose first row is {@code first} as ImageTranscoder draws the whole picture. */
        private void draw(int first) {
            if (band == null) {
                band = new BufferedImage(width, bandHeight, BufferedImage.TYPE_INT_ARGB);
                pixels = ((DataBufferInt) band.getRaster().getDataBuffer()).getData();
            }
            top = -1;
            Arrays.fill(pixels, 0);
            int rows = Math.min(bandHeight, height - first);
            Tree tree = trees.of(first, rows);
            ImageRenderer renderer = new ConcreteImageRendererFactory().createStaticImageRenderer();
            renderer.updateOffScreen(width, rows);
            AffineTransform moved = AffineTransform.getTranslateInstance(0, -first);
            moved.concatenate(tree.toPixels());
            renderer.setTransform(moved);
            renderer.setTree(tree.node());
            try {
                renderer.repaint(moved.createInverse().createTransformedShape(new Rectangle2D.Float(0, 0, width,
                        rows)));
            } catch (NoninvertibleTransformException e) {
                throw new IllegalStateException("the map's transform to pixels cannot be inverted", e);
            }
            BufferedImage drawn = renderer.getOffScreen();
            if (drawn != null) { // null when the document draws nothing
                Graphics2D g = GraphicsUtil.createGraphics(band);
                g.setComposite(AlphaComposite.SrcOver);
                g.drawRenderedImage(drawn, new AffineTransform());
                g.dispose();
            }
            renderer.dispose();
            top = first;
        }

        @Override
        public Vector<RenderedImage> getSources() {
            return null;
        }

        @Override
        public Object getProperty(String name) {
            return java.awt.Image.UndefinedProperty;
        }

        @Override
        public String[] getPropertyNames() {
            return null;
        }

        @Override
        public ColorModel getColorModel() {
            return ARGB;
        }

        @Override
        public SampleModel getSampleModel() {
            return sampleModel;
        }

        @Override
        public int getWidth() {
            return width;
        }

        @Override
        public int getHeight() {
            return height;
        }

        @Override
        public int getMinX() {
            return 0;
        }

        @Override
        public int getMinY() {
            return 0;
        }

        @Override
        public int getNumXTiles() {
            return 1;
        }

        @Override
        public int getNumYTiles() {
            return 1;
        }

        @Override
        public int getMinTileX() {
            return 0;
        }

        @Override
        public int getMinTileY() {
            return 0;
        }

        @Override
        public int getTileWidth() {
            return width;
        }

        @Override
        public int getTileHeight() {
            return height;
        }

        @Override
        public int getTileGridXOffset() {
            return 0;
        }

        @Override
        public int getTileGridYOffset() {
            return 0;
        }

        @Override
        public Raster getTile(int tileX, int tileY) {
            return raster;
        }

        @Override
        public Raster getData() {
            return raster;
        }

        @Override
        public Raster getData(Rectangle rect) {
            Rectangle area = rect.intersection(raster.getBounds());
            return raster.createChild(area.x, area.y, area.width, area.height, area.x, area.y, null);
        }

        @Override
        public WritableRaster copyData(WritableRaster target) {
            WritableRaster into = target != null ? target : raster.createCompatibleWritableRaster();
            Rectangle area = into.getBounds().intersection(raster.getBounds());
            int[] row = new int[area.width * 4];
            for (int y = area.y; y < area.y + area.height; y++) {
                into.setPixels(area.x, y, area.width, 1, raster.getPixels(area.x, y, area.width, 1, row));
            }
            return into;
        }
    }

    /** The picture's pixels as one read-only bank, {@code Bands} drawing each as it is read. */
    private static final class Rows extends DataBuffer {

        private final Bands bands;

        Rows(Bands bands, long size) {
            super(DataBuffer.TYPE_INT, Math.toIntExact(size));
            this.bands = bands;
        }

        @Override
        public int getElem(int bank, int i) {
            return bands.pixel(i);
        }

        @Override
        public void setElem(int bank, int i, int val) {
            throw new UnsupportedOperationException("the banded picture is read-only");
        }
    }

    private final class SafeUserAgent extends SVGAbstractTranscoderUserAgent {
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
