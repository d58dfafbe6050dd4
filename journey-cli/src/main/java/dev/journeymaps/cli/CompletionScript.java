package dev.journeymaps.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;

/**
 * Writes the bash/zsh completion script of the {@code journey} command, for the release bundle. Picocli's own
 * generator builds its model from the annotations of the top command alone, and the subcommands are added in code
 * (each only when a run needs it), so the script is made here from the whole command line.
 */
public final class CompletionScript {

    private CompletionScript() {}

    /** Writes the script to the file {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompletionScript FILE");
        }
        String script = AutoComplete.bash("journey", JourneyCommand.commandLine(Path.of("")));
        Files.writeString(Path.of(args[0]), script, StandardCharsets.UTF_8);
    }
}
