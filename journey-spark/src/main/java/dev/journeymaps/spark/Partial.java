package dev.journeymaps.spark;

import dev.journeymaps.model.analysis.SurveySummary;
import dev.journeymaps.model.analysis.TouchpointSurvey;
import java.io.Serializable;
import java.util.Map;

/**
 * What one partition's fold found: either the summary of one key or the counts of one file, and their merge. Spark
 * moves these between machines, not the answers: a partition of a million answers sends one {@code Partial} per key
 * and file. Public only because Spark's encoders require it; not an API.
 *
 * @param key the key as one string ({@link #keyOf}), empty for file counts
 * @param survey the key's summary, {@link TouchpointSurvey#EMPTY} for file counts
 * @param file the file, empty for a key's summary (Spark groups files by {@link #groupKey} too, apart from keys)
 * @param answers the file's answer rows
 * @param badRows the file's bad rows by problem code
 */
public record Partial(String key, TouchpointSurvey survey, String file, long answers, Map<String, Long> badRows)
        implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final char SEPARATOR = '\u0000';
    private static final char FILE_MARK = '\u0001';

    static Partial of(SurveySummary.Group group) {
        return new Partial(keyOf(group.key()), group.survey(), "", 0, Map.of());
    }

    static Partial of(SurveySummary.FileCounts counts) {
        return new Partial("", TouchpointSurvey.EMPTY, counts.file(), counts.answers(), counts.badRows());
    }

    boolean isGroup() {
        return !key.isEmpty();
    }

    /** What Spark groups by: the key for a summary, the file (after a character no key starts with) for counts. */
    String groupKey() {
        return isGroup() ? key : FILE_MARK + file;
    }

    /** Both as one: summaries merged by the library's own merge, counts added. */
    Partial merge(Partial other) {
        Map<String, Long> bad = new java.util.TreeMap<>(badRows);
        other.badRows.forEach((code, n) -> bad.merge(code, n, Long::sum));
        return new Partial(key.isEmpty() ? other.key : key, survey.merge(other.survey),
                file.isEmpty() ? other.file : file, answers + other.answers, bad);
    }

    /** Nothing yet: the Aggregator's zero. */
    static final Partial ZERO = new Partial("", TouchpointSurvey.EMPTY, "", 0, Map.of());

    /** The key as one string (its parts cannot hold NUL: ids are checked, days are ISO dates). */
    static String keyOf(SurveySummary.Key key) {
        return key.journey() + SEPARATOR + key.persona() + SEPARATOR + key.touchpoint() + SEPARATOR + key.day();
    }

    static SurveySummary.Key keyFrom(String key) {
        String[] parts = key.split(String.valueOf(SEPARATOR), -1);
        return new SurveySummary.Key(parts[0], parts[1], parts[2], parts[3]);
    }
}
