package dev.journeymaps.render.layout;

import dev.journeymaps.model.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Which touchpoints each row of a map holds: whole stages while they fit, a new row for a stage that does not fit
 * the rest of the current one, and a stage wider than a row split over several, each part after the first marked as
 * continued. Rows never hold more than {@code perRow} columns (an empty stage takes one).
 */
final class RowPlan {

    /**
     * A stage's part in a row: touchpoints {@code from} (inclusive) to {@code to} (exclusive) of the journey's
     * touchpoints in map order.
     *
     * @param stage the stage's index in the journey
     * @param continued whether an earlier row holds the stage's start
     * @param continues whether a later row holds the rest of the stage
     */
    record Segment(int stage, int from, int to, boolean continued, boolean continues) {
        /** The columns it takes: one per touchpoint, one for a stage without touchpoints. */
        int columns() {
            return Math.max(1, to - from);
        }
    }

    /**
     * One row of the map: touchpoints {@code from} to {@code to} (exclusive), in the stage parts it shows.
     *
     * @param index the row's number, 0 first
     */
    record Row(int index, int from, int to, List<Segment> segments) {
        Row {
            segments = List.copyOf(segments);
        }

        boolean holds(int position) {
            return position >= from && position < to;
        }

        int columns() {
            return segments.stream().mapToInt(Segment::columns).sum();
        }
    }

    /** The fewest touchpoints of a stage that {@link #filled} starts in the rest of a row. */
    static final int MIN_PART = 2;

    private RowPlan() {}

    /**
     * The rows of a journey with {@code stages}, at most {@code perRow} columns each, every row filled: a stage that
     * does not fit the rest of a row starts there when at least {@code minPart} of its columns do, its rest continued
     * in the next row(s); else it starts the next row. A stage without touchpoints is not split.
     */
    static List<Row> filled(List<Stage> stages, int perRow, int minPart) {
        int limit = Math.max(1, perRow);
        List<List<Segment>> rows = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        int used = 0;
        int start = 0;
        for (int s = 0; s < stages.size(); s++) {
            int count = stages.get(s).touchpoints().size();
            int width = Math.max(1, count);
            if (used > 0 && used + width > limit && (count == 0 || limit - used < Math.min(minPart, count))) {
                rows.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            if (count == 0) {
                current.add(new Segment(s, start, start, false, false));
                used += 1;
                continue;
            }
            for (int from = 0; from < count; ) {
                if (used == limit) {
                    rows.add(current);
                    current = new ArrayList<>();
                    used = 0;
                }
                int to = Math.min(count, from + limit - used);
                current.add(new Segment(s, start + from, start + to, from > 0, to < count));
                used += to - from;
                from = to;
            }
            start += count;
        }
        return rows(rows, current);
    }

    /**
     * The rows of a journey with {@code stages}, at most {@code perRow} columns each (at least one): whole stages while
     * they fit, the rows {@link #filled} makes when no part of a stage is ever started in the rest of a row.
     */
    static List<Row> of(List<Stage> stages, int perRow) {
        return filled(stages, perRow, Integer.MAX_VALUE);
    }

    /** {@code rows} and the row being filled, {@code current}, as rows of touchpoints. */
    private static List<Row> rows(List<List<Segment>> rows, List<Segment> current) {
        if (!current.isEmpty() || rows.isEmpty()) {
            rows.add(current);
        }
        List<Row> result = new ArrayList<>();
        for (List<Segment> segments : rows) {
            int from = segments.isEmpty() ? 0 : segments.get(0).from();
            int to = segments.isEmpty() ? 0 : segments.get(segments.size() - 1).to();
            result.add(new Row(result.size(), from, to, segments));
        }
        return result;
    }
}
