package dev.journeymaps.cli;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.io.JourneyWriter;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.mermaid.MermaidReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code journey import FILE.mmd [-o FILE.yaml]}: a Mermaid journey diagram as a journey in YAML. */
@Command(
        name = "import",
        description = {
            "Turn a Mermaid journey diagram into a journey in YAML.",
            "The YAML starts with the schema header for completion in editors. With -o, the journey's id is made"
                    + " from the file name (as init does) and journey.schema.json is written next to it unless one is"
                    + " there.",
            "Sections become stages, tasks touchpoints, actors personas (ids made from their names), and scores 1..5"
                    + " emotions -2..+2. Scores outside 1..5 or not numbers are warnings with their line; the task"
                    + " is clamped or left neutral. Add channels, pain points and metrics to the YAML afterwards.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  journey import workshop.mmd -o checkout.yaml", "  journey import workshop.mmd"})
final class ImportCommand implements Callable<Integer> {

    private static final String YAML = "YAML";
    private static final OutputNames<String> NAMES = OutputNames.of(Map.entry("yaml", YAML), Map.entry("yml", YAML));

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Mermaid journey diagram (.mmd or .mermaid).")
    Path file;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        parent.refuseAsOutput(output.output, file);
        NAMES.formatOf(spec, output.output, Optional.of(YAML));
        Optional<Path> path = InputFiles.readable(parent, file, err);
        if (path.isEmpty()) {
            return JourneyCommand.EXIT_USAGE;
        }
        parent.readsFrom(path.get());
        ReadResult result = MermaidReader.read(path.get(), file.toString(), ReadLimits.DEFAULTS);
        ProblemReport.printText(result.problems(), err);
        if (result.hasErrors() || result.journey().isEmpty()) {
            err.print("journey: " + file + " cannot be imported; nothing was written\n");
            err.flush();
            return JourneyCommand.EXIT_INVALID;
        }
        Journey journey = result.journey().get().withoutLocations();
        if (!output.toStdout()) {
            // Named after the file, as init does, so that 'journey render FILE' writes a map of the same name.
            String id = InitCommand.idFor(output.output.get());
            if (!id.isEmpty()) {
                journey = new Journey(id, journey.title(), journey.description(), journey.lang(), journey.personas(),
                        journey.stages(), journey.location(), journey.settings());
            }
        }
        String yaml = JourneyWriter.toYaml(journey);
        output.write(parent, SchemaFile.HEADER + yaml, spec.commandLine().getOut());
        Optional<Path> target = output.target(parent);
        if (target.isPresent()) {
            SchemaFile.writeNextTo(target.get(), output.output.get(), spec.commandLine().getOut());
        }
        return JourneyCommand.EXIT_OK;
    }
}
