package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.TextDirection;
import dev.journeymaps.model.validate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionReadingTest {

    private static final String JOURNEY = """
            journey:
              id: cancel
              title: Cancelling a subscription
              lang: LANG
            DIRECTION
            stages:
              - id: decide
                name: Decide
            """;

    private static Journey read(String lang, String direction) {
        ReadResult result = JourneyReader.read(JOURNEY.replace("LANG", lang).replace("DIRECTION", direction), "m.yaml");
        assertThat(result.problems()).isEmpty();
        return result.journey().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"fa, RTL", "ar-EG, RTL", "he, RTL", "ur, RTL", "ps, RTL", "ckb, RTL", "yi, RTL", "dv, RTL",
            "ug, RTL", "sd, RTL", "en, LTR", "hr, LTR", "eu, LTR", "it, LTR", "su, LTR", "pt-BR, LTR",
            "az-Arab, RTL", "sd-Deva, LTR"})
    void followsTheLanguageWhenNoDirectionIsWritten(String lang, TextDirection expected) {
        Journey journey = read(lang, "");
        assertThat(journey.settings().direction()).isEmpty();
        assertThat(journey.direction()).isEqualTo(expected);
    }

    @Test
    void writtenDirectionOverridesTheLanguage() {
        assertThat(read("fa", "  direction: ltr").direction()).isEqualTo(TextDirection.LTR);
        assertThat(read("en", "  direction: RTL").direction()).isEqualTo(TextDirection.RTL);
    }

    @Test
    void reportsAnUnknownDirectionWhereItIsWritten() {
        ReadResult result = JourneyReader.read(
                JOURNEY.replace("LANG", "fa").replace("DIRECTION", "  direction: rtll"), "m.yaml");
        assertThat(result.problems()).extracting(Problem::code, Problem::message, Problem::location, Problem::hint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("format.bad-value",
                        "'rtll' is not a known direction", SourceLocation.of("m.yaml", 5, 14), "did you mean 'rtl'?"));
        assertThat(result.journey().orElseThrow().direction()).isEqualTo(TextDirection.RTL);
    }

    @Test
    void writesTheDirectionBackOnlyWhenItWasWritten() {
        Journey written = read("en", "  direction: rtl");
        String yaml = JourneyWriter.toYaml(written);
        assertThat(yaml).contains("direction: rtl\n");
        Journey again = JourneyReader.read(yaml, "again.yaml").journey().orElseThrow();
        assertThat(again.withoutLocations()).isEqualTo(written.withoutLocations());
        assertThat(JourneyWriter.toYaml(read("fa", ""))).doesNotContain("direction");
    }

    @Test
    void builderSetsTheDirection() {
        Journey journey = Journey.builder("j", "J").lang("fa").direction(TextDirection.LTR).build();
        assertThat(journey.direction()).isEqualTo(TextDirection.LTR);
    }
}
