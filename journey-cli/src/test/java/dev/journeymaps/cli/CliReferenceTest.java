package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Keeps {@code docs/cli.md} equal to the commands' own help, so the reference cannot drift. After changing a command,
 * regenerate it with {@code ./mvnw -B -q -pl journey-cli -am test -Djourney.updateDocs=true} and review the diff.
 */
class CliReferenceTest {

    static final String UPDATE = "journey.updateDocs";

    @Test
    void docsCliMdMatchesTheCommandsHelp() throws IOException {
        Path doc = Cli.projectFile("docs/cli.md");
        String expected = reference();
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(doc, expected);
        }

        assertThat(Files.exists(doc) ? Files.readString(doc) : "")
                .as("docs/cli.md is stale: run the build with -D%s=true and commit the result", UPDATE)
                .isEqualTo(expected);
    }

    /**
     * A path the help names is copied from it: picocli may break a line after a dot, which split
     * "docs/metrics.md" into "docs/metrics." and "md" where it fell at the end of a line.
     */
    @Test
    void noHelpBreaksAFileNameOverTwoLines() {
        assertThat(reference()).doesNotContainPattern("[\\w/-]+\\.\\n\\s*(md|yaml|yml|json|csv|svg|png|pdf|html)\\b");
    }

    static String reference() {
        CommandLine top = JourneyCommand.commandLine(Path.of(""));
        StringBuilder md = new StringBuilder();
        md.append("# The `journey` command\n\n")
                .append("<!-- Generated from the picocli commands by CliReferenceTest; do not edit by hand. -->\n\n")
                .append("Every command keeps one contract: exit code 0 on success, 2 when a journey has errors, ")
                .append("1 for usage and I/O failures. Results go to stdout (or to the file named by `-o`, ")
                .append("written to a temporary file and moved into place); problems and messages go to stderr.\n");
        section(md, "journey", top);
        // Every subcommand, in the order the top command lists them, so a new command cannot be left out.
        top.getSubcommands().forEach((name, command) -> {
            if (!name.equals("help")) {
                section(md, "journey " + name, command);
            }
        });
        return md.toString();
    }

    private static void section(StringBuilder md, String title, CommandLine command) {
        String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF).replace("\r\n", "\n").stripTrailing();
        md.append("\n## `").append(title).append("`\n\n```text\n").append(usage).append("\n```\n");
    }
}
