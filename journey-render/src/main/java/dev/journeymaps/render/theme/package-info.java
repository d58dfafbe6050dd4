/**
 * Themes: the colours a map is drawn with, by meaning ({@link dev.journeymaps.render.theme.Theme.Slot}), never taken
 * from a journey.
 *
 * <p>Null policy: no method takes or returns {@code null}.
 */
package dev.journeymaps.render.theme;
