package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.JourneyReader;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplesTest {

    static List<String> names() {
        return Samples.names();
    }

    @Test
    void listsEverySampleInTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", Samples.FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Samples.names());
        }
        assertThat(Samples.names()).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everySampleIsValidWithoutWarnings(String name) {
        List<Problem> problems = load(name).problems;

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everySampleIsACompleteJourney(String name) {
        Journey journey = load(name).journey;
        List<Touchpoint> touchpoints = journey.touchpoints();

        assertThat(journey.id()).isEqualTo(name.replace(".yaml", ""));
        assertThat(journey.personas()).isNotEmpty();
        assertThat(journey.stages()).hasSizeBetween(4, 6);
        assertThat(touchpoints).anyMatch(t -> t.next().size() > 1 && t.next().stream()
                .allMatch(n -> n.share().isPresent() || !n.label().isEmpty()));
        assertThat(touchpoints.subList(0, touchpoints.size() - 1)).anyMatch(Touchpoint::exit);
        assertThat(touchpoints).anyMatch(Touchpoint::momentOfTruth);
        assertThat(touchpoints).anyMatch(t -> !t.painPoints().isEmpty());
        assertThat(touchpoints).flatMap(Touchpoint::opportunities)
                .anyMatch(o -> !o.owner().isEmpty() && o.due().isPresent() && !o.kpi().isEmpty());
        assertThat(touchpoints).anyMatch(t -> !t.metrics().isEmpty());
        assertThat(touchpoints).anyMatch(t -> t.evidence().isPresent());
        assertThat(touchpoints).anyMatch(t -> !t.backstage().isEmpty() || !t.support().isEmpty());
    }

    @Test
    void theIssueExampleLoadsWithoutProblems() {
        ReadResult result = JourneyLoader.load(Path.of("src/test/resources/journeys/valid/issue-example.yaml"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.journey()).map(Journey::id).contains("damaged-delivery");
    }

    @Test
    void theDocsCopyOfTheIssueExampleIsTheSame() throws IOException {
        assertThat(Files.readString(Path.of("../docs/examples/damaged-delivery.yaml")))
                .isEqualTo(Files.readString(Path.of("src/test/resources/journeys/valid/issue-example.yaml")));
    }

    @Test
    void refusesAnUnknownSampleName() {
        assertThatThrownBy(() -> Samples.open("../pom.xml")).isInstanceOf(IllegalArgumentException.class);
    }

    private record Loaded(Journey journey, List<Problem> problems) {}

    private static Loaded load(String name) {
        ReadResult read = JourneyReader.read(Samples.read(name), name);
        List<Problem> problems = new ArrayList<>(read.problems());
        assertThat(read.journey()).as("%s reads into a journey: %s", name, problems).isPresent();
        problems.addAll(Validator.validate(read.journey().get()));
        return new Loaded(read.journey().get(), problems);
    }
}
