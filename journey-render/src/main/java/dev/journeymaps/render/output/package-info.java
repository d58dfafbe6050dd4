/**
 * One renderer per output format behind one request: {@link dev.journeymaps.render.output.Renderers#of} gives the
 * {@link dev.journeymaps.render.output.JourneyRenderer} of a {@link dev.journeymaps.render.Format}, and every one
 * draws from the same {@link dev.journeymaps.render.output.RenderRequest} (the analysed journey, the map options, the
 * problems a report lists, the raster settings) to a stream. The package a command or an embedding program picks a
 * format in; the formats' own packages (svg, raster, html, slides) know nothing of it.
 */
package dev.journeymaps.render.output;
