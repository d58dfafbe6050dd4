/**
 * The journey as a graph of touchpoints and flows (JGraphT lives here and nowhere else in the model).
 *
 * <p>Null policy: no method takes or returns {@code null}.
 */
package dev.journeymaps.model.graph;
