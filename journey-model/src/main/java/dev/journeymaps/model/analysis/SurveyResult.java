package dev.journeymaps.model.analysis;

import dev.journeymaps.model.validate.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Survey responses summarised per touchpoint, overall and per period, and what was wrong in the files they came
 * from. The totals are the sum of the periods plus the answers without a timestamp.
 *
 * @param byTouchpoint the responses per touchpoint id, in the order touchpoints were first answered about
 * @param byPeriod the responses of each period per touchpoint id, earliest period first; empty when no answer has a
 *     timestamp
 * @param problems rows that could not be used, with file and line
 */
public record SurveyResult(
        Map<String, TouchpointSurvey> byTouchpoint,
        Map<SurveyPeriod, Map<String, TouchpointSurvey>> byPeriod,
        List<Problem> problems) {

    /** No survey data. */
    public static final SurveyResult NONE = new SurveyResult(Map.of(), Map.of(), List.of());

    public SurveyResult {
        byTouchpoint = Collections.unmodifiableMap(new LinkedHashMap<>(byTouchpoint));
        Map<SurveyPeriod, Map<String, TouchpointSurvey>> periods = new TreeMap<>();
        byPeriod.forEach((p, m) -> periods.put(p, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        byPeriod = Collections.unmodifiableMap(periods);
        problems = List.copyOf(problems);
    }

    /** Responses without periods. */
    public SurveyResult(Map<String, TouchpointSurvey> byTouchpoint, List<Problem> problems) {
        this(byTouchpoint, Map.of(), problems);
    }

    /** The responses about {@code touchpointId}; {@link TouchpointSurvey#EMPTY} when there are none. */
    public TouchpointSurvey of(String touchpointId) {
        return byTouchpoint.getOrDefault(Objects.requireNonNull(touchpointId), TouchpointSurvey.EMPTY);
    }

    /** The responses of one period alone, as a result without periods or problems. */
    public SurveyResult of(SurveyPeriod period) {
        return new SurveyResult(byPeriod.getOrDefault(period, Map.of()), List.of());
    }

    /** This result without its problems (once they are reported, the analysis needs only the answers). */
    public SurveyResult withoutProblems() {
        return new SurveyResult(byTouchpoint, byPeriod, List.of());
    }

    /** Both results as one, as if their files had been one. */
    public SurveyResult merge(SurveyResult other) {
        Map<String, TouchpointSurvey> merged = new LinkedHashMap<>(byTouchpoint);
        other.byTouchpoint.forEach((id, survey) -> merged.merge(id, survey, TouchpointSurvey::merge));
        Map<SurveyPeriod, Map<String, TouchpointSurvey>> periods = new TreeMap<>();
        byPeriod.forEach((p, m) -> periods.put(p, new LinkedHashMap<>(m)));
        other.byPeriod.forEach((p, m) -> {
            Map<String, TouchpointSurvey> into = periods.computeIfAbsent(p, k -> new LinkedHashMap<>());
            m.forEach((id, survey) -> into.merge(id, survey, TouchpointSurvey::merge));
        });
        return new SurveyResult(merged, periods, Stream.concat(problems.stream(), other.problems.stream()).toList());
    }
}
