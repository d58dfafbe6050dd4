package dev.journeymaps.render.output;

import dev.journeymaps.render.Format;
import dev.journeymaps.render.RenderException;
import dev.journeymaps.render.html.HtmlReport;
import dev.journeymaps.render.html.MarkdownReport;
import dev.journeymaps.render.raster.RasterRenderer;
import dev.journeymaps.render.slides.SlideDeck;
import dev.journeymaps.render.svg.SvgRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The renderer of each format, and what each honours: the map options (theme, lanes, persona) for the maps and the
 * slides, the page for the maps, the scale and pixel budget for PNG. A command asks {@link #honours} before it
 * renders, so that an option no format would use is refused, not silently dropped.
 *
 * <pre>{@code
 * Renderers.of(Format.PNG).render(new RenderRequest(analysed, options, List.of(), 2, 64_000_000), out)
 *         .forEach(System.err::println);
 * }</pre>
 */
public final class Renderers {

    /** A map option: what it changes, for {@link #honours}. */
    public enum MapOption {
        /** The theme (colours, font sizes, corner radius). */
        THEME,
        /** The lanes drawn. */
        LANES,
        /** One persona's route. */
        PERSONA,
        /** The page the map is laid out for. */
        PAGE,
        /** Pixels per map unit. */
        SCALE,
        /** The most pixels of a picture. */
        MAX_PIXELS
    }

    private static final Set<MapOption> MAPS = Set.of(MapOption.THEME, MapOption.LANES, MapOption.PERSONA);

    private Renderers() {}

    /** The renderer of {@code format}. */
    public static JourneyRenderer of(Format format) {
        return switch (format) {
            case SVG -> (request, out) -> {
                new SvgRenderer().render(request.analysed(), request.options(), out);
                return List.of();
            };
            case PNG -> (request, out) -> new RasterRenderer()
                    .renderPng(request.analysed(), request.options(), request.scale(), request.maxPixels(), out)
                    .warning().stream().toList();
            case PDF -> (request, out) -> {
                new RasterRenderer().renderPdf(request.analysed(), request.options(), out);
                return List.of();
            };
            case PPTX -> (request, out) -> {
                new SlideDeck().render(request.analysed(), request.options(), out);
                return List.of();
            };
            case HTML -> (request, out) -> text(new HtmlReport().render(request.analysed(), request.problems()), out);
            case MD -> (request, out) -> text(new MarkdownReport().render(request.analysed(), request.problems()),
                    out);
        };
    }

    /** Whether {@code format} uses {@code option}; a command refuses one given for a format that does not. */
    public static boolean honours(Format format, MapOption option) {
        return switch (format) {
            case SVG, PDF -> MAPS.contains(option) || option == MapOption.PAGE;
            case PNG -> true;
            case PPTX -> MAPS.contains(option);
            case HTML, MD -> false;
        };
    }

    /** Whether {@code format} is bytes that a terminal must not be given (png, pdf, pptx). */
    public static boolean isBinary(Format format) {
        return format == Format.PNG || format == Format.PDF || format == Format.PPTX;
    }

    private static List<String> text(String document, OutputStream out) {
        try {
            out.write(document.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new RenderException("cannot write the document: " + e.getMessage(), e);
        }
        return List.of();
    }
}
