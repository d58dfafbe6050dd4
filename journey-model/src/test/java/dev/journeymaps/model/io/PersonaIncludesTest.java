package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code personas: {include: ...}}: personas shared by many journeys, read from files inside the root folder. */
class PersonaIncludesTest {

    private static final String STAGES = """
            stages:
              - id: buy
                name: Buy
                touchpoints:
                  - id: checkout
                    name: Checks out
            """;

    private static final String EMMA = """
            personas:
              - id: emma
                name: Efficient Emma
                description: Young professional who values speed.
            """;

    private static final String MARKO = """
            personas:
              - id: marko
                name: Careful Marko
            """;

    @TempDir
    Path dir;

    private Path journey(String personas) throws IOException {
        Path file = dir.resolve("journeys/checkout.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "journey: {id: checkout, title: Checkout}\n" + personas + STAGES);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private ReadResult load(Path file) {
        return JourneyLoader.load(file, ReadLimits.DEFAULTS, SourceRoot.of(dir));
    }

    @Test
    void readsPersonasFromAFileRelativeToTheJourney() throws IOException {
        write("personas.yaml", EMMA);
        Path file = journey("personas: {include: ../personas.yaml}\n");

        ReadResult result = load(file);

        assertThat(result.problems()).isEmpty();
        Journey journey = result.journey().orElseThrow();
        assertThat(journey.personas()).extracting(Persona::id).containsExactly("emma");
        assertThat(journey.personas().get(0).description()).isEqualTo("Young professional who values speed.");
        assertThat(result.includedFiles()).containsExactly(dir.resolve("personas.yaml").toString());
    }

    @Test
    void readsPersonasFromSeveralFilesInTheOrderWritten() throws IOException {
        write("shared/shoppers.yaml", EMMA);
        write("shared/careful.yaml", MARKO);
        Path file = journey("personas:\n  include: [../shared/careful.yaml, ../shared/shoppers.yaml]\n");

        ReadResult result = load(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.journey().orElseThrow().personas()).extracting(Persona::id).containsExactly("marko", "emma");
    }

    @Test
    void aPersonaFileMayIncludeAnotherAndADiamondIsReadOnce() throws IOException {
        write("base.yaml", EMMA);
        write("a.yaml", "personas: {include: base.yaml}\n");
        write("b.yaml", "personas:\n  include: [base.yaml]\n");
        Path file = journey("personas: {include: [../a.yaml, ../b.yaml]}\n");

        ReadResult result = load(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.journey().orElseThrow().personas()).extracting(Persona::id).containsExactly("emma");
    }

    @Test
    void keepsTheInlineListForm() throws IOException {
        Path file = journey("personas:\n  - id: ana\n    name: Ana\n");

        ReadResult result = load(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.journey().orElseThrow().personas()).extracting(Persona::id).containsExactly("ana");
        assertThat(result.includedFiles()).isEmpty();
    }

    @Test
    void reportsAProblemInAnIncludedFileAtThatFilesLine() throws IOException {
        write("personas.yaml", "personas:\n  - id: emma\n    name: Emma\n    hobbies: [chess]\n");
        Path file = journey("personas: {include: ../personas.yaml}\n");

        ReadResult result = load(file);

        String included = dir.resolve("personas.yaml").toString();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("format.unknown-key");
            assertThat(p.location()).isEqualTo(SourceLocation.of(included, 4, 5));
            assertThat(p.location().toString()).isEqualTo(included + ":4:5");
        });
    }

    @Test
    void reportsAValidationProblemOfAnIncludedPersonaInItsFile() throws IOException {
        write("personas.yaml", "personas:\n  - id: emma\n    name: ' '\n");
        Path file = journey("personas: {include: ../personas.yaml}\n");

        Problem problem = load(file).problems().stream().filter(p -> p.code().equals("name.empty")).findFirst()
                .orElseThrow();

        assertThat(problem.location().file()).isEqualTo(dir.resolve("personas.yaml").toString());
    }

    @Test
    void reportsAnIncludeCycleWithTheCircle() throws IOException {
        write("a.yaml", "personas: {include: b.yaml}\n");
        write("b.yaml", "personas: {include: a.yaml}\n");
        Path file = journey("personas: {include: ../a.yaml}\n");

        ReadResult result = load(file);

        String b = dir.resolve("b.yaml").toString();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("include.cycle");
            assertThat(p.message()).isEqualTo("'a.yaml' includes itself: " + dir.resolve("a.yaml") + " → " + b
                    + " → " + dir.resolve("a.yaml"));
            assertThat(p.location()).isEqualTo(SourceLocation.of(b, 1, 21));
        });
    }

    @Test
    void aFileThatIncludesItselfIsACycle() throws IOException {
        write("self.yaml", "personas: {include: self.yaml}\n");
        Path file = journey("personas: {include: ../self.yaml}\n");

        assertThat(load(file).problems()).extracting(Problem::code).containsExactly("include.cycle");
    }

    @Test
    void reportsAMissingFileAtTheIncludeLine() throws IOException {
        Path file = journey("personas:\n  include: ../nobody.yaml\n");

        ReadResult result = load(file);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("include.not-found");
            assertThat(p.message()).isEqualTo("no file '../nobody.yaml' to include next to checkout.yaml");
            assertThat(p.location()).isEqualTo(SourceLocation.of(file.toString(), 3, 12));
        });
    }

    @Test
    void refusesAFileOutsideTheRoot() throws IOException {
        write("personas.yaml", EMMA);
        Path file = journey("personas: {include: ../personas.yaml}\n");

        ReadResult result = JourneyLoader.load(file, ReadLimits.DEFAULTS, SourceRoot.of(dir.resolve("journeys")));

        assertThat(result.problems()).extracting(Problem::code).containsExactly("include.outside-root");
    }

    @Test
    void refusesASymbolicLinkThatLeavesTheRoot() throws IOException {
        Path outside = write("outside/personas.yaml", EMMA);
        Path link = dir.resolve("root/personas.yaml");
        Files.createDirectories(link.getParent());
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        Path file = write("root/j.yaml", "journey: {id: j, title: J}\npersonas: {include: personas.yaml}\n" + STAGES);

        ReadResult result = JourneyLoader.load(file, ReadLimits.DEFAULTS, SourceRoot.of(dir.resolve("root")));

        assertThat(result.problems()).extracting(Problem::code).containsExactly("include.outside-root");
    }

    @Test
    void reportsTheSamePersonaIdInTwoFiles() throws IOException {
        write("a.yaml", EMMA);
        write("b.yaml", "personas:\n  - id: emma\n    name: Another Emma\n");
        Path file = journey("personas: {include: [../a.yaml, ../b.yaml]}\n");

        ReadResult result = load(file);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("include.duplicate-persona");
            assertThat(p.message()).isEqualTo("persona 'emma' is also defined in " + dir.resolve("a.yaml"));
            assertThat(p.location()).isEqualTo(SourceLocation.of(dir.resolve("b.yaml").toString(), 2, 9));
        });
        assertThat(result.journey().orElseThrow().personas()).extracting(Persona::name)
                .containsExactly("Efficient Emma");
    }

    @Test
    void aJourneyReadFromTextCannotInclude() {
        ReadResult result = JourneyReader.read("journey: {id: j, title: J}\npersonas: {include: p.yaml}\n" + STAGES,
                "j.yaml");

        assertThat(result.problems()).extracting(Problem::code).containsExactly("include.not-found");
    }

    @Test
    void refusesAPersonaFileOfTheWrongShape() throws IOException {
        write("list.yaml", "- id: emma\n  name: Emma\n");
        write("empty.yaml", "title: no personas here\n");
        Path file = journey("personas: {include: [../list.yaml, ../empty.yaml]}\n");

        assertThat(load(file).problems()).extracting(Problem::code)
                .containsExactly("format.missing-key", "format.unknown-key", "format.wrong-type");
    }

    @Test
    void readsIncludesFromAnyIncludeSource() {
        IncludeSource memory = (from, written, at) -> IncludeSource.Included.of("lib/" + written, written, EMMA);

        ReadResult result = JourneyLoader.load(
                "journey: {id: j, title: J}\npersonas: {include: people.yaml}\n" + STAGES, "j.yaml", memory);

        assertThat(result.problems()).isEmpty();
        assertThat(result.includedFiles()).containsExactly("lib/people.yaml");
    }

    @Test
    void aChainOfIncludesDeeperThanTheLimitIsAProblemNotAStackOverflow() {
        // each file includes the next: 2,000 of them overflowed the stack
        IncludeSource chain = (from, written, at) -> {
            int n = Integer.parseInt(written.substring(1, written.indexOf('.')));
            return IncludeSource.Included.of(written, written, "personas: {include: p" + (n + 1) + ".yaml}\n");
        };
        ReadResult r = JourneyReader.read("journey: {id: j, title: T}\npersonas: {include: p1.yaml}\nstages: []\n",
                "j.yaml", ReadLimits.DEFAULTS, chain);
        assertThat(r.problems()).extracting(Problem::code).containsExactly("include.too-deep");
        Problem p = r.problems().get(0);
        assertThat(p.message()).isEqualTo("'p32.yaml' would be file 33 in a chain of includes, more than the limit of 32");
        assertThat(p.location()).isEqualTo(dev.journeymaps.model.SourceLocation.of("p31.yaml", 1, 21));
    }
}
