package dev.journeymaps.cli;

import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.io.AnalysisWriter;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code journey analyze FILE --format json}: the whole analysis of a journey. */
@Command(
        name = "analyze",
        description = {
            "Analyse a journey: customer flow, friction per touchpoint and stage, hotspots and metrics, with every"
                    + " score explained component by component (docs/metrics.md).",
            "Survey files named in journey.surveys are read from the journey's folder. Nothing is analysed when"
                    + " the journey or a survey file has errors (exit code 2).",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  journey analyze checkout.yaml --format json",
            "  journey analyze checkout.yaml --format json -o analysis.json"
        })
final class AnalyzeCommand implements Callable<Integer> {

    private static final OutputNames<AnalysisFormat> NAMES = OutputNames.of(Map.entry("json", AnalysisFormat.JSON));

    /** The formats of the whole analysis. */
    enum AnalysisFormat {
        JSON
    }

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisRun run;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (the only one so far). Default: json.")
    AnalysisFormat format = AnalysisFormat.JSON;

    @Override
    public Integer call() throws IOException {
        parent.refuseAsOutput(run.output.output, run.file);
        NAMES.formatOf(spec, run.output.output, Optional.of(format));
        AnalysisRun.Loaded loaded = run.analyse(parent, spec.commandLine().getErr());
        if (loaded.analysed().isEmpty()) {
            return loaded.exitCode();
        }
        AnalysedJourney analysed = loaded.analysed().get();
        run.output.write(parent,
                (OutputOption.Text) w -> AnalysisWriter.writeJson(analysed.journey(), analysed.analysis(), w),
                spec.commandLine().getOut());
        return JourneyCommand.EXIT_OK;
    }
}
