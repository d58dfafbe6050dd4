package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.JourneySchema;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code journey schema}, {@code init}, {@code import} and {@code export}: what authors use to write journeys. */
class AuthoringCommandsTest {

    @TempDir
    Path dir;

    @Test
    void schemaPrintsTheJsonSchema() {
        Cli.Run run = Cli.run(dir, "schema");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(JourneySchema.json());
    }

    @Test
    void schemaWithPersonasWritesThePersonaFileSchema() throws IOException {
        Cli.Run run = Cli.run(dir, "schema", "--personas", "-o", "personas.schema.json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("personas.schema.json"))).isEqualTo(JourneySchema.personasJson())
                .contains("journey-maps persona file");
    }

    @ParameterizedTest
    @EnumSource(InitCommand.Template.class)
    void everyTemplateIsAValidCommentedJourneyWithTheSchemaHeader(InitCommand.Template template) throws IOException {
        Cli.Run run = Cli.run(dir, "init", "cx.yaml", "--template", template.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("cx.yaml\njourney.schema.json\n");
        String text = Files.readString(dir.resolve("cx.yaml"));
        assertThat(text).startsWith("# yaml-language-server: $schema=journey.schema.json\n")
                .contains("journey validate cx.yaml");
        ReadResult loaded = JourneyLoader.load(dir.resolve("cx.yaml"));
        assertThat(loaded.problems()).isEmpty();
        assertThat(Files.readString(dir.resolve("journey.schema.json"))).isEqualTo(JourneySchema.json());
    }

    @Test
    void initNamesTheJourneyAfterTheFileSoRenderWritesAMatchingMap() throws IOException {
        Cli.Run run = Cli.run(dir, "init", "Café Visit.yaml");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).startsWith("journey: next: open Café Visit.yaml in an editor");
        assertThat(JourneyLoader.load(dir.resolve("Café Visit.yaml")).journey().orElseThrow().id())
                .isEqualTo("cafe-visit");
    }

    @Test
    void initNeverReplacesAJourneyWithoutForce() throws IOException {
        Files.writeString(dir.resolve("cx.yaml"), "mine");

        Cli.Run refused = Cli.run(dir, "init", "cx.yaml");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("journey: cx.yaml exists; nothing was written (use --force to replace it)\n");
        assertThat(Files.readString(dir.resolve("cx.yaml"))).isEqualTo("mine");

        Cli.Run forced = Cli.run(dir, "init", "cx.yaml", "--force", "-t", "support");
        assertThat(forced.exit()).isZero();
        assertThat(Files.readString(dir.resolve("cx.yaml"))).contains("id: cx\n").contains("resolved by support");
    }

    @Test
    void initRefusesAnUnknownTemplate() {
        Cli.Run run = Cli.run(dir, "init", "cx.yaml", "--template", "hospital");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("unknown template 'hospital'");
        assertThat(dir.resolve("cx.yaml")).doesNotExist();
    }

    @Test
    void importsAMermaidJourneyAsValidYaml() throws IOException {
        Files.writeString(dir.resolve("day.mmd"), """
                journey
                    title My working day
                    section Go to work
                      Make tea: 5: Me
                      Do work: 9: Me, Cat
                """);

        Cli.Run run = Cli.run(dir, "import", "day.mmd", "-o", "day.yaml");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("day.yaml\njourney.schema.json\n");
        assertThat(Files.readString(dir.resolve("day.yaml")))
                .startsWith("# yaml-language-server: $schema=journey.schema.json\njourney:\n");
        assertThat(Files.readString(dir.resolve("journey.schema.json"))).isEqualTo(JourneySchema.json());
        assertThat(run.err()).isEqualTo("""
                day.mmd:5:16: warning[mermaid.score-out-of-range]: score 9 of task 'Do work' is not a whole number \
                from 1 to 5; read as 5
                  hint: Mermaid scores run from 1 (very bad) to 5 (very good)
                """);
        ReadResult loaded = JourneyLoader.load(dir.resolve("day.yaml"));
        // Mermaid has no persona shares, and its tasks name their actors: the routes rest on an even split
        assertThat(loaded.problems()).extracting(p -> p.code()).containsExactly("flow.persona-share-assumed");
        assertThat(loaded.journey().orElseThrow().touchpoints()).hasSize(2);
        assertThat(loaded.journey().orElseThrow().id()).isEqualTo("day");
    }

    @Test
    void importToStdoutStartsWithTheSchemaHeaderAndWritesNoSchemaFile() throws IOException {
        Files.writeString(dir.resolve("day.mmd"), "journey\n  title Day\n  section Morning\n    Tea: 5: Me\n");

        Cli.Run run = Cli.run(dir, "import", "day.mmd");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# yaml-language-server: $schema=journey.schema.json\njourney:\n");
        assertThat(dir.resolve("journey.schema.json")).doesNotExist();
    }

    @Test
    void renderValidateAndExportReadSharedPersonasInsideTheRoot() throws IOException {
        Files.createDirectories(dir.resolve("journeys"));
        Files.writeString(dir.resolve("personas.yaml"), "personas:\n  - {id: emma, name: Efficient Emma}\n");
        Files.writeString(dir.resolve("journeys/cx.yaml"), """
                journey: {id: cx, title: Shared personas}
                personas: {include: ../personas.yaml}
                stages:
                  - {id: buy, name: Buy, touchpoints: [{id: pay, name: Pays, actors: [emma], emotion: happy}]}
                """);

        assertThat(Cli.run(dir, "validate", "journeys/cx.yaml").exit()).isZero();
        Cli.Run export = Cli.run(dir, "export", "journeys/cx.yaml", "--to", "mermaid");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("Pays: 4: Efficient Emma");
        Cli.Run outside = Cli.run(dir, "validate", "journeys/cx.yaml", "--root", "journeys");
        assertThat(outside.exit()).isEqualTo(2);
        assertThat(outside.err()).contains("error[include.outside-root]");
    }

    @Test
    void importRefusesAFlowchartAtItsLine() throws IOException {
        Files.writeString(dir.resolve("f.mmd"), "flowchart LR\n  A --> B\n");

        Cli.Run run = Cli.run(dir, "import", "f.mmd");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("f.mmd:1:1: error[mermaid.not-a-journey]");
        assertThat(run.out()).isEmpty();
    }

    /** The samples' shared personas and survey answers, where the samples copied into the folder look for them. */
    private void copyCompanionFiles() throws IOException {
        for (String name : Samples.companionFiles()) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), Samples.read(name));
        }
    }

    @Test
    void exportsEverySampleToMermaidAndListsWhatIsLost() throws IOException {
        copyCompanionFiles();
        for (String name : Samples.names()) {
            Files.writeString(dir.resolve(name), Samples.read(name));

            Cli.Run run = Cli.run(dir, "export", name, "--to", "mermaid");

            assertThat(run.exit()).as(name + ": " + run.err()).isZero();
            assertThat(run.out()).startsWith("journey\n    title ");
            assertThat(run.err()).contains("journey: Mermaid cannot carry ");
            Files.writeString(dir.resolve("back.mmd"), run.out());
            assertThat(Cli.run(dir, "import", "back.mmd").exit()).isZero();
        }
    }

    @Test
    void exportWithoutATargetIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), Samples.read(Samples.names().get(0)));

        assertThat(Cli.run(dir, "export", "a.yaml").exit()).isEqualTo(1);
    }

    @Test
    void diffShowsTheFreezerHotspotGoneInTheFutureState() throws IOException {
        copyCompanionFiles();
        for (String name : new String[] {"grocery-visit-current.yaml", "grocery-visit-future.yaml"}) {
            Files.writeString(dir.resolve(name), Samples.read(name));
        }

        Cli.Run table = Cli.run(dir, "diff", "grocery-visit-current.yaml", "grocery-visit-future.yaml");
        Cli.Run json = Cli.run(dir, "diff", "grocery-visit-current.yaml", "grocery-visit-future.yaml", "--format",
                "json");

        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("experience score: ")
                .containsPattern("changed +Picks frozen food from open chest freez… +0\\.\\d\\d → 0\\.00")
                .contains("hotspots gone:      Holds the freezer door open with one hand, the trolley with the other (#1)")
                .contains("hotspots new:       none");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("\"gone\" : [ \"freezer-aisle\"");
    }

    @Test
    void diffDrawsBothStatesAsSvgOrHtmlChosenByTheExtensionOfOut() throws IOException {
        copyCompanionFiles();
        for (String name : new String[] {"grocery-visit-current.yaml", "grocery-visit-future.yaml"}) {
            Files.writeString(dir.resolve(name), Samples.read(name));
        }

        Cli.Run svg = Cli.run(dir, "diff", "grocery-visit-current.yaml", "grocery-visit-future.yaml", "-o",
                "grocery-diff.svg");
        Cli.Run html = Cli.run(dir, "diff", "grocery-visit-current.yaml", "grocery-visit-future.yaml", "-o",
                "grocery-diff.html");
        Cli.Run stdout = Cli.run(dir, "diff", "grocery-visit-current.yaml", "grocery-visit-future.yaml", "--format",
                "svg");

        assertThat(svg.exit()).as(svg.err()).isZero();
        assertThat(svg.out()).isEqualTo("grocery-diff.svg\n");
        assertThat(Files.readString(dir.resolve("grocery-diff.svg"))).startsWith("<?xml").contains("diff-gain");
        assertThat(html.exit()).as(html.err()).isZero();
        assertThat(Files.readString(dir.resolve("grocery-diff.html"))).startsWith("<!DOCTYPE html>")
                .contains("Content-Security-Policy");
        assertThat(stdout.out()).isEqualTo(Files.readString(dir.resolve("grocery-diff.svg")));
    }

    @Test
    void diffRefusesAJourneyWithErrors() throws IOException {
        copyCompanionFiles();
        Files.writeString(dir.resolve("a.yaml"), Samples.read("grocery-visit-current.yaml"));
        Files.writeString(dir.resolve("b.yaml"), "journey: {id: b}\n");

        Cli.Run run = Cli.run(dir, "diff", "a.yaml", "b.yaml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("b.yaml has errors");
        assertThat(run.out()).isEmpty();
    }
}
