package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Provenance;
import dev.journeymaps.model.Provenance.ResearchSource;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The title-block keys of the {@code journey:} block: owner, version, date and the research sources. */
class ProvenanceReadingTest {

    private static final String JOURNEY = """
            journey:
              id: damaged-delivery
              title: Online order arrives damaged
              owner: CX team, Zagreb
              version: "2.1"
              date: 2026-11-30
              sources:
                - {name: Customer interviews, sample-size: 12}
                - Support tickets, autumn 2026
            stages:
              - id: delivery
                name: Delivery
                touchpoints:
                  - id: unboxing
                    name: Opens a damaged parcel
            """;

    @Test
    void readsOwnerVersionDateAndSourcesWithTheirSampleSizes() {
        ReadResult result = JourneyReader.read(JOURNEY, "map.yaml");

        assertThat(result.problems()).isEmpty();
        Provenance p = result.journey().orElseThrow().settings().provenance();
        assertThat(p.owner()).isEqualTo("CX team, Zagreb");
        assertThat(p.version()).isEqualTo("2.1");
        assertThat(p.date()).contains(LocalDate.of(2026, 11, 30));
        assertThat(p.sources()).containsExactly(
                new ResearchSource("Customer interviews", OptionalInt.of(12), SourceLocation.of("map.yaml", 8, 7)),
                new ResearchSource("Support tickets, autumn 2026", OptionalInt.empty(),
                        SourceLocation.of("map.yaml", 9, 7)));
    }

    @Test
    void writesTheTitleBlockKeysBackSoTheyReadTheSame() {
        Journey journey = JourneyReader.read(JOURNEY, "map.yaml").journey().orElseThrow();

        Journey again = JourneyReader.read(JourneyWriter.toYaml(journey), "again.yaml").journey().orElseThrow();

        assertThat(again.withoutLocations()).isEqualTo(journey.withoutLocations());
        assertThat(again.settings().provenance().sources()).hasSize(2);
    }

    @Test
    void saysNothingWhenTheKeysAreLeftOut() {
        Journey journey = JourneyReader.read(JOURNEY.replaceAll("(?s)  owner:.*?(?=stages:)", ""), "map.yaml")
                .journey().orElseThrow();

        assertThat(journey.settings().provenance()).isEqualTo(Provenance.NONE);
        assertThat(journey.settings().provenance().isEmpty()).isTrue();
    }

    @Test
    void reportsADateThatIsNoDateAndASampleSizeBelowOne() {
        String yaml = JOURNEY.replace("date: 2026-11-30", "date: 30.11.2026").replace("sample-size: 12", "sample-size: 0");

        ReadResult result = JourneyReader.read(yaml, "map.yaml");

        assertThat(result.problems()).extracting(Problem::code).containsExactly("format.bad-date", "range.sample-size");
        assertThat(result.problems().get(0).location()).isEqualTo(SourceLocation.of("map.yaml", 6, 9));
        assertThat(result.problems().get(1).message())
                .isEqualTo("a sample size is a whole number of people or records, 1 or more, not 0.0");
        assertThat(result.journey().map(j -> j.settings().provenance().date())).isIn(Optional.empty(),
                Optional.of(Optional.empty()));
    }

    @Test
    void refusesASourceThatIsAList() {
        String yaml = JOURNEY.replace("- Support tickets, autumn 2026", "- [a, b]");

        ReadResult result = JourneyReader.read(yaml, "map.yaml");

        assertThat(result.problems()).extracting(Problem::code).containsExactly("format.wrong-type");
        assertThat(result.problems().get(0).message()).startsWith("a source must be text or a map with 'name'");
    }
}
