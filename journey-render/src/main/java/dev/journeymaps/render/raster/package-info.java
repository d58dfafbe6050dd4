/**
 * PNG and PDF maps: the SVG map transcoded by Batik (PNG) and FOP's PDF transcoder (PDF), headless, with scripts and
 * every external resource refused. Batik and FOP live here and nowhere else; their exceptions leave as
 * {@link dev.journeymaps.render.RenderException}.
 *
 * <p>Null policy: no method takes or returns {@code null}.
 */
package dev.journeymaps.render.raster;
