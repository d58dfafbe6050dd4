package dev.journeymaps.model.io;

import dev.journeymaps.model.AnswerScale;
import dev.journeymaps.model.Durations;
import dev.journeymaps.model.analysis.AverageTime;
import dev.journeymaps.model.analysis.CustomerEffortScore;
import dev.journeymaps.model.analysis.CustomerSatisfaction;
import dev.journeymaps.model.analysis.FirstContactResolution;
import dev.journeymaps.model.analysis.NetPromoterScore;
import dev.journeymaps.model.analysis.SurveySummary;
import dev.journeymaps.model.analysis.TouchpointSurvey;
import dev.journeymaps.model.validate.Quote;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParsePosition;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The fold of survey answers into a {@link SurveySummary}: one row at a time, each checked (shape, metric, value on
 * its scale, timestamp) and counted under its journey, persona, touchpoint and day. The in-process
 * {@link SurveyReader} and the Spark job ({@code journey-spark}, one fold per partition) both use it, so both count
 * the same answers the same way.
 *
 * <p>A row holds the cells {@link #COLUMNS} in that order; the last three may be left out. Memory grows with the
 * number of keys, never with the number of rows.
 */
public final class SurveyAnswers {

    /** The columns of an answer row, in order; {@code timestamp}, {@code journey} and {@code persona} optional. */
    public static final List<String> COLUMNS = List.of("touchpoint", "metric", "value", "timestamp", "journey",
            "persona");

    /** The cell index of {@code timestamp}. */
    static final int TIMESTAMP = 3;

    /** The cell index of {@code journey}. */
    static final int JOURNEY = 4;

    /** The cell index of {@code persona}. */
    static final int PERSONA = 5;

    static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvReadFeature.TRIM_SPACES)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    private final AnswerScale csatScale;
    private final AnswerScale cesScale;
    private final Map<SurveySummary.Key, Tally> tallies = new HashMap<>();
    private final Map<String, long[]> answers = new TreeMap<>();
    private final Map<String, Map<String, Long>> badRows = new TreeMap<>();

    /** An empty fold that counts CSAT answers on {@code csatScale} and CES answers on {@code cesScale}. */
    public SurveyAnswers(AnswerScale csatScale, AnswerScale cesScale) {
        this.csatScale = Objects.requireNonNull(csatScale, "csatScale");
        this.cesScale = Objects.requireNonNull(cesScale, "cesScale");
    }

    /**
     * Why a row was not counted.
     *
     * @param code the problem code ({@code survey.bad-value}, ...)
     * @param cell the index of the cell at fault, 0 for the row as a whole
     * @param message what is wrong, quoting the cell (cut to 80 characters)
     * @param hint how to fix it
     */
    public record Rejection(String code, int cell, String message, String hint) {
        public Rejection {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(hint, "hint");
        }
    }

    /** Whether {@code cells} are a header row (its first cell is {@code touchpoint}). */
    public static boolean isHeader(List<String> cells) {
        return !cells.isEmpty() && cells.get(0).strip().equalsIgnoreCase("touchpoint");
    }

    /** Whether {@code cells} are an empty line, which is no row at all. */
    static boolean isBlank(List<String> cells) {
        return cells.size() == 1 && cells.get(0).isBlank();
    }

    /** What is wrong with the shape of {@code cells}: too few or too many of them. */
    static Optional<Rejection> shape(List<String> cells) {
        if (cells.size() < 3 || cells.size() > COLUMNS.size()) {
            return Optional.of(new Rejection("survey.bad-row", 0,
                    "a survey row has 3 to 6 columns (touchpoint,metric,value[,timestamp][,journey][,persona]),"
                            + " this one has " + cells.size(),
                    "write one answer per row: touchpoint,metric,value[,timestamp][,journey][,persona]"));
        }
        return Optional.empty();
    }

    /**
     * Counts the answer in {@code cells}, a row of {@code file}; or, when it cannot be counted, counts it as a bad
     * row of that file and says why. Blank lines and header rows are neither.
     */
    public Optional<Rejection> add(String file, List<String> cells) {
        if (isBlank(cells) || isHeader(cells)) {
            return Optional.empty();
        }
        Optional<Rejection> rejection = fold(cells);
        if (rejection.isPresent()) {
            badRows.computeIfAbsent(file, f -> new TreeMap<>()).merge(rejection.get().code(), 1L, Long::sum);
        } else {
            answers.computeIfAbsent(file, f -> new long[1])[0]++;
        }
        return rejection;
    }

    private Optional<Rejection> fold(List<String> cells) {
        Optional<Rejection> shape = shape(cells);
        if (shape.isPresent()) {
            return shape;
        }
        String metric = cells.get(1).toLowerCase(Locale.ROOT);
        String value = cells.get(2);
        String timestamp = cell(cells, TIMESTAMP);
        if (!timestamp.isBlank() && !isTimestamp(timestamp)) {
            return Optional.of(new Rejection("survey.bad-timestamp", TIMESTAMP,
                    Quote.of(timestamp) + " is not an ISO-8601 date or time",
                    "write timestamps like 2026-11-23 or 2026-11-23T09:40:00Z"));
        }
        if (!METRICS.contains(metric)) {
            return Optional.of(new Rejection("survey.unknown-metric", 1,
                    "unknown survey metric " + Quote.of(cells.get(1)),
                    "use nps, csat, ces, response-time, resolution-time or resolved-first-contact"));
        }
        SurveySummary.Key key = new SurveySummary.Key(cell(cells, JOURNEY).strip(), cell(cells, PERSONA).strip(),
                cells.get(0), timestamp.isBlank() ? "" : timestamp.strip().substring(0, 10));
        Tally tally = tallies.get(key);
        Tally fresh = tally == null ? new Tally() : tally;
        Optional<Wrong> wrong = switch (metric) {
            case "nps" -> fresh.nps(value);
            case "csat" -> fresh.csat(value, csatScale);
            case "ces" -> fresh.ces(value, cesScale);
            case "response-time" -> fresh.responseTime(value);
            case "resolution-time" -> fresh.resolutionTime(value);
            default -> fresh.resolvedFirstContact(value);
        };
        if (wrong.isEmpty()) {
            if (tally == null) {
                tallies.put(key, fresh);
            }
            return Optional.empty();
        }
        if (wrong.get().outOfScale()) {
            return Optional.of(new Rejection("survey.out-of-scale", 2,
                    "the " + metric + " answer " + Quote.of(value) + " is outside its scale " + wrong.get().scale(),
                    wrong.get().hint()));
        }
        return Optional.of(new Rejection("survey.bad-value", 2,
                Quote.of(value) + " is not a valid " + metric + " answer", wrong.get().hint()));
    }

    private static final List<String> METRICS = List.of("nps", "csat", "ces", "response-time", "resolution-time",
            "resolved-first-contact");

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Everything folded so far. */
    public SurveySummary summary() {
        List<SurveySummary.Group> groups = new ArrayList<>();
        tallies.forEach((key, tally) -> groups.add(new SurveySummary.Group(key, tally.toSurvey())));
        List<SurveySummary.FileCounts> files = new ArrayList<>();
        java.util.Set<String> names = new java.util.TreeSet<>(answers.keySet());
        names.addAll(badRows.keySet());
        for (String name : names) {
            files.add(new SurveySummary.FileCounts(name, answers.getOrDefault(name, new long[1])[0],
                    badRows.getOrDefault(name, Map.of())));
        }
        return new SurveySummary(csatScale, cesScale, groups, files);
    }

    /**
     * The summary of every answer in the CSV file {@code csv} (named {@code label}), read in one streaming pass:
     * what the Spark job computes, on one machine.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static SurveySummary read(Path csv, String label, AnswerScale csatScale, AnswerScale cesScale) {
        SurveyAnswers fold = new SurveyAnswers(csatScale, cesScale);
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                JsonParser parser = CSV.createParser(reader)) {
            List<String> cells = new ArrayList<>(COLUMNS.size());
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    cells.clear();
                } else if (token == JsonToken.END_ARRAY) {
                    fold.add(label, cells);
                } else if (token.isScalarValue()) {
                    cells.add(parser.getString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fold.summary();
    }

    /** ISO-8601 date or date-time (with or without offset); checked without exceptions on the hot path. */
    static boolean isTimestamp(String text) {
        String s = text.strip();
        DateTimeFormatter format = s.length() == 10 ? DateTimeFormatter.ISO_LOCAL_DATE
                : DateTimeFormatter.ISO_DATE_TIME;
        ParsePosition at = new ParsePosition(0);
        if (format.parseUnresolved(s, at) == null || at.getErrorIndex() >= 0 || at.getIndex() != s.length()) {
            return false;
        }
        try {
            format.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false; // well-formed but impossible, such as 2026-02-30
        }
    }

    /** Running counts for one key; each method answers what is wrong with a value, or empty when it counted. */
    private static final class Tally {
        private long promoters, passives, detractors;
        private long satisfied, csatResponses;
        private long easy, cesResponses;
        private AverageTime responseTime = AverageTime.EMPTY, resolutionTime = AverageTime.EMPTY;
        private long resolvedFirst, requests;

        Optional<Wrong> nps(String value) {
            Answer a = Answer.parse(value);
            if (!a.whole()) {
                return Optional.of(Wrong.value("an NPS answer is a whole number from 0 to 10"));
            }
            if (a.value() < 0 || a.value() > 10) {
                return Optional.of(Wrong.outside("0-10", "NPS is always answered on 0-10"));
            }
            if (a.value() >= 9) {
                promoters++;
            } else if (a.value() >= 7) {
                passives++;
            } else {
                detractors++;
            }
            return Optional.empty();
        }

        Optional<Wrong> csat(String value, AnswerScale scale) {
            Answer a = Answer.parse(value);
            if (!a.whole()) {
                return Optional.of(Wrong.value("a CSAT answer is a whole number on the file's scale, "
                        + scale.label()));
            }
            if (!scale.contains(a.value())) {
                return Optional.of(Wrong.outside(scale.label(), scaleHint("csat", scale)));
            }
            satisfied += a.value() >= scale.satisfiedFrom() ? 1 : 0;
            csatResponses++;
            return Optional.empty();
        }

        Optional<Wrong> ces(String value, AnswerScale scale) {
            Answer a = Answer.parse(value);
            if (!a.whole()) {
                return Optional.of(Wrong.value("a CES answer is a whole number on the file's scale, "
                        + scale.label()));
            }
            if (!scale.contains(a.value())) {
                return Optional.of(Wrong.outside(scale.label(), scaleHint("ces", scale)));
            }
            easy += a.value() >= scale.easyFrom() ? 1 : 0;
            cesResponses++;
            return Optional.empty();
        }

        private static String scaleHint(String metric, AnswerScale scale) {
            return "answers on " + scale.label() + " are " + scale.min() + " to " + scale.max()
                    + "; if the question used another scale, declare it: scales: {" + metric + ": 1-"
                    + (metric.equals("ces") ? "7" : "10") + "}";
        }

        Optional<Wrong> responseTime(String value) {
            Optional<Duration> d = Durations.parse(value);
            if (d.isEmpty()) {
                return Optional.of(Wrong.value("write durations like 45m, 4h, 2d or PT4H"));
            }
            responseTime = responseTime.merge(AverageTime.ofOne(d.get()));
            return Optional.empty();
        }

        Optional<Wrong> resolutionTime(String value) {
            Optional<Duration> d = Durations.parse(value);
            if (d.isEmpty()) {
                return Optional.of(Wrong.value("write durations like 45m, 4h, 2d or PT4H"));
            }
            resolutionTime = resolutionTime.merge(AverageTime.ofOne(d.get()));
            return Optional.empty();
        }

        Optional<Wrong> resolvedFirstContact(String value) {
            switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> resolvedFirst++;
                case "false", "no", "0" -> { }
                default -> {
                    return Optional.of(Wrong.value("write true or false (yes/no, 1/0)"));
                }
            }
            requests++;
            return Optional.empty();
        }

        TouchpointSurvey toSurvey() {
            return new TouchpointSurvey(
                    new NetPromoterScore(promoters, passives, detractors),
                    new CustomerSatisfaction(satisfied, csatResponses),
                    new CustomerEffortScore(easy, cesResponses),
                    responseTime,
                    resolutionTime,
                    new FirstContactResolution(resolvedFirst, requests));
        }
    }

    /** What is wrong with an answer: not a value of its metric at all, or a number outside the file's scale. */
    private record Wrong(boolean outOfScale, String scale, String hint) {
        static Wrong value(String hint) {
            return new Wrong(false, "", hint);
        }

        static Wrong outside(String scale, String hint) {
            return new Wrong(true, scale, hint);
        }
    }

    /**
     * A whole-number answer, also written as a decimal with only zeros after the point ({@code 4.0}, as spreadsheets
     * export), parsed without exceptions on the hot path; {@code whole} is false for anything else.
     */
    private record Answer(boolean whole, int value) {
        private static final Answer NONE = new Answer(false, 0);

        static Answer parse(String text) {
            String s = text.strip();
            if (s.isEmpty() || s.length() > 12) {
                return NONE;
            }
            int v = 0;
            int i = 0;
            for (; i < s.length() && s.charAt(i) != '.'; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return NONE;
                }
                v = v * 10 + (c - '0');
            }
            if (i == 0) {
                return NONE;
            }
            if (i < s.length()) {
                if (i == s.length() - 1) {
                    return NONE; // "4." is not a number a spreadsheet writes
                }
                for (int j = i + 1; j < s.length(); j++) {
                    if (s.charAt(j) != '0') {
                        return NONE;
                    }
                }
            }
            return new Answer(true, v);
        }
    }
}
