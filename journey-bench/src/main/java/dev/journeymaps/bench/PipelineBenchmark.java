package dev.journeymaps.bench;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.io.JourneyReader;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Validator;
import dev.journeymaps.render.svg.SvgRenderer;
import java.util.List;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Each step of the pipeline, and the whole of it, for journeys of 100 to 100,000 touchpoints; and the bare Jackson
 * YAML tree parse of the same text, the floor nothing can beat. Run:
 * {@code ./mvnw -B -q -pl journey-bench -am package -DskipTests && java -jar journey-bench/target/benchmarks.jar Pipeline}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.awt.headless=true"})
public class PipelineBenchmark {

    private static final YAMLMapper BARE = YAMLMapper.builder().build();

    @Param({"100", "1000", "10000", "100000"})
    public int touchpoints;

    private String yaml;
    private Journey journey;
    private final SvgRenderer renderer = new SvgRenderer();

    @Setup(Level.Trial)
    public void setUp() {
        yaml = BenchJourneys.yaml(touchpoints);
        ReadResult read = JourneyReader.read(yaml, "bench.yaml", ReadLimits.DEFAULTS);
        if (read.hasErrors()) {
            throw new IllegalStateException("benchmark journey is invalid: " + read.problems());
        }
        journey = read.journey().orElseThrow();
    }

    @Benchmark
    public JsonNode bareJacksonTreeParse() {
        return BARE.readTree(yaml);
    }

    @Benchmark
    public ReadResult load() {
        return JourneyReader.read(yaml, "bench.yaml");
    }

    @Benchmark
    public List<Problem> validate() {
        return Validator.validate(journey);
    }

    @Benchmark
    public String svg() {
        return renderer.render(journey);
    }

    @Benchmark
    public String wholePipelineToSvg() {
        ReadResult read = JourneyReader.read(yaml, "bench.yaml");
        Validator.validate(read.journey().orElseThrow());
        return renderer.render(read.journey().orElseThrow());
    }
}
