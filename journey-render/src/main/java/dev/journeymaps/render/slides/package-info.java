/**
 * The map as a slide deck (.pptx): Apache POI's XSLF writes it, and lives here and nowhere else; its exceptions leave
 * as {@link dev.journeymaps.render.RenderException}.
 *
 * <p>Null policy: no method takes or returns {@code null}.
 */
package dev.journeymaps.render.slides;
