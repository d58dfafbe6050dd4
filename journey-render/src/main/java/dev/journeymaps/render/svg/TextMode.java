package dev.journeymaps.render.svg;

/** How {@link SvgRenderer} writes the map's text. */
public enum TextMode {
    /** Every line as {@code <text>}: selectable, searchable, drawn by the viewer in the fonts it has. */
    TEXT,
    /**
     * Every line as the filled outlines of its glyphs, set by the JDK in the bundled fonts exactly as the layout
     * measured it: right in every script in any converter, but no longer text (for PNG).
     */
    OUTLINES,
    /**
     * Plain lines (left to right, simple scripts, every character in DejaVu Sans: see
     * {@link dev.journeymaps.render.layout.PlainText}) as {@code <text>}, every other line as outlines: for converters
     * that draw plain text right in DejaVu Sans but cannot shape, reorder or fall back to other fonts (FOP's PDF).
     */
    MIXED
}
