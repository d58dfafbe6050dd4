package dev.journeymaps.bench;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.SurveyResult;
import dev.journeymaps.model.graph.JourneyGraph;
import dev.journeymaps.model.io.JourneyReader;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Validator;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.svg.SvgRenderer;
import java.io.OutputStream;
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
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
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

    /** The bare parse with the same raised caps as ours: SnakeYAML's own 3 MB cap would stop it at 100,000. */
    static final YAMLMapper BARE = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(64L << 20).build())
                    .loadSettings(LoadSettings.builder().setCodePointLimit(64 << 20).build())
                    .build())
            .build();
    /** The journey of 100,000 touchpoints is 28 MB of YAML: a trusted file, read with a raised size limit. */
    private static final ReadLimits LIMITS = ReadLimits.DEFAULTS.withMaxDocumentChars(64L * 1024 * 1024);

    /** 5,000, 10,000 and 20,000 say what doubling a journey costs (issue 15: at most 2.2 times the time). */
    @Param({"100", "1000", "5000", "10000", "20000", "100000"})
    public int touchpoints;

    private String yaml;
    private Journey journey;
    private final SvgRenderer renderer = new SvgRenderer();

    @Setup(Level.Trial)
    public void setUp() {
        yaml = BenchJourneys.yaml(touchpoints);
        ReadResult read = JourneyReader.read(yaml, "bench.yaml", LIMITS);
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
        return JourneyReader.read(yaml, "bench.yaml", LIMITS);
    }

    @Benchmark
    public List<Problem> validate() {
        return Validator.validate(journey);
    }

    // The analysis and the SVG, streamed to a sink, as `journey render` streams it to its file: at 100,000 touchpoints the map is
    // about 300 MB of text, which a String would hold twice over in a 512 MB heap.
    @Benchmark
    public void svg() {
        renderer.render(AnalysedJourney.of(journey), RenderOptions.defaults(), OutputStream.nullOutputStream());
    }

    /** As {@code journey render} runs it: read, validated and analysed with one graph, drawn to a sink. */
    @Benchmark
    public void wholePipelineToSvg() {
        wholePipeline(yaml, "bench.yaml", LIMITS);
    }

    /** Reads, validates, analyses and draws {@code yaml} to a sink, as {@code journey render} does to its file. */
    static void wholePipeline(String yaml, String name, ReadLimits limits) {
        ReadResult read = JourneyReader.read(yaml, name, limits);
        JourneyGraph graph = JourneyGraph.of(read.journey().orElseThrow());
        Validator.validate(graph);
        new SvgRenderer().render(AnalysedJourney.of(graph, SurveyResult.NONE), RenderOptions.defaults(),
                OutputStream.nullOutputStream());
    }
}
