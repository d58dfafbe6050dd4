package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every complete journey shown in the README and in docs/ loads and validates without problems, as readers copy it. */
class DocsExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("```(yaml|json)\\n(.*?)```", Pattern.DOTALL);
    /** A block is a whole journey (not a fragment such as a lone {@code next:} list) when it has the journey block. */
    private static final Pattern WHOLE = Pattern.compile("^(journey:|\\{\\s*\"journey\")", Pattern.MULTILINE);

    static Stream<Arguments> examples() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("../README.md")));
        try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<Arguments> examples = new ArrayList<>();
        for (Path page : pages) {
            String text = Files.readString(page);
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                if (WHOLE.matcher(m.group(2)).find()) {
                    int line = (int) text.substring(0, m.start()).lines().count() + 1;
                    String name = page.getFileName() + ":" + line + "." + m.group(1);
                    examples.add(Arguments.of(name, m.group(2)));
                }
            }
        }
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void docExampleIsAValidJourney(String name, String content) {
        ReadResult result = JourneyLoader.load(content, name);

        assertThat(result.problems()).isEmpty();
        assertThat(result.journey()).isPresent();
    }

    @org.junit.jupiter.api.Test
    void findsTheExamples() throws IOException {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(3);
    }
}
