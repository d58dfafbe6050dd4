package dev.journeymaps.model.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How survey answers are read: the period they are grouped by, and the dates to keep. Answers are grouped by the
 * calendar date written in their timestamp (its offset is not converted); answers without a timestamp count in the
 * totals only, and are left out when {@code since} or {@code until} is set.
 *
 * @param period the period answers are grouped by (months by default)
 * @param since the first day to keep, inclusive; {@link LocalDate#MIN} keeps every earlier day
 * @param until the last day to keep, inclusive; {@link LocalDate#MAX} keeps every later day
 */
public record SurveyOptions(PeriodUnit period, LocalDate since, LocalDate until) {

    /** Months, every answer. */
    public static final SurveyOptions DEFAULTS = new SurveyOptions(PeriodUnit.MONTH, LocalDate.MIN, LocalDate.MAX);

    public SurveyOptions {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (since.isAfter(until)) {
            throw new IllegalArgumentException("since (" + since + ") is after until (" + until + ")");
        }
    }

    /** These options grouping by {@code unit}. */
    public SurveyOptions withPeriod(PeriodUnit unit) {
        return new SurveyOptions(unit, since, until);
    }

    /** These options keeping answers from {@code first} to {@code last}, both included. */
    public SurveyOptions between(LocalDate first, LocalDate last) {
        return new SurveyOptions(period, first, last);
    }

    /** Whether a date window is set, so that undated answers are left out. */
    public boolean filters() {
        return !since.equals(LocalDate.MIN) || !until.equals(LocalDate.MAX);
    }

    /** Whether an answer of {@code date} is kept. */
    public boolean keeps(LocalDate date) {
        return !date.isBefore(since) && !date.isAfter(until);
    }
}
