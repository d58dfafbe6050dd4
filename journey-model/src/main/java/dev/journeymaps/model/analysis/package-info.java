/**
 * Journey analysis: CX metrics as mergeable summaries, customer flow through the journey graph, and explainable
 * friction scores and hotspots.
 *
 * <p>Null policy: no method takes or returns {@code null}. Absent values are {@link java.util.Optional} or empty.
 */
package dev.journeymaps.model.analysis;
