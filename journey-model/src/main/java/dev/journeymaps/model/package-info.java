/**
 * The journey model: immutable records for journeys, personas, stages, touchpoints and what they carry.
 *
 * <p>Null policy: no method takes or returns {@code null}. Absent text is the empty string, absent collections are
 * empty, absent values are {@link java.util.Optional} (also as record components, whose accessors are the API).
 */
package dev.journeymaps.model;
