/**
 * Layout of a journey map: {@link dev.journeymaps.render.layout.JourneyLayout} turns a journey and its graph into an
 * immutable, format-independent {@link dev.journeymaps.render.layout.Scene} of boxes, wrapped text lines, paths and
 * markers. Numbers and meanings only: colours and fonts belong to the writers and their themes.
 *
 * <p>The scene types are public so that the writers in sibling packages can read them; they are not a stable API
 * for embedders. Null policy: no method takes or returns {@code null}.
 */
package dev.journeymaps.render.layout;
