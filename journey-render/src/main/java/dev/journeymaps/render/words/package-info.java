/**
 * The words the renderers add around a journey's own text, in the journey's language: {@link
 * dev.journeymaps.render.words.Words} over the translations in this package ({@code MapWords_<lang>.properties} for
 * the map, {@code ReportWords_<lang>.properties} for what only the report says). Translators find every word of the
 * library here.
 *
 * <p>Public so that the layout and the report, sibling packages, share one look-up; not a stable API for embedders.
 * Null policy: no method takes or returns {@code null}.
 */
package dev.journeymaps.render.words;
