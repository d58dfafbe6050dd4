package dev.journeymaps.cli;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.SurveyResult;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.io.SurveyReader;
import dev.journeymaps.model.validate.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What {@code hotspots} and {@code analyze} share, as a picocli mixin: the journey file, the input options, the
 * {@code -o} option; and the run itself: load and validate a journey, read the surveys it names (inside the root
 * folder, {@code --root}, the current folder by default) and analyse it.
 */
final class AnalysisRun {

    /** A journey and its analysis. */
    record Analysed(Journey journey, JourneyAnalysis analysis) {}

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "FILE", description = "The journey, in YAML (.yaml, .yml) or JSON (.json).")
    Path file;

    @Mixin
    OutputOption output;

    /** The analysis of this mixin's file; see {@link #analyse(JourneyCommand, InputOptions, Path, PrintWriter, int[])}. */
    Analysed analyse(JourneyCommand parent, PrintWriter err, int[] exit) {
        return analyse(parent, input, file, err, exit);
    }

    /**
     * The analysis of {@code file}, or the exit code that ends the run: 1 when it cannot be read, 2 when the journey
     * or a survey file it names has errors. Problems go to {@code err} either way.
     */
    static Analysed analyse(JourneyCommand parent, InputOptions input, Path file, PrintWriter err, int[] exit) {
        Optional<Path> path = InputFiles.readable(parent, file, err);
        if (path.isEmpty()) {
            exit[0] = JourneyCommand.EXIT_USAGE;
            return null;
        }
        ReadResult result = input.load(parent, path.get());
        List<Problem> problems = new ArrayList<>(result.problems());
        SurveyResult surveys = SurveyResult.NONE;
        if (result.journey().isPresent()) {
            surveys = SurveyReader.readFor(result.journey().get(), path.get(), input.root(parent));
            problems.addAll(surveys.problems());
        }
        ProblemReport.printText(problems, err);
        if (result.journey().isEmpty() || problems.stream().anyMatch(Problem::isError)) {
            err.print("journey: " + file + " has errors; nothing was analysed\n");
            err.flush();
            exit[0] = JourneyCommand.EXIT_INVALID;
            return null;
        }
        Journey journey = result.journey().get();
        return new Analysed(journey, Analyzer.analyze(journey, AnalysisOptions.of(journey),
                new SurveyResult(surveys.byTouchpoint(), List.of())));
    }
}
