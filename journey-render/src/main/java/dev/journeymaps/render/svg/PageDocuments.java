package dev.journeymaps.render.svg;

import dev.journeymaps.render.layout.Scene;
import dev.journeymaps.render.theme.Theme;
import java.util.List;

/**
 * The pages of a map (see {@link SvgRenderer#pages}), each written as an SVG document of its own when asked for: what
 * {@link SvgRenderer#renderPages} writes as one document, a page at a time, so that a converter holds the document and
 * drawing of one page, not of all. Each document is one page big, in points, and holds one top-level
 * {@code <g class="page">}.
 */
public final class PageDocuments {

    private final List<Scene> pages;
    private final Theme theme;
    private final TextMode mode;
    private final double widthPoints;
    private final double heightPoints;

    PageDocuments(List<Scene> pages, Theme theme, TextMode mode, double widthPoints, double heightPoints) {
        this.pages = List.copyOf(pages);
        this.theme = theme;
        this.mode = mode;
        this.widthPoints = widthPoints;
        this.heightPoints = heightPoints;
    }

    /** How many pages there are: at least one. */
    public int count() {
        return pages.size();
    }

    /**
     * The SVG document of page {@code index} (from 0).
     *
     * @throws IndexOutOfBoundsException when there is no such page
     */
    public String document(int index) {
        return SvgWriter.writePages(List.of(pages.get(index)), theme, mode, widthPoints, heightPoints);
    }
}
