package dev.journeymaps.cli;

import dev.journeymaps.model.io.JourneySchema;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code journey schema [--personas] [-o FILE]}: the JSON Schema of the journey format, or of a file of shared
 * personas, for completion in editors.
 */
@Command(
        name = "schema",
        description = {
            "Print the JSON Schema (draft 2020-12) of the journey format.",
            "Editors use it for completion, hover help and checks as you type: save it next to your journeys and put"
                    + " '# yaml-language-server: $schema=journey.schema.json' on the first line of a journey"
                    + " (VS Code with Red Hat's YAML extension), or map it to *.journey.yaml in IntelliJ's settings"
                    + " (Languages & Frameworks > Schemas and DTDs > JSON Schema Mappings).",
            "With --personas, the schema of a file of shared personas (the files that 'personas: {include: FILE}'"
                    + " names): put '# yaml-language-server: $schema=personas.schema.json' on its first line.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  journey schema -o journey.schema.json", "  journey schema --personas -o personas.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    private static final String JSON = "JSON";
    private static final OutputNames<String> NAMES = OutputNames.of(Map.entry("json", JSON));

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Option(names = "--personas", description = "The schema of a file of shared personas instead of a journey's.")
    boolean personas;

    @Override
    public Integer call() throws IOException {
        NAMES.formatOf(spec, output.output, Optional.of(JSON));
        output.write(parent, personas ? JourneySchema.personasJson() : JourneySchema.json(),
                spec.commandLine().getOut());
        return JourneyCommand.EXIT_OK;
    }
}
