package dev.journeymaps.cli;

import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.diff.JourneyDiff;
import dev.journeymaps.model.diff.JourneyDiffer;
import dev.journeymaps.model.io.DiffWriter;
import dev.journeymaps.render.html.DiffReport;
import dev.journeymaps.render.svg.DiffRenderer;
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

/** {@code journey diff CURRENT FUTURE [--format table|json|svg|html]}: does the future state remove today's friction? */
@Command(
        name = "diff",
        description = {
            "Compare the current state of a journey with its future state.",
            "Touchpoints are matched by id, then by name. Shows what was added, removed and changed, friction and"
                    + " reach of each touchpoint before and after, the hotspots that disappear, appear or remain,"
                    + " and the change in the experience score.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  journey diff today.yaml redesign.yaml",
            "  journey diff today.yaml redesign.yaml --format json",
            "  journey diff today.yaml redesign.yaml -o redesign-diff.svg",
            "  journey diff today.yaml redesign.yaml -o redesign-diff.html"
        })
final class DiffCommand implements Callable<Integer> {

    private static final OutputNames<Style> NAMES = OutputNames.of(Map.entry("txt", Style.table),
            Map.entry("json", Style.json), Map.entry("svg", Style.svg), Map.entry("html", Style.html),
            Map.entry("htm", Style.html));

    /** How to show the comparison. */
    enum Style {
        table,
        json,
        svg,
        html
    }

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CURRENT", description = "The journey as it is today.")
    Path current;

    @Parameters(index = "1", paramLabel = "FUTURE", description = "The journey as it should become.")
    Path future;

    @Mixin
    InputOptions input;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table, json, svg (both emotion curves on one map, the difference shaded) or html (that map"
                    + " and a table of every touchpoint, one self-contained page). Default: the extension of OUT,"
                    + " else table.")
    Optional<Style> format = Optional.empty();

    @Mixin
    OutputOption output;

    @Override
    public Integer call() throws IOException {
        parent.refuseAsOutput(output.output, current, future);
        PrintWriter err = spec.commandLine().getErr();
        // Both files are read and reported before giving up, so one run shows the problems of both.
        AnalysisRun.Loaded today = AnalysisRun.analyse(parent, input, current, err);
        AnalysisRun.Loaded redesign = AnalysisRun.analyse(parent, input, future, err);
        if (today.analysed().isEmpty() || redesign.analysed().isEmpty()) {
            return Math.max(today.exitCode(), redesign.exitCode());
        }
        AnalysedJourney before = today.analysed().get();
        AnalysedJourney after = redesign.analysed().get();
        JourneyDiff diff = JourneyDiffer.compare(before.journey(), before.analysis(), after.journey(),
                after.analysis());
        String text = switch (style()) {
            case table -> DiffTable.of(diff);
            case json -> DiffWriter.toJson(diff);
            case svg -> new DiffRenderer().render(before.journey(), after.journey(), diff);
            case html -> new DiffReport().render(before.journey(), after.journey(), diff);
        };
        output.write(parent, text, spec.commandLine().getOut());
        return JourneyCommand.EXIT_OK;
    }

    /** --format, else what the extension of -o names (a usage error when it names none), else the table. */
    private Style style() {
        Optional<Style> named = NAMES.formatOf(spec, output.output, format);
        return format.or(() -> named).orElse(Style.table);
    }
}
