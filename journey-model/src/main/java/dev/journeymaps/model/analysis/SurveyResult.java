package dev.journeymaps.model.analysis;

import dev.journeymaps.model.validate.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Survey responses summarised per touchpoint, and what was wrong in the files they came from.
 *
 * @param byTouchpoint the responses per touchpoint id, in the order touchpoints were first answered about
 * @param problems rows that could not be used, with file and line
 */
public record SurveyResult(Map<String, TouchpointSurvey> byTouchpoint, List<Problem> problems) {

    /** No survey data. */
    public static final SurveyResult NONE = new SurveyResult(Map.of(), List.of());

    public SurveyResult {
        byTouchpoint = Collections.unmodifiableMap(new LinkedHashMap<>(byTouchpoint));
        problems = List.copyOf(problems);
    }

    /** The responses about {@code touchpointId}; {@link TouchpointSurvey#EMPTY} when there are none. */
    public TouchpointSurvey of(String touchpointId) {
        return byTouchpoint.getOrDefault(Objects.requireNonNull(touchpointId), TouchpointSurvey.EMPTY);
    }

    /** Both results as one, as if their files had been one. */
    public SurveyResult merge(SurveyResult other) {
        Map<String, TouchpointSurvey> merged = new LinkedHashMap<>(byTouchpoint);
        other.byTouchpoint.forEach((id, survey) -> merged.merge(id, survey, TouchpointSurvey::merge));
        return new SurveyResult(merged, Stream.concat(problems.stream(), other.problems.stream()).toList());
    }
}
