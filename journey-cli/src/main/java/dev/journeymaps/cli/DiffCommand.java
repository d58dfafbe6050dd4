package dev.journeymaps.cli;

import dev.journeymaps.model.diff.JourneyDiff;
import dev.journeymaps.model.diff.JourneyDiffer;
import dev.journeymaps.model.io.DiffWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code journey diff CURRENT FUTURE [--format table|json]}: does the future state remove today's friction? */
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
        footer = {"  journey diff today.yaml redesign.yaml", "  journey diff today.yaml redesign.yaml --format json"})
final class DiffCommand implements Callable<Integer> {

    /** How to show the comparison. */
    enum Style {
        table,
        json
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

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or json. Default: table.")
    Style format = Style.table;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int[] exit = {JourneyCommand.EXIT_OK};
        // Both files are read and reported before giving up, so one run shows the problems of both.
        AnalysisRun.Analysed before = AnalysisRun.analyse(parent, input, current, err, exit);
        AnalysisRun.Analysed after = AnalysisRun.analyse(parent, input, future, err, exit);
        if (before == null || after == null) {
            return exit[0];
        }
        JourneyDiff diff = JourneyDiffer.compare(before.journey(), before.analysis(), after.journey(),
                after.analysis());
        String text = format == Style.json ? DiffWriter.toJson(diff) : DiffTable.of(diff);
        output.write(parent, text, spec.commandLine().getOut());
        return JourneyCommand.EXIT_OK;
    }
}
