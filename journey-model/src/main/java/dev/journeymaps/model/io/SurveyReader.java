package dev.journeymaps.model.io;

import dev.journeymaps.model.AnswerScale;
import dev.journeymaps.model.Durations;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.analysis.AverageTime;
import dev.journeymaps.model.analysis.CustomerEffortScore;
import dev.journeymaps.model.analysis.CustomerSatisfaction;
import dev.journeymaps.model.analysis.FirstContactResolution;
import dev.journeymaps.model.analysis.NetPromoterScore;
import dev.journeymaps.model.analysis.SurveyOptions;
import dev.journeymaps.model.analysis.SurveyPeriod;
import dev.journeymaps.model.analysis.SurveyResult;
import dev.journeymaps.model.analysis.TouchpointSurvey;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.text.ParsePosition;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads survey responses from CSV files with the columns {@code touchpoint,metric,value[,timestamp]}, where metric is
 * one of {@code nps}, {@code csat}, {@code ces}, {@code response-time}, {@code resolution-time},
 * {@code resolved-first-contact}. A first row {@code touchpoint,metric,value,…} is taken as a header.
 *
 * <p>Files are streamed row by row into per-touchpoint summaries, so memory grows with the number of touchpoints,
 * not of rows. Rows that cannot be used become warnings with file and line and are skipped; after
 * {@value #MAX_PROBLEMS_PER_FILE} of them, the rest of a file's bad rows are counted in one last problem. Nothing is
 * thrown for bad content or unreadable files: they are problems too.
 */
public final class SurveyReader {

    /** How many problems one file reports row by row before it only counts them. */
    public static final int MAX_PROBLEMS_PER_FILE = 100;

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvReadFeature.TRIM_SPACES)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    private SurveyReader() {}

    /** The responses in {@code csv} about touchpoints of {@code journey}. */
    public static SurveyResult read(Path csv, Journey journey) {
        return read(csv, journey, AnswerScale.ONE_TO_FIVE, AnswerScale.ONE_TO_FIVE);
    }

    /** The responses in {@code csv}, its CSAT answers on {@code csatScale} and its CES answers on {@code cesScale}. */
    public static SurveyResult read(Path csv, Journey journey, AnswerScale csatScale, AnswerScale cesScale) {
        return read(csv, journey, new JourneySettings.SurveyFile(csv.toString(), SourceLocation.UNKNOWN, csatScale,
                cesScale), SurveyOptions.DEFAULTS);
    }

    /** The responses in {@code csv}, on the scales {@code file} declares, grouped and filtered by {@code options}. */
    public static SurveyResult read(Path csv, Journey journey, JourneySettings.SurveyFile file, SurveyOptions options) {
        return new Pass(csv, csv.toString(), journey, file, options).run();
    }

    /** The responses in every file of {@code csvs}, merged as if they were one file. */
    public static SurveyResult readAll(List<Path> csvs, Journey journey) {
        SurveyResult all = SurveyResult.NONE;
        for (Path csv : csvs) {
            all = all.merge(read(csv, journey));
        }
        return all;
    }

    /**
     * The responses in the survey files {@code journey} names ({@code journey.surveys}), resolved relative to
     * {@code journeyFile} and kept inside {@code root}; a file that cannot be resolved is a problem at the line that
     * names it.
     */
    public static SurveyResult readFor(Journey journey, Path journeyFile, SourceRoot root) {
        return readFor(journey, journeyFile, root, SurveyOptions.DEFAULTS);
    }

    /** The responses in the survey files {@code journey} names, grouped and filtered by {@code options}. */
    public static SurveyResult readFor(Journey journey, Path journeyFile, SourceRoot root, SurveyOptions options) {
        SurveyResult all = SurveyResult.NONE;
        for (JourneySettings.SurveyFile survey : journey.settings().surveys()) {
            SourceRoot.Resolved resolved = root.resolve(journeyFile, survey.file(), survey.location());
            if (resolved.problem().isPresent()) {
                all = all.merge(new SurveyResult(Map.of(), List.of(resolved.problem().get())));
            } else {
                Path base = journeyFile.getParent();
                String label = (base == null ? Path.of(survey.file()) : base.resolve(survey.file())).normalize()
                        .toString();
                all = all.merge(new Pass(resolved.path().orElseThrow(), label, journey, survey, options).run());
            }
        }
        return all;
    }

    /** One reading of one file: mutable tallies, so a row costs no allocation beyond its cells. */
    private static final class Pass {
        private final Path csv;
        private final String file;
        private final Set<String> touchpointIds = new HashSet<>();
        /** Touchpoints in the order first answered about. */
        private final Set<String> answered = new LinkedHashSet<>();
        /** Tallies per period; memory grows with touchpoints × periods, never with rows. */
        private final Map<SurveyPeriod, Map<String, Tally>> dated = new HashMap<>();
        private final Map<String, Tally> undated = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private final AnswerScale csatScale;
        private final AnswerScale cesScale;
        private final SurveyOptions options;
        private long skipped;
        private long undatedLeftOut;
        /** The last row's date and tallies: rows usually come in time order, so most rows skip the look-up. */
        private LocalDate lastDate;
        private Map<String, Tally> lastTallies;

        Pass(Path csv, String file, Journey journey, JourneySettings.SurveyFile survey, SurveyOptions options) {
            this.csv = csv;
            this.file = file;
            this.csatScale = survey.csatScale();
            this.cesScale = survey.cesScale();
            this.options = options;
            journey.touchpoints().forEach(t -> touchpointIds.add(t.id()));
        }

        SurveyResult run() {
            if (!Files.isRegularFile(csv)) {
                // checked before opening: a FIFO or a device would block the reader, a folder cannot be read
                problems.add(Problem.error("survey.unreadable",
                                "cannot read survey file '" + file + "': "
                                        + (Files.exists(csv) ? "not a regular file" : "no such file"),
                                SourceLocation.of(file, 0, 0))
                        .withHint("check the path in journey.surveys; it is relative to the journey file"));
                return new SurveyResult(Map.of(), problems);
            }
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                    JsonParser parser = CSV.createParser(reader)) {
                readRows(parser);
            } catch (IOException e) {
                problems.add(Problem.error("survey.unreadable",
                                "cannot read survey file '" + file + "': " + describe(e),
                                SourceLocation.of(file, 0, 0))
                        .withHint("check the path in journey.surveys; it is relative to the journey file"));
            } catch (JacksonException e) {
                int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
                problems.add(Problem.warning("survey.malformed",
                                "survey file is not valid CSV here, the rest of it is ignored: "
                                        + e.getOriginalMessage(),
                                SourceLocation.of(file, line, 1))
                        .withHint("close every quoted field with a double quote"));
            }
            if (skipped > MAX_PROBLEMS_PER_FILE) {
                problems.add(Problem.warning("survey.too-many-problems",
                                (skipped - MAX_PROBLEMS_PER_FILE) + " more rows of this file were skipped",
                                SourceLocation.of(file, 0, 0))
                        .withHint("fix the rows reported above first; the rest are often the same mistake"));
            }
            if (undatedLeftOut > 0) {
                problems.add(Problem.warning("survey.undated-left-out", undatedLeftOut
                                + (undatedLeftOut == 1 ? " answer" : " answers") + " without a timestamp left out:"
                                + " only dated answers can be inside " + options.since() + ".." + options.until(),
                                SourceLocation.of(file, 0, 0))
                        .withHint("add a fourth column with the date of each answer, or read without --since/--until"));
            }
            Map<SurveyPeriod, Map<String, TouchpointSurvey>> byPeriod = new TreeMap<>();
            Map<String, TouchpointSurvey> totals = new HashMap<>();
            dated.forEach((period, tallies) -> byPeriod.put(period, surveys(tallies, totals)));
            surveys(undated, totals);
            Map<String, TouchpointSurvey> byTouchpoint = new LinkedHashMap<>();
            answered.forEach(id -> {
                TouchpointSurvey survey = totals.getOrDefault(id, TouchpointSurvey.EMPTY);
                if (survey.responses() > 0) {
                    byTouchpoint.put(id, survey);
                }
            });
            return new SurveyResult(byTouchpoint, byPeriod, problems);
        }

        /** The answered touchpoints' summaries of {@code tallies}, in answer order, each also added to totals. */
        private Map<String, TouchpointSurvey> surveys(Map<String, Tally> tallies, Map<String, TouchpointSurvey> totals) {
            Map<String, TouchpointSurvey> out = new LinkedHashMap<>();
            for (String id : answered) {
                Tally t = tallies.get(id);
                TouchpointSurvey survey = t == null ? TouchpointSurvey.EMPTY : t.toSurvey();
                if (survey.responses() > 0) {
                    out.put(id, survey);
                    totals.merge(id, survey, TouchpointSurvey::merge);
                }
            }
            return out;
        }

        /** The tallies an answer of {@code date} (null: undated) counts in, or null when the options leave it out. */
        private Map<String, Tally> talliesFor(LocalDate date) {
            if (date == null) {
                if (options.filters()) {
                    undatedLeftOut++;
                    return null;
                }
                return undated;
            }
            if (!options.keeps(date)) {
                return null;
            }
            if (!date.equals(lastDate)) {
                lastDate = date;
                lastTallies = dated.computeIfAbsent(SurveyPeriod.of(options.period(), date), p -> new HashMap<>());
            }
            return lastTallies;
        }

        private static String describe(IOException e) {
            return e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
        }

        private void readRows(JsonParser parser) {
            List<String> cells = new ArrayList<>(4);
            int[] columns = new int[5];
            int line = 0;
            boolean first = true;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    cells.clear();
                    line = parser.currentLocation().getLineNr();
                } else if (token == JsonToken.END_ARRAY) {
                    if (!(first && isHeader(cells))) {
                        row(cells, columns, line);
                    }
                    first = false;
                } else if (token.isScalarValue()) {
                    if (cells.size() < columns.length) {
                        columns[cells.size()] = Math.max(1, parser.currentTokenLocation().getColumnNr());
                    }
                    cells.add(parser.getString());
                }
            }
        }

        private static boolean isHeader(List<String> cells) {
            return !cells.isEmpty() && cells.get(0).strip().equalsIgnoreCase("touchpoint");
        }

        /** One row; {@code columns} holds the column at which each of its cells starts. */
        private void row(List<String> cells, int[] columns, int line) {
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                return;
            }
            if (cells.size() < 3 || cells.size() > 4) {
                skip(Problem.warning("survey.bad-row",
                        "a survey row has 3 or 4 columns (touchpoint,metric,value[,timestamp]), this one has "
                                + cells.size(),
                        at(line, 1)), "write one answer per row: touchpoint,metric,value[,timestamp]");
                return;
            }
            String touchpoint = cells.get(0);
            String metric = cells.get(1).toLowerCase(Locale.ROOT);
            String value = cells.get(2);
            if (!touchpointIds.contains(touchpoint)) {
                skip(Problem.warning("survey.unknown-touchpoint",
                        "no touchpoint " + Cells.quote(touchpoint) + " in this journey", at(line, columns[0])),
                        "survey rows name touchpoints by their id");
                return;
            }
            LocalDate date = null;
            if (cells.size() == 4 && !cells.get(3).isBlank()) {
                date = date(cells.get(3));
                if (date == null) {
                    skip(Problem.warning("survey.bad-timestamp",
                            Cells.quote(cells.get(3)) + " is not an ISO-8601 date or time", at(line, columns[3])),
                            "write timestamps like 2026-11-23 or 2026-11-23T09:40:00Z");
                    return;
                }
            }
            Map<String, Tally> tallies = talliesFor(date);
            if (tallies == null) {
                return;
            }
            answered.add(touchpoint);
            Tally tally = tallies.computeIfAbsent(touchpoint, id -> new Tally());
            Optional<Wrong> wrong = switch (metric) {
                case "nps" -> tally.nps(value);
                case "csat" -> tally.csat(value, csatScale);
                case "ces" -> tally.ces(value, cesScale);
                case "response-time" -> tally.responseTime(value);
                case "resolution-time" -> tally.resolutionTime(value);
                case "resolved-first-contact" -> tally.resolvedFirstContact(value);
                default -> null;
            };
            if (wrong == null) {
                skip(Problem.warning("survey.unknown-metric",
                        "unknown survey metric " + Cells.quote(cells.get(1)), at(line, columns[1])),
                        "use nps, csat, ces, response-time, resolution-time or resolved-first-contact");
            } else if (wrong.isPresent() && wrong.get().outOfScale()) {
                skip(Problem.warning("survey.out-of-scale",
                        "the " + metric + " answer " + Cells.quote(value) + " is outside its scale "
                                + wrong.get().scale(),
                        at(line, columns[2])), wrong.get().hint());
            } else if (wrong.isPresent()) {
                skip(Problem.warning("survey.bad-value",
                        Cells.quote(value) + " is not a valid " + Cells.cut(metric) + " answer",
                        at(line, columns[2])), wrong.get().hint());
            }
        }

        /**
         * The calendar date written in an ISO-8601 date or date-time (with or without offset, which is not converted);
         * null when it is none. Checked without exceptions on the hot path.
         */
        private static LocalDate date(String text) {
            String s = text.strip();
            DateTimeFormatter format = s.length() == 10 ? DateTimeFormatter.ISO_LOCAL_DATE
                    : DateTimeFormatter.ISO_DATE_TIME;
            ParsePosition at = new ParsePosition(0);
            if (format.parseUnresolved(s, at) == null || at.getErrorIndex() >= 0 || at.getIndex() != s.length()) {
                return null;
            }
            try {
                return format.parse(s, LocalDate::from);
            } catch (DateTimeParseException e) {
                return null; // well-formed but impossible, such as 2026-02-30
            }
        }

        private SourceLocation at(int line, int column) {
            return SourceLocation.of(file, line, column);
        }

        private void skip(Problem problem, String hint) {
            skipped++;
            if (skipped <= MAX_PROBLEMS_PER_FILE) {
                problems.add(problem.withHint(hint));
            }
        }
    }

    /** Running counts for one touchpoint; each method answers what is wrong with a value, or empty when it counted. */
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
