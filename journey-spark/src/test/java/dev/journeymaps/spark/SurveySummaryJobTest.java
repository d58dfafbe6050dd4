package dev.journeymaps.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.AnswerScale;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.SurveyResult;
import dev.journeymaps.model.analysis.SurveySummary;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.SourceRoot;
import dev.journeymaps.model.io.SurveyAnswers;
import dev.journeymaps.model.io.SurveyReader;
import dev.journeymaps.model.io.SurveySummaryFormat;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job against the in-process reader, on the same answers. */
class SurveySummaryJobTest {

    private static final long SEED = 20261201L;
    private static SparkSession spark;

    @TempDir
    static Path dir;

    private static Path million;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("journey-spark test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.files.maxPartitionBytes", "8m")
                .getOrCreate();
        million = dir.resolve("answers.csv");
        GeneratedAnswers.write(million, SEED, 1_000_000);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aMillionAnswersSummariseAsTheInProcessReaderSummarisesThem() throws IOException {
        SurveySummary inProcess = SurveyAnswers.read(million, million.toString(), AnswerScale.ONE_TO_FIVE,
                AnswerScale.ONE_TO_SEVEN);
        SurveySummary bySpark = SurveySummaryJob.aggregate(spark, List.of(million.toString()),
                AnswerScale.ONE_TO_FIVE, AnswerScale.ONE_TO_SEVEN);

        assertThat(bySpark).isEqualTo(inProcess);
        SurveySummary.FileCounts counts = bySpark.files().get(0);
        assertThat(counts.answers() + counts.badRowCount()).isEqualTo(1_000_000);
        assertThat(counts.badRows()).containsKeys("survey.bad-value", "survey.unknown-metric", "survey.bad-row",
                "survey.bad-timestamp");
        assertThat(bySpark.groups()).hasSizeGreaterThan(1_000);
        assertAnalysesIdentical(bySpark);
    }

    /** The journey of the generated answers, analysed from the answers file and from Spark's summary of it. */
    private static void assertAnalysesIdentical(SurveySummary bySpark) throws IOException {
        Path summary = dir.resolve("million.json");
        SurveySummaryJob.writeAtomically(bySpark, summary);
        JourneyAnalysis fromAnswers = analyse("file: " + million.getFileName());
        JourneyAnalysis fromSummary = analyse("summary: " + summary.getFileName());
        assertThat(fromSummary.touchpoints()).isEqualTo(fromAnswers.touchpoints());
        assertThat(fromSummary.hotspots()).isEqualTo(fromAnswers.hotspots());
        assertThat(fromSummary.experienceScore()).isEqualTo(fromAnswers.experienceScore());
        assertThat(fromSummary.touchpoint("pay").orElseThrow().metrics()).isNotEmpty();
    }

    private static JourneyAnalysis analyse(String survey) throws IOException {
        StringBuilder yaml = new StringBuilder("journey:\n  id: checkout\n  title: Generated answers\n  surveys:\n"
                + "    - " + survey + "\n      scales: {ces: 1-7}\nstages:\n  - id: all\n    name: All\n"
                + "    touchpoints:\n");
        for (String id : GeneratedAnswers.TOUCHPOINTS) {
            yaml.append("      - id: ").append(id).append("\n        name: ").append(id).append('\n');
        }
        Path file = dir.resolve("checkout.yaml");
        Files.writeString(file, yaml);
        Journey journey = JourneyLoader.load(file).journey().orElseThrow();
        SurveyResult surveys = SurveyReader.readFor(journey, file, SourceRoot.of(dir));
        assertThat(surveys.problems()).noneMatch(Problem::isError);
        return Analyzer.analyze(journey, AnalysisOptions.of(journey), surveys);
    }

    @Test
    void parquetAnswersSummariseAsTheSameAnswersInCsv() throws Exception {
        Path csv = dir.resolve("small.csv");
        GeneratedAnswers.write(csv, SEED + 1, 20_000);
        Path parquet = dir.resolve("small.parquet");
        spark.read().option("header", true).csv(csv.toString()).write().mode(SaveMode.Overwrite)
                .parquet(parquet.toString());

        SurveySummary fromCsv = SurveySummaryJob.aggregate(spark, List.of(csv.toString()), AnswerScale.ONE_TO_FIVE,
                AnswerScale.ONE_TO_FIVE);
        SurveySummary fromParquet = SurveySummaryJob.aggregate(spark, List.of(parquet.toString()),
                AnswerScale.ONE_TO_FIVE, AnswerScale.ONE_TO_FIVE);

        assertThat(fromParquet.groups()).isEqualTo(fromCsv.groups());
        assertThat(totalBadRows(fromParquet)).isEqualTo(totalBadRows(fromCsv)).isPositive();
    }

    private static long totalBadRows(SurveySummary summary) {
        return summary.files().stream().mapToLong(SurveySummary.FileCounts::badRowCount).sum();
    }

    @Test
    void theSummaryFileReadsBackEqual() throws Exception {
        Path csv = dir.resolve("file.csv");
        GeneratedAnswers.write(csv, SEED + 2, 5_000);
        SurveySummary summary = SurveySummaryJob.aggregate(spark, List.of(csv.toString()), AnswerScale.ONE_TO_FIVE,
                AnswerScale.ONE_TO_FIVE);
        Path file = dir.resolve("summary.json");

        SurveySummaryJob.writeAtomically(summary, file);

        assertThat(SurveySummaryFormat.read(file, "summary.json").summary()).contains(summary);
        try (var listing = Files.list(dir)) {
            assertThat(listing.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }
}
