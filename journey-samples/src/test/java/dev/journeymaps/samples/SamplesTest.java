package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.JourneyReader;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.io.SourceRoot;
import dev.journeymaps.model.io.SurveyReader;
import dev.journeymaps.model.analysis.SurveyResult;
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

    private static final Path FOLDER = Path.of("src/main/resources", Samples.FOLDER);

    @Test
    void listsEverySampleAndCompanionFileInTheFolder() throws IOException {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            List<String> all = new ArrayList<>(Samples.names());
            all.addAll(Samples.companionFiles());
            assertThat(files.filter(Files::isRegularFile).map(p -> FOLDER.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(all);
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
    void aSharedPersonaLibraryServesSeveralSamplesAndSeveralSamplesHaveSeveralPersonas() {
        List<ReadResult> results = Samples.names().stream()
                .map(name -> JourneyLoader.load(Samples.read(name), name, Samples.includes())).toList();

        assertThat(results).filteredOn(r -> !r.includedFiles().isEmpty()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> assertThat(r.problems()).isEmpty());
        assertThat(results).filteredOn(r -> r.journey().orElseThrow().personas().size() > 1)
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everySampleReadFromItsFolderHasItsSurveysAndIncludesWithoutProblems(String name) {
        Path file = FOLDER.resolve(name);
        ReadResult read = JourneyLoader.load(file, ReadLimits.DEFAULTS, SourceRoot.of(FOLDER));
        SurveyResult surveys = SurveyReader.readFor(read.journey().orElseThrow(), file, SourceRoot.of(FOLDER));

        assertThat(read.problems()).isEmpty();
        assertThat(surveys.problems()).isEmpty();
    }

    @Test
    void atLeastTwoSamplesComeWithSurveyAnswers() {
        assertThat(Samples.names()).filteredOn(name -> !load(name).journey.settings().surveys().isEmpty())
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theSamplesIncludesStayInsideTheSamplesFolder() {
        ReadResult outside = JourneyLoader.load("journey: {id: j, title: J}\npersonas: {include: ../../pom.xml}\n"
                + "stages: [{id: s, name: S, touchpoints: [{id: t, name: T}]}]\n", "j.yaml", Samples.includes());
        ReadResult missing = JourneyLoader.load("journey: {id: j, title: J}\npersonas: {include: nobody.yaml}\n"
                + "stages: [{id: s, name: S, touchpoints: [{id: t, name: T}]}]\n", "j.yaml", Samples.includes());

        assertThat(outside.problems()).extracting(Problem::code).containsExactly("include.outside-root");
        assertThat(missing.problems()).extracting(Problem::code).containsExactly("include.not-found");
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
        ReadResult read = JourneyReader.read(Samples.read(name), name, ReadLimits.DEFAULTS, Samples.includes());
        List<Problem> problems = new ArrayList<>(read.problems());
        assertThat(read.journey()).as("%s reads into a journey: %s", name, problems).isPresent();
        problems.addAll(Validator.validate(read.journey().get()));
        return new Loaded(read.journey().get(), problems);
    }
}
