/**
 * The journey Maven plugin: {@code journey:validate} and {@code journey:render} over the journeys of a project.
 *
 * <p>Null policy: no method takes or returns {@code null}; Maven fills the parameters before a goal runs.
 */
package dev.journeymaps.maven;
