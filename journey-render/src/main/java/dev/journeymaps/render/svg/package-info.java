/**
 * SVG output: {@link dev.journeymaps.render.svg.SvgRenderer} lays a journey out and writes the scene as SVG 1.1.
 * One class, {@code XmlWriter}, owns all escaping, number formatting and line ends of the markup.
 *
 * <p>Null policy: no method takes or returns {@code null}.
 */
package dev.journeymaps.render.svg;
