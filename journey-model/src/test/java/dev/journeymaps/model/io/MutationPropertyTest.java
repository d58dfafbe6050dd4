package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Broken journeys, made by mutating valid ones the way hands and scripts break files (a line lost, duplicated or
 * moved, a character changed, indentation off, text pasted in), never make the loader throw: every one gives a
 * journey or a problem that says why not.
 */
class MutationPropertyTest {

    private static final String[] PASTES = {
        ":", "- ", "[", "]", "{", "}", "\"", "'", "&a ", "*a", "!!str ", "\t", "#", "|", ">", "? ", "---\n", "...",
        "\u0000", "\uFEFF", "\u202E", "😀", "~", "null", ".nan", "-.inf", "1e999", "0x1F", "<script>", "\\", "%YAML 1.1\n"
    };

    @Test
    void mutatedJourneysNeverMakeTheLoaderThrow() {
        Seeds.forEach(5_000, 500, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            String yaml = JourneyWriter.toYaml(RandomJourneys.generate(seed));
            String mutated = mutate(yaml, random, 1 + random.nextInt(4));
            ReadResult result = JourneyLoader.load(mutated, "mutated.yaml");
            if (result.journey().isEmpty()) {
                assertThat(result.problems()).isNotEmpty();
            }
        });
    }

    private static String mutate(String yaml, SplittableRandom random, int times) {
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        for (int i = 0; i < times && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> lines.add(random.nextInt(lines.size()), lines.remove(at));
                case 3 -> lines.set(at, " ".repeat(random.nextInt(4)) + line);
                case 4 -> {
                    int col = line.isEmpty() ? 0 : random.nextInt(line.length());
                    lines.set(at, line.substring(0, col) + PASTES[random.nextInt(PASTES.length)] + line.substring(col));
                }
                default -> lines.set(at, line.replaceFirst(": .*", java.util.regex.Matcher.quoteReplacement(": " + PASTES[random.nextInt(PASTES.length)])));
            }
        }
        return String.join("\n", lines);
    }
}
