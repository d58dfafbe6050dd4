package dev.journeymaps.cli;

import dev.journeymaps.model.io.JourneyWriter;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.mermaid.MermaidReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code journey import FILE.mmd [-o FILE.yaml]}: a Mermaid journey diagram as a journey in YAML. */
@Command(
        name = "import",
        description = {
            "Turn a Mermaid journey diagram into a journey in YAML.",
            "Sections become stages, tasks touchpoints, actors personas (ids made from their names), and scores 1..5"
                    + " emotions -2..+2. Scores outside 1..5 or not numbers are warnings with their line; the task"
                    + " is clamped or left neutral. Add channels, pain points and metrics to the YAML afterwards.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  journey import workshop.mmd -o checkout.yaml", "  journey import workshop.mmd"})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Mermaid journey diagram (.mmd or .mermaid).")
    Path file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the journey to FILE instead of stdout.")
    Optional<Path> output = Optional.empty();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path path = parent.resolve(file);
        Optional<String> cannotRead = InputFiles.problemWith(path, file);
        if (cannotRead.isPresent()) {
            err.print("journey: " + cannotRead.get() + "\n");
            return JourneyCommand.EXIT_USAGE;
        }
        ReadResult result = MermaidReader.read(Files.readString(path, StandardCharsets.UTF_8), file.toString());
        ProblemReport.printText(result.problems(), err);
        if (result.hasErrors() || result.journey().isEmpty()) {
            err.print("journey: " + file + " cannot be imported; nothing was written\n");
            err.flush();
            return JourneyCommand.EXIT_INVALID;
        }
        TextOutput.write(parent, output, JourneyWriter.toYaml(result.journey().get().withoutLocations()),
                spec.commandLine().getOut());
        return JourneyCommand.EXIT_OK;
    }
}
