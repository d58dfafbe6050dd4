package dev.journeymaps.cli;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.SurveyResult;
import dev.journeymaps.model.diff.JourneyDiff;
import dev.journeymaps.model.diff.JourneyDiffer;
import dev.journeymaps.model.io.DiffWriter;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.io.SourceRoot;
import dev.journeymaps.model.io.SurveyReader;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or json. Default: table.")
    Style format = Style.table;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT instead of stdout.")
    Optional<Path> output = Optional.empty();

    private record Analysed(Journey journey, JourneyAnalysis analysis) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int[] exit = {JourneyCommand.EXIT_OK};
        Optional<Analysed> before = analyse(current, err, exit);
        Optional<Analysed> after = analyse(future, err, exit);
        if (before.isEmpty() || after.isEmpty()) {
            return exit[0];
        }
        JourneyDiff diff = JourneyDiffer.compare(before.get().journey(), before.get().analysis(),
                after.get().journey(), after.get().analysis());
        String text = format == Style.json ? DiffWriter.toJson(diff) : DiffTable.of(diff);
        TextOutput.write(parent, output, text, spec.commandLine().getOut());
        return JourneyCommand.EXIT_OK;
    }

    /** The journey in {@code file} with its analysis (surveys read from its folder), or empty with the exit code. */
    private Optional<Analysed> analyse(Path file, PrintWriter err, int[] exit) {
        Path path = parent.resolve(file);
        Optional<String> cannotRead = InputFiles.problemWith(path, file);
        if (cannotRead.isPresent()) {
            err.print("journey: " + cannotRead.get() + "\n");
            exit[0] = Math.max(exit[0], JourneyCommand.EXIT_USAGE);
            return Optional.empty();
        }
        ReadResult result = JourneyLoader.load(path);
        List<Problem> problems = new ArrayList<>(result.problems());
        SurveyResult surveys = SurveyResult.NONE;
        if (result.journey().isPresent()) {
            surveys = SurveyReader.readFor(result.journey().get(), path,
                    SourceRoot.of(path.toAbsolutePath().getParent()));
            problems.addAll(surveys.problems());
        }
        ProblemReport.printText(problems, err);
        if (result.journey().isEmpty() || problems.stream().anyMatch(Problem::isError)) {
            err.print("journey: " + file + " has errors; nothing was compared\n");
            err.flush();
            exit[0] = JourneyCommand.EXIT_INVALID;
            return Optional.empty();
        }
        Journey journey = result.journey().get();
        return Optional.of(new Analysed(journey, Analyzer.analyze(journey, AnalysisOptions.of(journey),
                new SurveyResult(surveys.byTouchpoint(), List.of()))));
    }
}
