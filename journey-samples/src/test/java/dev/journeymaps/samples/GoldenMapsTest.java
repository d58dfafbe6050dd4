package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.io.AnalysisResult;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.SourceRoot;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.svg.SvgRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's SVG map, byte for byte, against its golden file in {@code src/test/resources/golden/}: read from
 * its file with the survey answers it names, as {@code journey render} reads it.
 *
 * <p>After an intended change to the layout, the writer or a sample, rewrite the golden files with
 * {@code ./mvnw -B -pl journey-samples -am test -Dtest=GoldenMapsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true}, look at the new maps, and review the diff before committing. When a map differs, the test
 * leaves what it rendered in {@code target/golden-actual/} for comparing.
 */
class GoldenMapsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path ACTUAL = Path.of("target/golden-actual");
    private static final Path SAMPLES = Path.of("src/main/resources", Samples.FOLDER);

    static List<String> names() {
        return Samples.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void sampleMapMatchesItsGoldenFile(String name) throws IOException {
        AnalysisResult result = JourneyLoader.analyse(SAMPLES.resolve(name), ReadLimits.DEFAULTS, SourceRoot.of(SAMPLES));
        String svg = new SvgRenderer().render(result.analysed().orElseThrow(), RenderOptions.defaults());
        String file = name.replaceFirst("\\.ya?ml$", ".svg");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(GOLDEN.resolve(file), svg, StandardCharsets.UTF_8);
        }
        Path golden = GOLDEN.resolve(file);
        assertThat(golden).as("golden file (create it with -Dgolden.update=true)").exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(svg)) {
            Files.createDirectories(ACTUAL);
            Files.writeString(ACTUAL.resolve(file), svg, StandardCharsets.UTF_8);
        }
        assertThat(svg).as("%s differs from %s; see %s; rewrite with -Dgolden.update=true", name, golden,
                ACTUAL.resolve(file)).isEqualTo(expected);
    }

    /** As {@code journey render -o} writes it: streamed, each row laid out again as it is written. */
    @ParameterizedTest
    @MethodSource("names")
    void streamedSampleMapMatchesItsGoldenFile(String name) throws IOException {
        AnalysisResult result = JourneyLoader.analyse(SAMPLES.resolve(name), ReadLimits.DEFAULTS, SourceRoot.of(SAMPLES));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgRenderer().render(result.analysed().orElseThrow(), RenderOptions.defaults(), out);
        Path golden = GOLDEN.resolve(name.replaceFirst("\\.ya?ml$", ".svg"));
        assertThat(out.toString(StandardCharsets.UTF_8)).as("%s streamed differs from %s", name, golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
