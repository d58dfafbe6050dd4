/**
 * The HTML journey report (one self-contained page per journey, and an index over many) and its text alternative in
 * Markdown. Thymeleaf is used only here; all user text goes through its escaping.
 *
 * <p>Null policy: no method takes or returns {@code null}.
 */
package dev.journeymaps.render.html;
