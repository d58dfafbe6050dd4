package dev.journeymaps.model.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidReaderTest {

    static ReadResult read(String name) throws IOException {
        return MermaidReader.read(Files.readString(Path.of("src/test/resources/mermaid", name)), name);
    }

    static Journey journey(String name) throws IOException {
        return read(name).journey().orElseThrow();
    }

    @Test
    void readsSectionsTasksScoresAndActors() throws IOException {
        ReadResult result = read("working-day.mmd");
        Journey j = result.journey().orElseThrow();

        assertThat(result.problems()).isEmpty();
        assertThat(j.title()).isEqualTo("My working day");
        assertThat(j.id()).isEqualTo("my-working-day");
        assertThat(j.stages()).extracting(Stage::name).containsExactly("Go to work", "Go home");
        assertThat(j.touchpoints()).extracting(Touchpoint::name)
                .containsExactly("Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down");
        assertThat(j.touchpoints()).extracting(t -> t.emotion().orElseThrow())
                .containsExactly(Emotion.DELIGHTED, Emotion.NEUTRAL, Emotion.ANGRY, Emotion.DELIGHTED,
                        Emotion.DELIGHTED);
        assertThat(j.personas()).extracting(Persona::id, Persona::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("me", "Me"),
                        org.assertj.core.groups.Tuple.tuple("cat", "Cat"));
        assertThat(j.touchpoints().get(2).actors()).containsExactly("me", "cat");
        // Mermaid has no persona shares, and its tasks name their actors: the routes rest on an even split
        assertThat(Validator.validate(j)).extracting(p -> p.code()).containsExactly("flow.persona-share-assumed");
    }

    @Test
    void takesTheTitleFromFrontMatterAndSkipsDirectivesAndComments() throws IOException {
        ReadResult result = read("front-matter.mmd");
        Journey j = result.journey().orElseThrow();

        assertThat(result.problems()).isEmpty();
        assertThat(j.title()).isEqualTo("Café visit");
        assertThat(j.id()).isEqualTo("cafe-visit");
        assertThat(j.stages()).extracting(Stage::name).containsExactly("Order", "Coffee");
        assertThat(j.personas()).extracting(Persona::id).containsExactly("regular-guest", "barista");
        Touchpoint queue = j.touchpoints().get(0);
        assertThat(queue.location().line()).isEqualTo(10);
    }

    @Test
    void decodesEntityCodesAndLineBreaks() throws IOException {
        Journey j = journey("entities-and-breaks.mmd");

        assertThat(j.title()).isEqualTo("Order #42: the lamp ; again");
        assertThat(j.stages().get(0).name()).isEqualTo("Step 1: choose");
        assertThat(j.touchpoints()).extracting(Touchpoint::name)
                .containsExactly("Compare lamps\non the web", "Reads #hashtag reviews");
        assertThat(j.personas()).extracting(Persona::name).containsExactly("Emma \"E\" Novak");
    }

    @Test
    void readsAMultiLineAccessibleDescription() throws IOException {
        Journey j = journey("accessibility.mmd");

        assertThat(j.title()).isEqualTo("Returns");
        assertThat(j.description()).isEqualTo("How a customer returns\n        a lamp that arrived broken.");
    }

    @Test
    void usesTheAccessibleTitleWhenThereIsNoTitle() throws IOException {
        Journey j = journey("acc-single-line.mmd");

        assertThat(j.title()).isEqualTo("Grocery run");
        assertThat(j.description()).isEqualTo("A weekly visit to the supermarket");
    }

    @Test
    void warnsAboutScoresOutsideOneToFiveWithTheirLine() throws IOException {
        ReadResult result = read("corners.mmd");
        Journey j = result.journey().orElseThrow();

        assertThat(result.problems()).extracting(p -> p.location().line() + " " + p.code())
                .containsExactly("7 mermaid.score-out-of-range",
                        "8 mermaid.score-out-of-range", "9 mermaid.bad-score", "10 mermaid.score-out-of-range");
        Problem loves = result.problems().get(0);
        assertThat(loves.message()).isEqualTo("score 7 of task 'Loves it' is not a whole number from 1 to 5; read as 5");
        assertThat(loves.location().column()).isEqualTo(17);
        assertThat(j.touchpoints()).extracting(t -> t.emotion().orElseThrow().score())
                .containsExactly(1, 0, 1, 2, -2, 0, 1, -1);
    }

    @Test
    void keepsTasksBeforeAnySectionAndRepeatedSections() throws IOException {
        Journey j = journey("corners.mmd");

        assertThat(j.stages()).extracting(Stage::id, Stage::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MermaidReader.NO_SECTION_STAGE, "Start"),
                org.assertj.core.groups.Tuple.tuple("browse", "Browse"),
                org.assertj.core.groups.Tuple.tuple("browse-2", "Browse"));
        assertThat(j.touchpoints().get(1).actors()).isEmpty();
        assertThat(j.touchpoints().get(2).actors()).isEmpty();
        assertThat(j.touchpoints().get(7).actors()).containsExactly("visitor", "friend");
        assertThat(Validator.validate(j)).extracting(Problem::code).doesNotContain("id.duplicate");
    }

    @Test
    void refusesADiagramThatIsNotAJourneyAtItsLine() throws IOException {
        ReadResult result = read("flowchart.mmd");

        assertThat(result.journey()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("mermaid.not-a-journey");
            assertThat(p.location().toString()).isEqualTo("flowchart.mmd:2:1");
            assertThat(p.message()).isEqualTo("expected 'journey' to start the diagram, found 'flowchart LR'");
        });
    }

    @Test
    void refusesAJourneyWithoutTasks() throws IOException {
        assertThat(read("no-tasks.mmd").problems()).extracting(Problem::code).containsExactly("mermaid.no-tasks");
    }

    @Test
    void readsStatementsSeparatedBySemicolons() {
        Journey j = MermaidReader.read("journey; title T; section S; A: 4: X; B: 2", "x.mmd").journey().orElseThrow();

        assertThat(j.touchpoints()).extracting(Touchpoint::name).containsExactly("A", "B");
        assertThat(j.touchpoints()).extracting(Touchpoint::location).extracting(l -> l.column())
                .containsExactly(30, 39);
        assertThat(List.of(j.title())).containsExactly("T");
    }

    @Test
    void holdsToTheJourneyLimits() {
        dev.journeymaps.model.io.ReadLimits small = new dev.journeymaps.model.io.ReadLimits(1_000_000, 10, 2, 64);
        var tooMany = MermaidReader.read("journey\n  section S\n    A: 3\n    B: 3\n    C: 3\n", "m.mmd", small);
        assertThat(tooMany.journey()).isEmpty();
        assertThat(tooMany.problems()).extracting(p -> p.code()).containsExactly("limit.too-many-touchpoints");
        assertThat(tooMany.problems().get(0).location().line()).isEqualTo(5);
        var longName = MermaidReader.read("journey\n  title Far more than ten\n  section S\n    A: 3\n", "m.mmd",
                small);
        assertThat(longName.journey()).isEmpty();
        assertThat(longName.problems()).extracting(p -> p.code()).containsExactly("limit.text-too-long");
        assertThat(longName.problems().get(0).location().line()).isEqualTo(2);
    }

    @Test
    void whatWouldNotBeAValidJourneyIsAnErrorAtItsLine() {
        var r = MermaidReader.read("journey\n  section S\n    A: 3\n    : 3\n", "m.mmd");
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.problems()).filteredOn(p -> p.isError()).extracting(p -> p.location().line()).contains(4);
    }

    @Test
    void reportsInvalidUtf8WithItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("bad.mmd");
        java.nio.file.Files.write(file, new byte[] {'j', 'o', 'u', 'r', 'n', 'e', 'y', '\n', ' ', ' ', (byte) 0xC3, 'x'});
        var r = MermaidReader.read(file, "bad.mmd", dev.journeymaps.model.io.ReadLimits.DEFAULTS);
        assertThat(r.problems()).extracting(p -> p.code()).containsExactly("io.bad-encoding");
        assertThat(r.problems().get(0).location()).isEqualTo(dev.journeymaps.model.SourceLocation.of("bad.mmd", 2, 3));
    }
}
