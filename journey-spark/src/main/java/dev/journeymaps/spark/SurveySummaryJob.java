package dev.journeymaps.spark;

import dev.journeymaps.model.AnswerScale;
import dev.journeymaps.model.analysis.SurveySummary;
import dev.journeymaps.model.io.SurveyAnswers;
import dev.journeymaps.model.io.SurveySummaryFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Aggregates survey answers with Spark into a survey summary file ({@code journey.surveys: [{summary: FILE}]}).
 *
 * <pre>
 * spark-submit --class dev.journeymaps.spark.SurveySummaryJob journey-spark.jar \
 *     --output summary.json [--csat-scale 1-5] [--ces-scale 1-5] answers/ more.parquet
 * </pre>
 *
 * <p>Each partition folds its rows with the library's own {@link SurveyAnswers} (the in-process reader's fold); a
 * typed {@link SummaryAggregator} merges the partitions' summaries per key. Only the summaries reach the driver,
 * which writes the file.
 */
public final class SurveySummaryJob {

    private SurveySummaryJob() {}

    /** Runs the job on the Spark that {@code spark-submit} (or {@code --master}) gives; exit 2 on a usage error. */
    public static void main(String[] args) throws IOException {
        JobArguments arguments;
        try {
            arguments = JobArguments.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("journey-spark: " + e.getMessage());
            System.err.println(JobArguments.USAGE);
            System.exit(2);
            return;
        }
        if (arguments.help()) {
            System.out.println(JobArguments.USAGE);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("journey-maps survey summary");
        arguments.master().ifPresent(builder::master);
        SparkSession spark = builder.getOrCreate();
        if (arguments.master().isPresent()) {
            spark.sparkContext().setLogLevel("WARN"); // run by hand: our counts, not Spark's progress, on stderr
        }
        try {
            SurveySummary summary = aggregate(spark, arguments.inputs(), arguments.csatScale(), arguments.cesScale());
            writeAtomically(summary, arguments.output());
            report(summary, arguments.output(), System.err);
        } finally {
            spark.stop();
        }
    }

    /**
     * The summary of every answer in {@code inputs} (CSV or Parquet, by extension; files or folders), CSAT answers
     * counted on {@code csatScale} and CES answers on {@code cesScale}.
     */
    public static SurveySummary aggregate(
            SparkSession spark, List<String> inputs, AnswerScale csatScale, AnswerScale cesScale) {
        Dataset<Row> rows = null;
        for (String input : inputs) {
            Dataset<Row> one = AnswerTables.read(spark, input);
            rows = rows == null ? one : rows.unionByName(one);
        }
        if (rows == null) {
            return new SurveySummary(csatScale, cesScale, List.of(), List.of());
        }
        Dataset<Partial> partials = rows.mapPartitions(
                (MapPartitionsFunction<Row, Partial>) it -> fold(it, csatScale, cesScale),
                Encoders.javaSerialization(Partial.class));
        List<SurveySummary.Group> groups = new ArrayList<>();
        List<SurveySummary.FileCounts> files = new ArrayList<>();
        partials.groupByKey((MapFunction<Partial, String>) Partial::groupKey, Encoders.STRING())
                .agg(new SummaryAggregator().toColumn())
                .collectAsList()
                .forEach(t -> {
                    Partial p = t._2();
                    if (p.isGroup()) {
                        groups.add(new SurveySummary.Group(Partial.keyFrom(p.key()), p.survey()));
                    } else {
                        files.add(new SurveySummary.FileCounts(p.file(), p.answers(), p.badRows()));
                    }
                });
        return new SurveySummary(csatScale, cesScale, groups, files);
    }

    private static Iterator<Partial> fold(Iterator<Row> rows, AnswerScale csatScale, AnswerScale cesScale) {
        SurveyAnswers answers = new SurveyAnswers(csatScale, cesScale);
        while (rows.hasNext()) {
            Row row = rows.next();
            answers.add(AnswerTables.file(row), AnswerTables.cells(row));
        }
        SurveySummary summary = answers.summary();
        List<Partial> out = new ArrayList<>();
        summary.groups().forEach(g -> out.add(Partial.of(g)));
        summary.files().forEach(f -> out.add(Partial.of(f)));
        return out.iterator();
    }

    /** Writes next to {@code output}, then moves over it: a failed or killed job leaves the old summary whole. */
    static void writeAtomically(SurveySummary summary, Path output) throws IOException {
        Path absolute = output.toAbsolutePath();
        // a plain new file, not createTempFile: that one is owner-only, and the summary keeps the umask's permissions
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                SurveySummaryFormat.write(summary, out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void report(SurveySummary summary, Path output, PrintStream err) {
        for (SurveySummary.FileCounts f : summary.files()) {
            err.println(f.file() + ": " + f.answers() + " answers" + (f.badRowCount() == 0 ? ""
                    : ", " + f.badRowCount() + " bad rows " + f.badRows()));
        }
        err.println(output);
    }
}
