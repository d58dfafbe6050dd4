package dev.journeymaps.render.svg;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.render.RenderException;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.JourneyLayout;
import dev.journeymaps.render.layout.PageLayout;
import dev.journeymaps.render.layout.Scene;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a journey as an SVG 1.1 map: stage columns, a card per touchpoint, arrows for branches, skips and loops,
 * exits marked, an emotion curve and pain points on their cards.
 *
 * <pre>{@code
 * String svg = new SvgRenderer().render(journey);
 * String withSurveys = new SvgRenderer().render(JourneyLoader.analyse(file).analysed().orElseThrow(), options);
 * }</pre>
 *
 * <p>Every figure on the map (friction, impact, hotspot ranks, metrics) comes from the analysis it is given, so the
 * map shows what {@code journey analyze} and the report show. The methods taking a bare {@link Journey} draw it
 * analysed alone ({@link AnalysedJourney#of(Journey)}), without survey answers.
 *
 * <p>The same journey always gives the same bytes. The renderer draws whatever the journey holds; validate a journey
 * first to report its mistakes. Instances hold no state and may be shared between threads.
 */
public final class SvgRenderer {

    /** A renderer with the default look. */
    public SvgRenderer() {}

    /** The SVG document of {@code journey}'s map, with the default options. */
    public String render(Journey journey) {
        return render(journey, RenderOptions.defaults());
    }

    /**
     * The SVG document of {@code journey}'s map, analysed alone, drawn with {@code options}.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public String render(Journey journey, RenderOptions options) {
        return render(AnalysedJourney.of(journey), options);
    }

    /**
     * The SVG document of the map of {@code analysed}'s journey, with the figures of its analysis, drawn with
     * {@code options}.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public String render(AnalysedJourney analysed, RenderOptions options) {
        Objects.requireNonNull(analysed, "analysed");
        Objects.requireNonNull(options, "options");
        return SvgWriter.write(JourneyLayout.layout(analysed, options), options.theme());
    }

    /**
     * The SVG document of the map of {@code analysed}'s journey drawn with {@code options}, its text drawn as glyph outlines set in
     * the bundled fonts (shaped, ordered and with per-character font fallback by the JDK) instead of as text: for
     * converters that draw some scripts or emoji wrongly. The text stays in the tooltips ({@code <title>}) only.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public String renderOutlined(AnalysedJourney analysed, RenderOptions options) {
        return render(analysed, options, TextMode.OUTLINES);
    }

    /**
     * The SVG document of the map of {@code analysed}'s journey drawn with {@code options}, its text written as
     * {@code mode} says.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public String render(AnalysedJourney analysed, RenderOptions options, TextMode mode) {
        Objects.requireNonNull(analysed, "analysed");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(mode, "mode");
        return SvgWriter.write(JourneyLayout.layout(analysed, options), options.theme(), mode);
    }

    /**
     * The map of {@code analysed}'s journey drawn with {@code options}, laid out once, to be written as SVG a
     * horizontal strip at a time, its text written as {@code mode} says: for a rasteriser that draws a large map in
     * bands without holding the whole document or the drawing library's tree of it.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public MapStrips strips(AnalysedJourney analysed, RenderOptions options, TextMode mode) {
        Objects.requireNonNull(analysed, "analysed");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(mode, "mode");
        return new MapStrips(JourneyLayout.layout(analysed, options), options.theme(), mode);
    }

    /**
     * The pages of {@code analysed}'s map drawn with {@code options} ({@link JourneyLayout#pages}) in one SVG document
     * for a converter that makes a page of each top-level {@code <g class="page">}: every page is drawn at the
     * origin, and the document is one page big, in points. Not for viewing as it is (the pages lie on top of each
     * other).
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public String renderPages(AnalysedJourney analysed, RenderOptions options, TextMode mode) {
        Objects.requireNonNull(analysed, "analysed");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(mode, "mode");
        List<Scene> pages = JourneyLayout.pages(analysed, options);
        double perUnit = PageLayout.pointsPerUnit();
        return SvgWriter.writePages(pages, options.theme(), mode, pages.get(0).width() * perUnit,
                pages.get(0).height() * perUnit);
    }

    /**
     * The pages of {@code analysed}'s map drawn with {@code options} ({@link JourneyLayout#pages}), laid out once, each
     * written as a document of its own, one page big in points, when asked for: what {@link #renderPages} writes as
     * one document, for a converter that draws a page at a time.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public PageDocuments pages(AnalysedJourney analysed, RenderOptions options, TextMode mode) {
        Objects.requireNonNull(analysed, "analysed");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(mode, "mode");
        List<Scene> pages = JourneyLayout.pages(analysed, options);
        double perUnit = PageLayout.pointsPerUnit();
        return new PageDocuments(pages, options.theme(), mode, pages.get(0).width() * perUnit,
                pages.get(0).height() * perUnit);
    }

    /**
     * The pages of {@code analysed}'s map drawn with {@code options} ({@link JourneyLayout#pages}), each an SVG
     * document of its own, in map units, its text written as {@code mode} says: for a writer that puts each page on a
     * slide.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public List<String> renderPageDocuments(AnalysedJourney analysed, RenderOptions options, TextMode mode) {
        List<String> documents = new ArrayList<>();
        renderPageDocuments(analysed, options, mode, (index, count, document) -> documents.add(document));
        return documents;
    }

    /**
     * The documents of {@link #renderPageDocuments(AnalysedJourney, RenderOptions, TextMode)}, each handed to
     * {@code each} as it is written and then let go: a deck of hundreds of pages never holds their text at once.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     */
    public void renderPageDocuments(AnalysedJourney analysed, RenderOptions options, TextMode mode,
            PageDocument each) {
        Objects.requireNonNull(analysed, "analysed");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(each, "each");
        List<Scene> pages = JourneyLayout.pages(analysed, options);
        for (int i = 0; i < pages.size(); i++) {
            each.accept(i, pages.size(), SvgWriter.write(pages.get(i), options.theme(), mode));
        }
    }

    /** Takes page {@code index} (from 0) of {@code count} as its SVG document. */
    @FunctionalInterface
    public interface PageDocument {
        /** Takes one page's document. */
        void accept(int index, int count, String document);
    }

    /**
     * Writes the SVG document of {@code journey}'s map to {@code out} as UTF-8, then flushes it; {@code out} stays
     * open.
     *
     * @throws RenderException when {@code out} fails
     */
    public void render(Journey journey, OutputStream out) {
        render(AnalysedJourney.of(journey), RenderOptions.defaults(), out);
    }

    /**
     * Writes the SVG document of the map of {@code analysed}'s journey drawn with {@code options} to {@code out} as
     * UTF-8, then flushes it; {@code out} stays open.
     *
     * @throws RenderException when {@code out} fails
     */
    public void render(AnalysedJourney analysed, RenderOptions options, OutputStream out) {
        Objects.requireNonNull(analysed, "analysed");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        // Streamed: the document of a large journey is many times the size of its scene, and the scene many times
        // the size of one of its rows, which is all the drawing holds at a time.
        try {
            SvgWriter.write(survey -> JourneyLayout.drawing(analysed, options, survey), options.theme(), out);
        } catch (UncheckedIOException e) {
            throw new RenderException("cannot write the SVG map: " + e.getCause().getMessage(), e.getCause());
        } catch (IOException e) {
            throw new RenderException("cannot write the SVG map: " + e.getMessage(), e);
        }
    }
}
