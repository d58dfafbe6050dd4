package dev.journeymaps.model.analysis;

import dev.journeymaps.model.AnswerScale;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Survey answers folded into counts per journey, persona, touchpoint and day: what the in-process reader and the
 * Spark job ({@code journey-spark}) both compute from the same answers, and what a survey summary file holds. The
 * summaries are the library's own mergeable metric types ({@link TouchpointSurvey}), so folding answers in any order,
 * on one machine or many, gives equal summaries.
 *
 * <p>Groups are sorted by their key and bad rows by file and code, so equal answers give equal summaries (and equal
 * files) whatever order they were read in.
 *
 * @param csatScale the scale CSAT answers were counted on
 * @param cesScale the scale CES answers were counted on
 * @param groups the summaries, one per key, sorted by key
 * @param files every file read: its answer rows and its bad rows by problem code, sorted by file
 */
public record SurveySummary(
        AnswerScale csatScale, AnswerScale cesScale, List<Group> groups, List<FileCounts> files) {

    /** The version of the summary this library writes and reads; see docs/scaling.md. */
    public static final int FORMAT_VERSION = 1;

    public SurveySummary {
        Objects.requireNonNull(csatScale, "csatScale");
        Objects.requireNonNull(cesScale, "cesScale");
        groups = groups.stream().sorted(Comparator.comparing(Group::key)).toList();
        files = files.stream().sorted(Comparator.comparing(FileCounts::file)).toList();
        for (int i = 1; i < groups.size(); i++) {
            if (groups.get(i - 1).key().equals(groups.get(i).key())) {
                throw new IllegalArgumentException("two groups for " + groups.get(i).key());
            }
        }
    }

    /**
     * Which answers a summary counts together: journey and persona ids (empty when the answers do not say), the
     * touchpoint id and the day the answer was given (empty without a timestamp).
     *
     * @param journey the journey id, or empty
     * @param persona the persona id, or empty
     * @param touchpoint the touchpoint id
     * @param day the ISO date ({@code 2026-11-23}), or empty
     */
    public record Key(String journey, String persona, String touchpoint, String day)
            implements Comparable<Key>, Serializable {

        private static final long serialVersionUID = 1L;
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::journey)
                .thenComparing(Key::persona)
                .thenComparing(Key::touchpoint)
                .thenComparing(Key::day);

        public Key {
            Objects.requireNonNull(journey, "journey");
            Objects.requireNonNull(persona, "persona");
            Objects.requireNonNull(touchpoint, "touchpoint");
            Objects.requireNonNull(day, "day");
            if (!day.isEmpty()) {
                LocalDate.parse(day);
            }
        }

        /** The day of the answers, if they had a timestamp. */
        public Optional<LocalDate> date() {
            return day.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(day));
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /**
     * The answers of one key.
     *
     * @param key whose answers
     * @param survey what they said
     */
    public record Group(Key key, TouchpointSurvey survey) {
        public Group {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(survey, "survey");
        }
    }

    /**
     * What one file held.
     *
     * @param file the file as it was named to the reader
     * @param answers rows counted as answers
     * @param badRows rows left out, by problem code ({@code survey.bad-value}, ...), sorted by code
     */
    public record FileCounts(String file, long answers, Map<String, Long> badRows) {
        public FileCounts {
            Objects.requireNonNull(file, "file");
            Counts.requireNotNegative("answers", answers);
            badRows = java.util.Collections.unmodifiableMap(new TreeMap<>(badRows));
        }

        /** How many rows were left out. */
        public long badRowCount() {
            return badRows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The groups of {@code journeyId} (and those that name no journey), merged over personas when asked. */
    public List<Group> of(String journeyId) {
        List<Group> out = new ArrayList<>();
        for (Group g : groups) {
            if (g.key().journey().isEmpty() || g.key().journey().equals(journeyId)) {
                out.add(g);
            }
        }
        return out;
    }
}
