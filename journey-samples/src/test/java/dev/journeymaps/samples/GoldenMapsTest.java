package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.JourneyReader;
import dev.journeymaps.render.svg.SvgRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's SVG map, byte for byte, against its golden file in {@code src/test/resources/golden/}.
 *
 * <p>After an intended change to the layout, the writer or a sample, rewrite the golden files with
 * {@code ./mvnw -B -pl journey-samples -am test -Dtest=GoldenMapsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true}, look at the new maps, and review the diff before committing. When a map differs, the test
 * leaves what it rendered in {@code target/golden-actual/} for comparing.
 */
class GoldenMapsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path ACTUAL = Path.of("target/golden-actual");

    static List<String> names() {
        return Samples.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void sampleMapMatchesItsGoldenFile(String name) throws IOException {
        Journey journey = JourneyReader.read(Samples.read(name), name, ReadLimits.DEFAULTS, Samples.includes()).journey().orElseThrow();
        String svg = new SvgRenderer().render(journey);
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
}
