/**
 * Reading and writing journeys as YAML and JSON (Jackson lives here and nowhere else in the model).
 *
 * <p>Null policy: no method takes or returns {@code null}; content problems are returned, never thrown.
 */
package dev.journeymaps.model.io;
