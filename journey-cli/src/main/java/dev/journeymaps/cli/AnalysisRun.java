package dev.journeymaps.cli;

import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.SurveyOptions;
import dev.journeymaps.model.io.AnalysisResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What {@code hotspots} and {@code analyze} share, as a picocli mixin: the journey file, the input options, the
 * {@code -o} option; and how every command that reads a journey gets it: the one library call that loads it with its
 * includes and the surveys it names (inside the root folder, {@code --root}, the current folder by default) and
 * analyses it, then one rule for its problems: all are printed, and any error, of the journey or of a survey file,
 * ends the run with exit code 2 before anything is written.
 */
final class AnalysisRun {

    /**
     * What a command got from its journey file: the journey with its analysis, or the exit code that ends the run.
     *
     * @param analysed the journey and its analysis, when the file could be read without errors
     * @param exitCode {@link JourneyCommand#EXIT_OK} with a journey; else 1 (the file cannot be read) or 2 (errors)
     */
    record Loaded(Optional<AnalysedJourney> analysed, int exitCode) {}

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "FILE", description = "The journey, in YAML (.yaml, .yml) or JSON (.json).")
    Path file;

    @Mixin
    OutputOption output;

    @Mixin
    PersonaOption persona;

    /** This mixin's file, analysed; see {@link #analyse(JourneyCommand, InputOptions, Path, PrintWriter)}. */
    Loaded analyse(JourneyCommand parent, PrintWriter err) {
        return analyse(parent, input, file, err, SurveyOptions.DEFAULTS);
    }

    /** This mixin's file, analysed with its survey answers grouped and filtered by {@code surveyOptions}. */
    Loaded analyse(JourneyCommand parent, PrintWriter err, SurveyOptions surveyOptions) {
        return analyse(parent, input, file, err, surveyOptions);
    }

    /**
     * {@code file} loaded with its includes and surveys and analysed, its problems printed on {@code err}; when it
     * cannot be read or has errors, a line says that nothing was analysed.
     */
    static Loaded analyse(JourneyCommand parent, InputOptions input, Path file, PrintWriter err) {
        return analyse(parent, input, file, err, SurveyOptions.DEFAULTS);
    }

    private static Loaded analyse(JourneyCommand parent, InputOptions input, Path file, PrintWriter err,
            SurveyOptions surveyOptions) {
        Optional<Path> path = InputFiles.readable(parent, file, err);
        if (path.isEmpty()) {
            return new Loaded(Optional.empty(), JourneyCommand.EXIT_USAGE);
        }
        Optional<AnalysedJourney> analysed = usable(input.analyse(parent, path.get(), surveyOptions), file, err, "nothing was analysed");
        return new Loaded(analysed, analysed.isPresent() ? JourneyCommand.EXIT_OK : JourneyCommand.EXIT_INVALID);
    }

    /**
     * The journey of {@code result} (read from {@code shown}) with its analysis when no problem of the journey or of
     * its survey files is an error; otherwise empty. Its problems go to {@code err} either way, and with errors a
     * last line says that {@code nothing} happened (such as "nothing was written").
     */
    static Optional<AnalysedJourney> usable(AnalysisResult result, Path shown, PrintWriter err, String nothing) {
        ProblemReport.printText(result.problems(), err);
        if (result.analysed().isEmpty()) {
            err.print("journey: " + shown + " has errors; " + nothing + "\n");
        }
        err.flush();
        return result.analysed();
    }
}
