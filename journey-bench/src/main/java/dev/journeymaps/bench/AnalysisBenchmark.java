package dev.journeymaps.bench;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.io.JourneyReader;
import dev.journeymaps.model.io.ReadResult;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole analysis (customer flow through loops and branches, friction, hotspots) of journeys of 100, 1,000 and
 * 10,000 touchpoints. Run: {@code java -jar journey-bench/target/benchmarks.jar Analysis}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class AnalysisBenchmark {

    @Param({"100", "1000", "10000"})
    public int touchpoints;

    private Journey journey;
    private final AnalysisOptions options = AnalysisOptions.DEFAULTS.withResponseTimeTarget(Duration.ofHours(4));

    @Setup(Level.Trial)
    public void setUp() {
        ReadResult read = JourneyReader.read(BenchJourneys.yaml(touchpoints), "bench.yaml");
        if (read.hasErrors()) {
            throw new IllegalStateException("benchmark journey is invalid: " + read.problems());
        }
        journey = read.journey().orElseThrow();
    }

    @Benchmark
    public JourneyAnalysis analyze() {
        return Analyzer.analyze(journey, options);
    }
}
