/**
 * Rendering journey maps: the output {@link dev.journeymaps.render.Format formats} and the errors renderers raise.
 * The SVG renderer is {@link dev.journeymaps.render.svg.SvgRenderer}.
 *
 * <p>Null policy: no method takes or returns {@code null}.
 */
package dev.journeymaps.render;
