package dev.journeymaps.model.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of survey answers: a week, month or quarter, known by its first day.
 *
 * @param unit how long it is
 * @param start its first day (a Monday for weeks)
 */
public record SurveyPeriod(PeriodUnit unit, LocalDate start) implements Comparable<SurveyPeriod> {

    public SurveyPeriod {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(start, "start");
        if (!unit.start(start).equals(start)) {
            throw new IllegalArgumentException("a " + unit.key() + " starts on " + unit.start(start) + ", not " + start);
        }
    }

    /** The period of {@code unit} that {@code date} falls in. */
    public static SurveyPeriod of(PeriodUnit unit, LocalDate date) {
        return new SurveyPeriod(unit, unit.start(date));
    }

    /** The ISO-8601 label: {@code 2026-W41}, {@code 2026-10} or {@code 2026-Q4}. */
    public String label() {
        return unit.label(start);
    }

    /** Earlier periods first; periods of different units by their start, then by unit. */
    @Override
    public int compareTo(SurveyPeriod other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : unit.compareTo(other.unit);
    }

    @Override
    public String toString() {
        return label();
    }
}
