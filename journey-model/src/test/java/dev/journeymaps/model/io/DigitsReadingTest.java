package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.journeymaps.model.Digits;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigitsReadingTest {

    private static final String JOURNEY = """
            journey:
              id: cancel
              title: Cancelling a subscription
              lang: fa
            DIGITS
            stages:
              - id: decide
                name: Decide
            """;

    private static ReadResult read(String digits) {
        return JourneyReader.read(JOURNEY.replace("DIGITS", digits), "m.yaml");
    }

    @Test
    void unsaidLeavesTheChoiceToTheLanguage() {
        ReadResult result = read("");
        assertThat(result.problems()).isEmpty();
        assertThat(result.journey().orElseThrow().settings().digits()).isEmpty();
    }

    @Test
    void readsEitherChoiceCaseInsensitively() {
        assertThat(read("  digits: latin").journey().orElseThrow().settings().digits()).contains(Digits.LATIN);
        assertThat(read("  digits: Native").journey().orElseThrow().settings().digits()).contains(Digits.NATIVE);
    }

    @Test
    void reportsAnUnknownChoiceWhereItIsWrittenAndKeepsTheLanguagesDigits() {
        ReadResult result = read("  digits: latn");
        assertThat(result.problems()).extracting(Problem::code, Problem::message, Problem::location, Problem::hint)
                .containsExactly(tuple("format.bad-value", "'latn' is not a choice of digits",
                        SourceLocation.of("m.yaml", 5, 11), "did you mean 'latin'?"));
        assertThat(result.journey().orElseThrow().settings().digits()).isEmpty();
    }

    @Test
    void writesTheChoiceBackOnlyWhenItWasWritten() {
        Journey written = read("  digits: latin").journey().orElseThrow();
        String yaml = JourneyWriter.toYaml(written);
        assertThat(yaml).contains("digits: latin\n");
        Journey again = JourneyReader.read(yaml, "again.yaml").journey().orElseThrow();
        assertThat(again.withoutLocations()).isEqualTo(written.withoutLocations());
        assertThat(JourneyWriter.toYaml(read("").journey().orElseThrow())).doesNotContain("digits");
    }

    @Test
    void builderSetsTheChoice() {
        Journey journey = Journey.builder("j", "J").lang("fa").digits(Digits.LATIN).build();
        assertThat(journey.settings().digits()).isEqualTo(Optional.of(Digits.LATIN));
    }
}
