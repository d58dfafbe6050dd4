package dev.journeymaps.model.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.CleanText;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code import} then {@code export} gives back the diagram's content: the title, the section names in order, the task
 * names, the in-range scores and the actors' names (comments, directives and out-of-range scores need not survive).
 */
class MermaidRoundTripTest {

    /** What a Mermaid diagram says, independent of how it was written. */
    record Content(String title, List<String> sections, List<String> tasks, List<Integer> scores,
            List<List<String>> actors) {

        /** This content without the characters no plain output carries (see {@link CleanText}). */
        Content stripped() {
            return new Content(CleanText.stripped(title), sections.stream().map(CleanText::stripped).toList(),
                    tasks.stream().map(CleanText::stripped).toList(), scores,
                    actors.stream().map(a -> a.stream().map(CleanText::stripped).toList()).toList());
        }

        static Content of(Journey j) {
            return new Content(
                    j.title(),
                    j.stages().stream().map(Stage::name).toList(),
                    j.touchpoints().stream().map(Touchpoint::name).toList(),
                    j.touchpoints().stream().map(t -> 3 + (int) Math.round(t.meanEmotion().orElse(0.0))).toList(),
                    j.touchpoints().stream().map(t -> t.actors().stream()
                            .map(id -> j.persona(id).map(Persona::name).orElse(id)).toList()).toList());
        }
    }

    static Stream<String> diagrams() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/mermaid"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("flowchart.mmd") && !n.equals("no-tasks.mmd"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void importThenExportKeepsTheDiagramsContent(String name) throws IOException {
        Journey imported = MermaidReaderTest.journey(name);
        String exported = MermaidWriter.write(imported).diagram();
        var again = MermaidReader.read(exported, "exported.mmd");

        assertThat(again.problems()).as(exported).isEmpty();
        assertThat(Content.of(again.journey().orElseThrow())).isEqualTo(Content.of(imported));
        assertThat(MermaidWriter.write(again.journey().orElseThrow()).diagram()).isEqualTo(exported);
    }

    @org.junit.jupiter.api.Test
    void everyGeneratedJourneySurvivesExportThenImport() {
        Seeds.forEach(11_000, 300, seed -> {
            Journey j = RandomJourneys.generate(seed);
            String exported = MermaidWriter.write(j).diagram();
            var back = MermaidReader.read(exported, "generated.mmd");

            assertThat(back.problems()).extracting(Problem::toString).as(exported).isEmpty();
            // Mermaid never carries a journey's control characters (CleanText): they are not expected back.
            Content expected = Content.of(j).stripped();
            Content actual = Content.of(back.journey().orElseThrow());
            assertThat(actual.title()).isEqualTo(expected.title().strip());
            assertThat(actual.sections()).isEqualTo(expected.sections().stream().map(String::strip).toList());
            assertThat(actual.tasks()).isEqualTo(expected.tasks().stream().map(String::strip).toList());
            assertThat(actual.scores()).isEqualTo(expected.scores());
        });
    }
}
