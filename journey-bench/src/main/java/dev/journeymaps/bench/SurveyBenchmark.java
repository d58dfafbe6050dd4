package dev.journeymaps.bench;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.SurveyResult;
import dev.journeymaps.model.io.JourneyReader;
import dev.journeymaps.model.io.SurveyReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a survey file of 1,000,000 rows (every metric, about 1 in 1,000 rows bad) for a journey of 1,000
 * touchpoints, in a 64 MB heap to show that memory does not grow with the rows. Run:
 * {@code java -jar journey-bench/target/benchmarks.jar Survey}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class SurveyBenchmark {

    static final int ROWS = 1_000_000;
    private static final String[] METRICS = {"nps", "csat", "ces", "response-time", "resolution-time",
        "resolved-first-contact"};

    private Journey journey;
    private Path csv;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        journey = JourneyReader.read(BenchJourneys.yaml(1_000), "bench.yaml").journey().orElseThrow();
        csv = Files.createTempFile("survey-bench", ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("touchpoint,metric,value,timestamp\n");
            for (int i = 0; i < ROWS; i++) {
                String metric = METRICS[i % METRICS.length];
                String value = switch (metric) {
                    case "nps" -> String.valueOf(i % 11);
                    case "csat", "ces" -> String.valueOf(1 + i % 5);
                    case "response-time" -> (1 + i % 48) + "h";
                    case "resolution-time" -> (1 + i % 5) + "d";
                    default -> i % 3 == 0 ? "false" : "true";
                };
                if (i % 1_000 == 999) {
                    value = "n/a";
                }
                w.write("t" + (i % 1_000) + "," + metric + "," + value + ",2026-11-" + (10 + i % 20) + "\n");
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv);
    }

    @Benchmark
    public SurveyResult loadMillionRows() {
        return SurveyReader.read(csv, journey);
    }
}
