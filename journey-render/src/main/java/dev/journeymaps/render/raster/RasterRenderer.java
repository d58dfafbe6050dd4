package dev.journeymaps.render.raster;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderException;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.TooLargeException;
import dev.journeymaps.render.layout.JourneyLayout;
import dev.journeymaps.render.svg.MapStrips;
import dev.journeymaps.render.svg.PageDocuments;
import dev.journeymaps.render.svg.SvgRenderer;
import dev.journeymaps.render.svg.TextMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Renders a journey map as PNG or PDF: the SVG map of {@link SvgRenderer}, transcoded. A PNG is never cut off or
 * blank: it is drawn whole at the asked scale when that stays within the pixel budget, and at the largest scale that
 * does otherwise, with a warning saying so.
 *
 * <pre>{@code
 * RasterResult png = new RasterRenderer().renderPng(journey, RenderOptions.defaults(), 2, RasterRenderer.DEFAULT_MAX_PIXELS, out);
 * png.warning().ifPresent(System.err::println);
 * }</pre>
 */
public final class RasterRenderer {

    /** The default pixel budget of a PNG: 64 megapixels. */
    public static final long DEFAULT_MAX_PIXELS = 64_000_000L;

    private final SvgRenderer svg = new SvgRenderer();

    /** A renderer. */
    public RasterRenderer() {}

    /**
     * Writes the PNG map of {@code journey}, analysed alone, as
     * {@link #renderPng(AnalysedJourney, RenderOptions, double, long, OutputStream)} does.
     *
     * @throws IllegalArgumentException when {@code scale} or {@code maxPixels} is not positive
     * @throws TooLargeException when the picture cannot be drawn in the memory Java may use (checked before drawing:
     *     lower {@code maxPixels} or {@code scale}, or give Java more memory)
     * @throws dev.journeymaps.render.RenderException when drawing or writing fails
     */
    public RasterResult renderPng(Journey journey, RenderOptions options, double scale, long maxPixels,
            OutputStream out) {
        return renderPng(AnalysedJourney.of(journey), options, scale, maxPixels, out);
    }

    /**
     * Writes the PNG map of {@code analysed}'s journey, with the figures of its analysis, to {@code out} (left open)
     * at {@code scale} (1 = one pixel per SVG unit), lowered when needed to stay within {@code maxPixels}.
     *
     * @throws IllegalArgumentException when {@code scale} or {@code maxPixels} is not positive
     * @throws dev.journeymaps.render.RenderException when drawing or writing fails
     */
    public RasterResult renderPng(AnalysedJourney analysed, RenderOptions options, double scale, long maxPixels,
            OutputStream out) {
        Objects.requireNonNull(out, "out");
        if (!(scale > 0) || Double.isInfinite(scale) || maxPixels <= 0) {
            throw new IllegalArgumentException("scale and maxPixels must be positive, were " + scale + " and "
                    + maxPixels);
        }
        MapStrips strips = outOfMemoryIsTooLarge("the PNG map", () -> svg.strips(analysed, options, TextMode.OUTLINES));
        double fit = Math.sqrt(maxPixels / (strips.width() * strips.height()));
        double used = Math.min(scale, fit);
        double exactWidth = Math.floor(strips.width() * used);
        double exactHeight = Math.floor(strips.height() * used);
        if (exactWidth * exactHeight > Memory.MAX_PIXELS) {
            throw new TooLargeException("the PNG map of " + (long) exactWidth + " x " + (long) exactHeight + " pixels",
                    Memory.times((long) (exactWidth * exactHeight), Memory.BYTES_PER_PIXEL),
                    Runtime.getRuntime().maxMemory());
        }
        int width = Math.max(1, (int) exactWidth);
        int height = Math.max(1, (int) exactHeight);
        String what = "the PNG map of " + width + " x " + height + " pixels";
        // Drawn a band at a time, each from the document of its own strip of the map: what must fit is a band's
        // pixels, not the picture's.
        int band = Math.min(height, BandedPngTranscoder.bandHeight(width, BandedPngTranscoder.BAND_PIXELS));
        Memory.require(what, Memory.times((long) width * band, Memory.BYTES_PER_PIXEL));
        outOfMemoryIsTooLarge(what, () -> {
            Transcoding.run(() -> BandedPngTranscoder.write(strips, width, height, out), out, "PNG");
            return strips;
        });
        Optional<String> warning = used < scale
                ? Optional.of(String.format(Locale.ROOT,
                        "the map is %d x %d units: drawn at scale %.3f instead of %s to stay within %d pixels",
                        (long) strips.width(), (long) strips.height(), used, trim(scale), maxPixels))
                : Optional.empty();
        return new RasterResult(used, width, height, warning);
    }

    /** Writes the PDF map of {@code journey}, analysed alone, as {@link #renderPdf(AnalysedJourney, RenderOptions, OutputStream)} does. */
    public void renderPdf(Journey journey, RenderOptions options, OutputStream out) {
        renderPdf(AnalysedJourney.of(journey), options, out);
    }

