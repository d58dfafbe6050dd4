package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.AnswerScale;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.NetPromoterScore;
import dev.journeymaps.model.analysis.SurveyResult;
import dev.journeymaps.model.analysis.SurveySummary;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Survey summaries: the fold, the file, and reading a summary in place of its answers. */
class SurveySummaryTest {

    @TempDir
    Path dir;

    private static final String JOURNEY = """
            journey:
              id: checkout
              title: Buying a desk lamp
              surveys:
                - %s
                  scales: {ces: 1-7}
            stages:
              - id: purchase
                name: Purchase
                touchpoints:
                  - id: cart
                    name: Reviews the cart
                    emotion: neutral
                  - id: pay
                    name: Pays by card
                    emotion: frustrated
                    pain-points:
                      - text: Card form rejects spaces
                        severity: medium
                  - id: done
                    name: Sees the confirmation
                    emotion: happy
            """;

    @Test
    void foldsAnswersPerJourneyPersonaTouchpointAndDay() {
        SurveyAnswers fold = new SurveyAnswers(AnswerScale.ONE_TO_FIVE, AnswerScale.ONE_TO_FIVE);
        fold.add("a.csv", java.util.List.of("touchpoint", "metric", "value"));
        fold.add("a.csv", java.util.List.of("pay", "nps", "9", "2026-10-02T09:00:00Z", "checkout", "emma"));
        fold.add("a.csv", java.util.List.of("pay", "nps", "3", "2026-10-02", "checkout", "emma"));
        fold.add("a.csv", java.util.List.of("pay", "nps", "10"));
        assertThat(fold.add("a.csv", java.util.List.of("pay", "nps", "eleven"))).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("survey.bad-value");
            assertThat(r.cell()).isEqualTo(2);
        });

        SurveySummary summary = fold.summary();

        assertThat(summary.groups()).extracting(g -> g.key(), g -> g.survey().nps()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new SurveySummary.Key("", "", "pay", ""),
                        new NetPromoterScore(1, 0, 0)),
                org.assertj.core.groups.Tuple.tuple(new SurveySummary.Key("checkout", "emma", "pay", "2026-10-02"),
                        new NetPromoterScore(1, 0, 1)));
        assertThat(summary.files()).singleElement().satisfies(f -> {
            assertThat(f.answers()).isEqualTo(3);
            assertThat(f.badRows()).containsExactly(java.util.Map.entry("survey.bad-value", 1L));
        });
    }

    @Test
    void aSummaryFileReadsBackEqualAndWritesTheSameBytesTwice() throws IOException {
        SurveySummary summary = SurveyAnswers.read(answers(2_000, 7), "answers.csv", AnswerScale.ONE_TO_FIVE,
                AnswerScale.ONE_TO_SEVEN);
        Path file = dir.resolve("summary.json");
        String text = text(summary);
        Files.writeString(file, text);

        assertThat(SurveySummaryFormat.read(file, "summary.json").summary()).contains(summary);
        assertThat(text(summary)).isEqualTo(text);
        assertThat(text).startsWith("{\"format\":\"journey-maps survey summary\",\"version\":1,");
    }

    @Test
    void aSummaryGivesTheAnalysisItsAnswersGive() throws IOException {
        Path csv = answers(5_000, 11);
        Path summaryFile = dir.resolve("summary.json");
        Files.writeString(summaryFile, text(SurveyAnswers.read(csv, "answers.csv", AnswerScale.ONE_TO_FIVE,
                AnswerScale.ONE_TO_SEVEN)));

        JourneyAnalysis fromAnswers = analyse("file: answers.csv");
        JourneyAnalysis fromSummary = analyse("summary: summary.json");

        assertThat(fromSummary.touchpoints()).isEqualTo(fromAnswers.touchpoints());
        assertThat(fromSummary.hotspots()).isEqualTo(fromAnswers.hotspots());
        assertThat(fromSummary.experienceScore()).isEqualTo(fromAnswers.experienceScore());
        assertThat(fromAnswers.touchpoint("pay").orElseThrow().metrics()).isNotEmpty();
    }

    @Test
    void aSummaryOnOtherScalesIsAnErrorAtTheSurveyEntry() throws IOException {
        Files.writeString(dir.resolve("summary.json"), text(SurveyAnswers.read(answers(100, 3), "answers.csv",
                AnswerScale.ONE_TO_FIVE, AnswerScale.ONE_TO_FIVE)));

        SurveyResult result = surveys("summary: summary.json");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("survey.scale-mismatch");
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).isEqualTo("'" + dir.resolve("summary.json") + "' counted CSAT on 1-5 and CES on"
                    + " 1-5, the journey declares 1-5 and 1-7");
            assertThat(p.location().line()).isEqualTo(5);
        });
    }

    @Test
    void aFileThatIsNotASummaryIsAnErrorWithItsLine() throws IOException {
        Path file = dir.resolve("summary.json");
        Files.writeString(file,
                "{\"format\": \"journey-maps survey summary\",\n \"version\": 1,\n \"groups\": [ {\"nps\": 3}]}");

        SurveySummaryFormat.Read read = SurveySummaryFormat.read(file, "summary.json");

        assertThat(read.summary()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("survey.bad-summary");
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).startsWith("'summary.json' is not a survey summary:");
        });
    }

    @Test
    void aSummaryOfAnotherVersionIsRefusedByName() throws IOException {
        Path file = dir.resolve("summary.json");
        Files.writeString(file, "{\"format\": \"journey-maps survey summary\", \"version\": 2, \"groups\": []}");

        Problem p = SurveySummaryFormat.read(file, "summary.json").problems().get(0);

        assertThat(p.code()).isEqualTo("survey.summary-version");
        assertThat(p.message()).isEqualTo("'summary.json' is a survey summary of version 2; this journey-maps reads"
                + " version 1");
    }

    @Test
    void bothAnswersAndSummaryInOneEntryIsAnError() throws IOException {
        ReadResult read = JourneyLoader.load(JOURNEY.formatted("file: a.csv\n      summary: s.json"), "map.yaml");

        assertThat(read.problems()).extracting(Problem::code).contains("format.survey-source");
    }

    private JourneyAnalysis analyse(String entry) throws IOException {
        Journey journey = journey(entry);
        return Analyzer.analyze(journey, AnalysisOptions.of(journey), surveys(entry));
    }

    private SurveyResult surveys(String entry) throws IOException {
        return SurveyReader.readFor(journey(entry), dir.resolve("map.yaml"), SourceRoot.of(dir));
    }

    private Journey journey(String entry) throws IOException {
        Path yaml = dir.resolve("map.yaml");
        Files.writeString(yaml, JOURNEY.formatted(entry));
        return JourneyLoader.load(yaml).journey().orElseThrow();
    }

    private static String text(SurveySummary summary) {
        Writer out = new StringWriter();
        SurveySummaryFormat.write(summary, out);
        return out.toString();
    }

    /** Answers about the journey above, and some about another journey, from a seed. */
    private Path answers(int rows, long seed) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        String[] touchpoints = {"cart", "pay", "done", "nowhere"};
        StringBuilder csv = new StringBuilder("touchpoint,metric,value,timestamp,journey,persona\n");
        for (int i = 0; i < rows; i++) {
            String tp = touchpoints[random.nextInt(touchpoints.length)];
            String day = "2026-10-" + (10 + random.nextInt(20));
            String journey = random.nextInt(5) == 0 ? "other" : random.nextBoolean() ? "checkout" : "";
            String answer = switch (random.nextInt(5)) {
                case 0 -> "nps," + random.nextInt(11);
                case 1 -> "csat," + (1 + random.nextInt(5));
                case 2 -> "ces," + (1 + random.nextInt(7));
                case 3 -> "response-time," + (1 + random.nextInt(90)) + "m";
                default -> "resolved-first-contact," + random.nextBoolean();
            };
            csv.append(tp).append(',').append(answer).append(',').append(day).append(',').append(journey)
                    .append(",emma\n");
        }
        Path file = dir.resolve("answers.csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
