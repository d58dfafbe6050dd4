package dev.journeymaps.cli;

import dev.journeymaps.model.CleanText;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.io.JourneyWriter;
import dev.journeymaps.model.mermaid.MermaidExport;
import dev.journeymaps.model.mermaid.MermaidWriter;
import dev.journeymaps.model.validate.Quote;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code journey export FILE --to mermaid|yaml|json [-o OUT]}: a journey in another language. */
@Command(
        name = "export",
        description = {
            "Write a journey as a Mermaid journey diagram (or as YAML or JSON).",
            "Mermaid keeps the title, stages, touchpoints, emotions (as scores 1..5) and actors; what it cannot"
                    + " carry (pain points, metrics, branches...) is listed on stderr.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  journey export checkout.yaml --to mermaid -o checkout.mmd", "  journey export checkout.yaml"
                + " --to json"})
final class ExportCommand implements Callable<Integer> {

    private static final OutputNames<Target> NAMES = OutputNames.of(Map.entry("mmd", Target.mermaid),
            Map.entry("mermaid", Target.mermaid), Map.entry("yaml", Target.yaml), Map.entry("yml", Target.yaml),
            Map.entry("json", Target.json));

    /** The languages a journey can be exported to. */
    enum Target {
        mermaid,
        yaml,
        json
    }

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The journey, in YAML (.yaml, .yml) or JSON (.json).")
    Path file;

    @Option(
            names = "--to",
            paramLabel = "LANGUAGE",
            required = true,
            description = "What to write: ${COMPLETION-CANDIDATES}.")
    Target target;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        parent.refuseAsOutput(output.output, file);
        NAMES.formatOf(spec, output.output, Optional.of(target));
        Optional<Path> path = InputFiles.readable(parent, file, err);
        if (path.isEmpty()) {
            return JourneyCommand.EXIT_USAGE;
        }
        Optional<Journey> loaded = input.loadValid(parent, path.get(), file, err, "nothing was written");
        if (loaded.isEmpty()) {
            return JourneyCommand.EXIT_INVALID;
        }
        Journey journey = loaded.get();
        if (target == Target.mermaid && !MermaidWriter.write(journey).lostPersonas().isEmpty()) {
            err.print("journey: " + file + ": Mermaid would lose persona "
                    + String.join(", ", MermaidWriter.write(journey).lostPersonas().stream().map(Quote::of).toList())
                    + ": Mermaid knows personas only as actors of tasks, and no touchpoint names it; nothing was"
                    + " written\n");
            err.flush();
            return JourneyCommand.EXIT_INVALID;
        }
        String text = switch (target) {
            case yaml -> JourneyWriter.toYaml(journey);
            case json -> JourneyWriter.toJson(journey);
            case mermaid -> {
                MermaidExport export = MermaidWriter.write(journey);
                export.notCarried().forEach(lost -> err.print("journey: Mermaid cannot carry "
                        + CleanText.shown(lost) + "\n"));
                err.flush();
                yield export.diagram();
            }
        };
        output.write(parent, text, spec.commandLine().getOut());
        return JourneyCommand.EXIT_OK;
    }
}