    /**
     * Writes the PDF map of {@code analysed}'s journey, with the figures of its analysis, to {@code out} (left
     * open), on pages of the options' size (A3 landscape unless they say otherwise; see {@link JourneyLayout#pages}):
     * the title block first, then each row of the map from a new page, every page numbered, its smallest text at
     * 9 pt. With {@link Page#NONE}, one page the size of the whole map. Plain lines
     * (Latin, Greek, Cyrillic... see {@link dev.journeymaps.render.layout.PlainText}) are PDF text in the embedded
     * DejaVu Sans, which can be selected, searched and copied; every other line (Persian, Sundanese, emoji...) is
     * drawn as outlines, so that every script comes out right. The same map always gives the same bytes.
     *
     * @throws TooLargeException when the map cannot be drawn in the memory Java may use
     * @throws dev.journeymaps.render.RenderException when drawing or writing fails
     */
    public void renderPdf(AnalysedJourney analysed, RenderOptions options, OutputStream out) {
        Objects.requireNonNull(out, "out");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        String what = "the PDF map";
        if (options.page() == Page.NONE) {
            String document = outOfMemoryIsTooLarge(what, () -> svg.render(analysed, options, TextMode.MIXED));
            Memory.require(what, Memory.times(document.length(), Memory.BYTES_PER_SVG_CHAR));
            outOfMemoryIsTooLarge(what, () -> {
                Transcoding.run(new SafePdfTranscoder(), document, pdf, "PDF");
                return document;
            });
        } else {
            // A page at a time: its document, its DOM and its drawing tree; the next page's are made once it is
            // written (PageBreak).
            PageDocuments pages = outOfMemoryIsTooLarge(what, () -> svg.pages(analysed, options, TextMode.MIXED));
            String first = pages.document(0);
            Memory.require(what, Memory.times(first.length(), Memory.BYTES_PER_SVG_CHAR));
            outOfMemoryIsTooLarge(what, () -> {
                Transcoding.run(new SafePdfTranscoder(pages), first, pdf, "PDF");
                return first;
            });
        }
        try {
            out.write(StablePdf.of(pdf.toByteArray()));
            out.flush();
        } catch (IOException e) {
            throw new RenderException("cannot write the PDF map: " + e.getMessage(), e);
        }
    }

    /**
     * The pages of {@code analysed}'s map drawn with {@code options} (see {@link JourneyLayout#pages}), each as a PNG
     * {@code widthPixels} wide and as high as the page's proportions make it: what a slide deck shows. Text is drawn
     * as outlines, so that every script comes out right.
     *
     * @throws IllegalArgumentException when {@code widthPixels} is not positive, or the options name a persona the
     *     journey does not have
     * @throws TooLargeException when a page cannot be drawn in the memory Java may use
     * @throws dev.journeymaps.render.RenderException when drawing fails
     */
    public List<byte[]> renderPagePngs(AnalysedJourney analysed, RenderOptions options, int widthPixels) {
        List<byte[]> pngs = new ArrayList<>();
        renderPagePngs(analysed, options, widthPixels, (index, count, document, png) -> pngs.add(png));
        return pngs;
    }

    /**
     * The pages of {@link #renderPagePngs(AnalysedJourney, RenderOptions, int)}, each handed to {@code each} with the
     * outlined SVG document it was drawn from as soon as it is drawn, then let go: a deck of hundreds of pages holds
     * one page's document and drawing at a time.
     *
     * @throws IllegalArgumentException when {@code widthPixels} is not positive, or the options name a persona the
     *     journey does not have
     * @throws TooLargeException when a page cannot be drawn in the memory Java may use
     * @throws dev.journeymaps.render.RenderException when drawing fails
     */
    public void renderPagePngs(AnalysedJourney analysed, RenderOptions options, int widthPixels, PagePicture each) {
        if (widthPixels <= 0) {
            throw new IllegalArgumentException("widthPixels must be positive, was " + widthPixels);
        }
        Page page = options.page().hasSize() ? options.page() : Page.A3;
        int heightPixels = (int) Math.round(widthPixels * page.heightPoints() / page.widthPoints());
        String what = "a page of " + widthPixels + " x " + heightPixels + " pixels";
        Memory.require(what, Memory.times((long) widthPixels * heightPixels, Memory.BYTES_PER_PIXEL));
        svg.renderPageDocuments(analysed, options.withPage(page), TextMode.OUTLINES, (index, count, document) -> {
            BandedPngTranscoder transcoder = new BandedPngTranscoder();
            transcoder.addTranscodingHint(BandedPngTranscoder.KEY_WIDTH, (float) widthPixels);
            transcoder.addTranscodingHint(BandedPngTranscoder.KEY_HEIGHT, (float) heightPixels);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            outOfMemoryIsTooLarge(what, () -> {
                Transcoding.run(transcoder, document, png, "PNG");
                return document;
            });
            each.accept(index, count, document, png.toByteArray());
        });
    }

    /** Takes page {@code index} (from 0) of {@code count}: the SVG document it was drawn from, and its PNG. */
    @FunctionalInterface
    public interface PagePicture {
        /** Takes one page's picture. */
        void accept(int index, int count, String document, byte[] png);
    }

    /**
     * Runs {@code drawing}; running out of memory in it is {@link TooLargeException}. Safe here: everything drawing
     * allocated is unreachable once the error has unwound it, so the heap is whole again for the message.
     */
    private static <T> T outOfMemoryIsTooLarge(String what, Supplier<T> drawing) {
        try {
            return drawing.get();
        } catch (OutOfMemoryError e) {
            throw new TooLargeException(what, Runtime.getRuntime().maxMemory() + 1, Runtime.getRuntime().maxMemory());
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
