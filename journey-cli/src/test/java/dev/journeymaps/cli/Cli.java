package dev.journeymaps.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the {@code journey} command in this JVM, in a given working directory, and captures what it prints. */
final class Cli {

    /** What one run did. */
    record Run(int exit, String out, String err) {}

    private Cli() {}

    static Run run(Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = JourneyCommand.commandLine(workingDirectory, args); // as main builds it
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = JourneyCommand.execute(cli, args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A file of the project checkout (tests run in the module folder). */
    static Path projectFile(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the project checkout: " + Path.of("").toAbsolutePath());
        }
        return dir.resolve(relative);
    }
}
