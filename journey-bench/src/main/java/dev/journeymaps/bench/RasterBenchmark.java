package dev.journeymaps.bench;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.io.JourneyReader;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.raster.RasterRenderer;
import dev.journeymaps.render.raster.RasterResult;
import dev.journeymaps.samples.Samples;
import java.io.OutputStream;
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
 * PNG render time of each sample journey (layout, SVG, Batik transcoding and PNG encoding), at scale 1 and at the
 * scale the gallery uses. Run: {@code ./mvnw -B -q -pl journey-bench -am package -DskipTests &&
 * java -jar journey-bench/target/benchmarks.jar Raster -f 1 -wi 1 -i 2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.awt.headless=true"})
public class RasterBenchmark {

    @Param({
        "damaged-delivery-refund.yaml", "order-never-arrived.yaml", "saas-trial-onboarding.yaml",
        "pet-food-return.yaml", "kafic-csat.yaml", "jewellery-store-and-online.yaml", "grocery-visit-current.yaml",
        "grocery-visit-future.yaml", "social-customer-care.yaml", "subscription-cancellation-fa.yaml"
    })
    public String sample;

    @Param({"1"})
    public double scale;

    private Journey journey;
    private final RasterRenderer renderer = new RasterRenderer();

    @Setup(Level.Trial)
    public void setUp() {
        ReadResult read = JourneyReader.read(Samples.read(sample), sample, ReadLimits.DEFAULTS);
        journey = read.validJourney().orElseThrow(() -> new IllegalStateException(sample + ": " + read.problems()));
    }

    @Benchmark
    public RasterResult png() {
        return renderer.renderPng(journey, RenderOptions.defaults(), scale, RasterRenderer.DEFAULT_MAX_PIXELS,
                OutputStream.nullOutputStream());
    }
}
