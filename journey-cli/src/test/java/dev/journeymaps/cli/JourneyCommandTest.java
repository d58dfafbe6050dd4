package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JourneyCommandTest {

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsAndExamples() {
        Cli.Run run = Cli.run(dir, "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: journey ").contains("validate", "render", "demo", "Examples:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void buildsOnlyTheSubcommandARunNeedsAndAllOfThemForHelp() {
        assertThat(JourneyCommand.commandLine(dir, "render", "x.yaml").getSubcommands()).containsOnlyKeys("render");
        assertThat(JourneyCommand.commandLine(dir, "--version").getSubcommands()).isEmpty();
        assertThat(JourneyCommand.commandLine(dir, "help", "render").getSubcommands().keySet())
                .containsExactly("validate", "render", "hotspots", "analyze", "diff", "watch", "demo", "init", "schema",
                        "import", "export", "help");
        assertThat(JourneyCommand.commandLine(dir, "--debug", "render").getSubcommands()).hasSize(12);
        assertThat(JourneyCommand.commandLine(dir, "rendr").getSubcommands()).hasSize(12);
    }

    @Test
    void aSubcommandBuiltAloneKeepsTheInheritedOptions() {
        Cli.Run run = Cli.run(dir, "render", "--debug", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--debug", "--verbose", "--version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "render", "demo"})
    void everyCommandHasHelp(String command) {
        Cli.Run run = Cli.run(dir, command, "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: journey " + command).contains("Examples:", "--version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "render", "demo"})
    void everyCommandHasVersion(String command) {
        Cli.Run run = Cli.run(dir, command, "--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("journey ");
    }

    @Test
    void versionNamesTheProgram() {
        Cli.Run run = Cli.run(dir, "--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("journey ").contains("Java ");
    }

    @Test
    void versionNamesTheCommitTheCommandWasBuiltFrom() {
        Cli.Run run = Cli.run(dir, "--version");

        // A clone gives the commit; a source archive without git's export-subst gives "unknown".
        assertThat(run.out().lines().findFirst().orElseThrow())
                .matches("journey \\S.* \\(commit ([0-9a-f]{12}|unknown)\\)");
    }

    @Test
    void verboseIsAcceptedByEveryCommand() {
        Cli.Run run = Cli.run(dir, "validate", "--verbose", "missing.yaml");

        assertThat(run.err()).isEqualTo("journey: no such file: missing.yaml\n");
    }

    @Test
    void helpCommandExplainsASubcommand() {
        Cli.Run run = Cli.run(dir, "help", "render");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: journey render");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Run run = Cli.run(dir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Usage: journey");
    }

    @Test
    void unknownCommandIsAUsageErrorWithoutStackTrace() {
        Cli.Run run = Cli.run(dir, "draw", "x.yaml");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: Unmatched arguments from index 0: 'draw', 'x.yaml'\n")
                .endsWith("Try 'journey --help' for more information.\n")
                .doesNotContain("\tat ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Run run = Cli.run(dir, "validate", "--colour", "x.yaml");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: Unknown option: '--colour'\n");
    }

    @Test
    void suggestsTheNearestCommand() {
        Cli.Run run = Cli.run(dir, "valdate", "x.yaml");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Did you mean", "validate");
    }
}
