package dev.journeymaps.cli;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.JourneyWriter;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.mermaid.MermaidExport;
import dev.journeymaps.model.mermaid.MermaidWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write to OUT instead of stdout.")
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
        ReadResult result = JourneyLoader.load(path);
        ProblemReport.printText(result.problems(), err);
        if (result.hasErrors() || result.journey().isEmpty()) {
            err.print("journey: " + file + " has errors; nothing was written\n");
            err.flush();
            return JourneyCommand.EXIT_INVALID;
        }
        Journey journey = result.journey().get();
        String text = switch (target) {
            case yaml -> JourneyWriter.toYaml(journey);
            case json -> JourneyWriter.toJson(journey);
            case mermaid -> {
                MermaidExport export = MermaidWriter.write(journey);
                export.notCarried().forEach(lost -> err.print("journey: Mermaid cannot carry " + lost + "\n"));
                err.flush();
                yield export.diagram();
            }
        };
        TextOutput.write(parent, output, text, spec.commandLine().getOut());
        return JourneyCommand.EXIT_OK;
    }
}
