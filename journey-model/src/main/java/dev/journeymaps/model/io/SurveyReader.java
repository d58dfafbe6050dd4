package dev.journeymaps.model.io;

import dev.journeymaps.model.AnswerScale;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.analysis.SurveyOptions;
import dev.journeymaps.model.analysis.SurveyPeriod;
import dev.journeymaps.model.analysis.SurveyResult;
import dev.journeymaps.model.analysis.SurveySummary;
import dev.journeymaps.model.analysis.TouchpointSurvey;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Quote;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

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
        return new Pass(csv, csv.toString(), journey, file.csatScale(), file.cesScale(), options).run();
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
                all = all.merge(survey.summary()
                        ? readSummary(resolved.path().orElseThrow(), label, journey, survey, options)
                        : new Pass(resolved.path().orElseThrow(), label, journey, survey.csatScale(),
                                survey.cesScale(), options).run());
            }
        }
        return all;
    }

    /**
     * The answers about {@code journey} in a survey summary file: the same figures its answers give read directly.
     * The summary's scales must be the ones the journey declares; touchpoints the journey lacks and the rows the
     * aggregation left out are warnings, counted, at the file.
     */
    static SurveyResult readSummary(Path path, String label, Journey journey, JourneySettings.SurveyFile declared,
            SurveyOptions options) {
        SurveySummaryFormat.Read read = SurveySummaryFormat.read(path, label);
        if (read.summary().isEmpty()) {
            return new SurveyResult(Map.of(), read.problems());
        }
        SurveySummary summary = read.summary().get();
        SourceLocation at = SourceLocation.of(label, 1, 1);
        List<Problem> problems = new ArrayList<>();
        if (summary.csatScale() != declared.csatScale() || summary.cesScale() != declared.cesScale()) {
            problems.add(Problem.error("survey.scale-mismatch", "'" + label + "' counted CSAT on "
                            + summary.csatScale().label() + " and CES on " + summary.cesScale().label()
                            + ", the journey declares " + declared.csatScale().label() + " and "
                            + declared.cesScale().label(), declared.location())
                    .withHint("declare the summary's scales under scales:, or aggregate again with --csat-scale and"
                            + " --ces-scale"));
            return new SurveyResult(Map.of(), problems);
        }
        for (SurveySummary.FileCounts f : summary.files()) {
            f.badRows().forEach((code, n) -> problems.add(Problem.warning(code, n + (n == 1 ? " row" : " rows")
                            + " of '" + Quote.cut(f.file()) + "' left out when the summary was made (" + code + ")", at)
                    .withHint("run the in-process reader on that file (journey.surveys: [{file: …}]) to see each"
                            + " row with its line")));
        }
        Set<String> known = new HashSet<>();
        journey.touchpoints().forEach(t -> known.add(t.id()));
        Map<String, Long> unknown = new java.util.TreeMap<>();
        for (SurveySummary.Group g : summary.of(journey.id())) {
            if (!known.contains(g.key().touchpoint())) {
                unknown.merge(g.key().touchpoint(), g.survey().responses(), Long::sum);
            }
        }
        unknown.forEach((id, n) -> problems.add(Problem.warning("survey.unknown-touchpoint", "no touchpoint "
                        + Quote.of(id) + " in this journey (" + n + " answers in the summary)", at)
                .withHint("survey rows name touchpoints by their id")));
        List<SurveySummary.Group> groups = new ArrayList<>(summary.of(journey.id()));
        groups.removeIf(g -> !known.contains(g.key().touchpoint()));
        return result(groups, List.of(), options, label, problems);
    }

    /** One reading of one file: the rows this journey's, folded by {@link SurveyAnswers}, problems located. */
    private static final class Pass {
        private final Path csv;
        private final String file;
        private final String journeyId;
        private final Set<String> touchpointIds = new HashSet<>();
        private final Set<String> answered = new LinkedHashSet<>();
        private final SurveyAnswers answers;
        private final SurveyOptions options;
        private final List<Problem> problems = new ArrayList<>();
        private long skipped;

        Pass(Path csv, String file, Journey journey, AnswerScale csatScale, AnswerScale cesScale,
                SurveyOptions options) {
            this.csv = csv;
            this.file = file;
            this.journeyId = journey.id();
            this.answers = new SurveyAnswers(csatScale, cesScale);
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
                    JsonParser parser = SurveyAnswers.CSV.createParser(reader)) {
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
            return result(answers.summary().of(journeyId), answered, options, file, problems);
        }

        private static String describe(IOException e) {
            return e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
        }

        private void readRows(JsonParser parser) {
            List<String> cells = new ArrayList<>(SurveyAnswers.COLUMNS.size());
            int[] columns = new int[SurveyAnswers.COLUMNS.size()];
            int line = 0;
            boolean first = true;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    cells.clear();
                    line = parser.currentLocation().getLineNr();
                } else if (token == JsonToken.END_ARRAY) {
                    if (!(first && SurveyAnswers.isHeader(cells))) {
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

        /** One row; {@code columns} holds the column at which each of its cells starts. */
        private void row(List<String> cells, int[] columns, int line) {
            if (SurveyAnswers.isBlank(cells)) {
                return;
            }
            Optional<SurveyAnswers.Rejection> shape = SurveyAnswers.shape(cells);
            if (shape.isEmpty()) {
                String journey = cells.size() > SurveyAnswers.JOURNEY ? cells.get(SurveyAnswers.JOURNEY).strip() : "";
                if (!journey.isEmpty() && !journey.equals(journeyId)) {
                    return; // another journey's answer in a shared file: not a problem of this one
                }
                if (!touchpointIds.contains(cells.get(0))) {
                    skip(Problem.warning("survey.unknown-touchpoint",
                            "no touchpoint " + Quote.of(cells.get(0)) + " in this journey",
                            at(line, columns[0])), "survey rows name touchpoints by their id");
                    return;
                }
            }
            Optional<SurveyAnswers.Rejection> rejection = shape.isPresent() ? shape : answers.add(file, cells);
            if (rejection.isPresent()) {
                SurveyAnswers.Rejection r = rejection.get();
                skip(Problem.warning(r.code(), r.message(), at(line, r.cell() == 0 ? 1 : columns[r.cell()])),
                        r.hint());
            } else {
                answered.add(cells.get(0));
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

    /**
     * The answers of {@code groups} per touchpoint and per period of {@code options}: totals in the order of
     * {@code order} (the order touchpoints were first answered about; the rest follow in the groups' order), each
     * period's figures in the same order. Days outside {@code --since}/{@code --until} are left out, and answers
     * without a day too when such a window is set (one warning at {@code file} counts them). Grouping days here,
     * after the fold, is what lets a survey summary (per day) give the figures of its answers for any period.
     */
    static SurveyResult result(List<SurveySummary.Group> groups, java.util.Collection<String> order,
            SurveyOptions options, String file, List<Problem> problems) {
        Map<String, TouchpointSurvey> totals = new LinkedHashMap<>();
        order.forEach(id -> totals.put(id, TouchpointSurvey.EMPTY));
        Map<SurveyPeriod, Map<String, TouchpointSurvey>> byPeriod = new TreeMap<>();
        long undatedLeftOut = 0;
        for (SurveySummary.Group g : groups) {
            Optional<LocalDate> date = g.key().date();
            if (date.isEmpty() && options.filters()) {
                undatedLeftOut += g.survey().responses();
                continue;
            }
            if (date.isPresent()) {
                if (!options.keeps(date.get())) {
                    continue;
                }
                byPeriod.computeIfAbsent(SurveyPeriod.of(options.period(), date.get()), p -> new HashMap<>())
                        .merge(g.key().touchpoint(), g.survey(), TouchpointSurvey::merge);
            }
            totals.merge(g.key().touchpoint(), g.survey(), TouchpointSurvey::merge);
        }
        totals.values().removeIf(survey -> survey.responses() == 0);
        Map<SurveyPeriod, Map<String, TouchpointSurvey>> periods = new TreeMap<>();
        byPeriod.forEach((period, surveys) -> {
            Map<String, TouchpointSurvey> inOrder = new LinkedHashMap<>();
            totals.keySet().forEach(id -> {
                TouchpointSurvey survey = surveys.get(id);
                if (survey != null && survey.responses() > 0) {
                    inOrder.put(id, survey);
                }
            });
            periods.put(period, inOrder);
        });
        List<Problem> all = new ArrayList<>(problems);
        if (undatedLeftOut > 0) {
            all.add(Problem.warning("survey.undated-left-out", undatedLeftOut
                            + (undatedLeftOut == 1 ? " answer" : " answers") + " without a timestamp left out:"
                            + " only dated answers can be inside " + options.since() + ".." + options.until(),
                            SourceLocation.of(file, 0, 0))
                    .withHint("add a fourth column with the date of each answer, or read without --since/--until"));
        }
        return new SurveyResult(totals, periods, all);
    }

}
