package dev.journeymaps.bench;

import dev.journeymaps.model.io.JourneyReader;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.ReadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;

/**
 * The bare parse and the whole pipeline of {@link PipelineBenchmark} on a journey file of your choosing, such as the
 * ones {@code compare-mermaid.sh} generates: what the comparison's whole-process times are made of. Its first call in
 * a fresh JVM with the launcher's settings against its steady state tells how much of a run is the JVM warming up
 * (interpreting and compiling) and how much is the work itself; journey-bench/README.md has the three commands.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.awt.headless=true"})
public class JourneyFileBenchmark {

    /** The journey to read, validate, analyse and draw: a path, given with {@code -p file=...}. */
    @Param({""})
    public String file;

    private String yaml;
    private String name;

    @Setup(Level.Trial)
    public void setUp() {
        if (file.isEmpty()) {
            throw new IllegalArgumentException("name a journey file: -p file=/path/to/journey.yaml");
        }
        Path path = Path.of(file);
        try {
            yaml = Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        name = path.getFileName().toString();
        ReadResult read = JourneyReader.read(yaml, name, limits());
        if (read.hasErrors()) {
            throw new IllegalStateException(file + " is not a valid journey: " + read.problems().get(0));
        }
    }

    private ReadLimits limits() {
        return ReadLimits.DEFAULTS.withMaxDocumentChars(Math.max(ReadLimits.DEFAULTS.maxDocumentChars(),
                2L * yaml.length()));
    }

    @Benchmark
    public JsonNode bareJacksonTreeParse() {
        return PipelineBenchmark.BARE.readTree(yaml);
    }

    /** As {@code journey render} runs it, to a sink: read, validated and analysed with one graph, drawn. */
    @Benchmark
    public void wholePipelineToSvg() {
        PipelineBenchmark.wholePipeline(yaml, name, limits());
    }
}
