/**
 * Survey answers aggregated on Apache Spark into the survey summary the library reads: the same fold as the
 * in-process reader ({@code dev.journeymaps.model.io.SurveyAnswers}), run by Spark over any number of machines.
 *
 * <p>Null policy: no method takes or returns {@code null}.
 */
package dev.journeymaps.spark;
