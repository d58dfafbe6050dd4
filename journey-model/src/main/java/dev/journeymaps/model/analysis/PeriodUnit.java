package dev.journeymaps.model.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How survey answers are grouped in time: ISO weeks, calendar months or calendar quarters. */
public enum PeriodUnit {
    /** ISO-8601 weeks, Monday to Sunday, labelled {@code 2026-W41} by their week-based year. */
    WEEK,
    /** Calendar months, labelled {@code 2026-10}. */
    MONTH,
    /** Calendar quarters, labelled {@code 2026-Q4}. */
    QUARTER;

    /** The unit named {@code week}, {@code month} or {@code quarter}, in any case. */
    public static Optional<PeriodUnit> parse(String name) {
        return Arrays.stream(values()).filter(u -> u.key().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The lower-case name: {@code month}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first day of the period {@code date} falls in. */
    LocalDate start(LocalDate date) {
        return switch (this) {
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
        };
    }

    /** The ISO label of the period starting on {@code start}. */
    String label(LocalDate start) {
        return switch (this) {
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%d-Q%d", start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
        };
    }
}
