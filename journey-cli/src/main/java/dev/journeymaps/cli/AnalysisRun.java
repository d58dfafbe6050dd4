package dev.journeymaps.cli;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.SurveyResult;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.io.SurveyReader;
import dev.journeymaps.model.validate.Problem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code hotspots} and {@code analyze} share: load and validate a journey, read the surveys it names (inside
 * the root folder, {@code --root}, the current folder by default), analyse it, and write a result to stdout or atomically to {@code -o}.
 */
final class AnalysisRun {

    /** A journey and its analysis. */
    record Analysed(Journey journey, JourneyAnalysis analysis) {}

    private AnalysisRun() {}

    /**
     * The analysis of {@code file}, or the exit code that ends the run: 1 when it cannot be read, 2 when the journey
     * or a survey file it names has errors. Problems go to {@code err} either way.
     */
    static Analysed analyse(JourneyCommand parent, InputOptions input, Path file, PrintWriter err, int[] exit) {
        Path path = parent.resolve(file);
        Optional<String> cannotRead = InputFiles.problemWith(path, file);
        if (cannotRead.isPresent()) {
            err.print("journey: " + cannotRead.get() + "\n");
            exit[0] = JourneyCommand.EXIT_USAGE;
            return null;
        }
        ReadResult result = JourneyLoader.load(path, input.limits());
        List<Problem> problems = new ArrayList<>(result.problems());
        SurveyResult surveys = SurveyResult.NONE;
        if (result.journey().isPresent()) {
            surveys = SurveyReader.readFor(result.journey().get(), path, input.root(parent));
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

    /** Writes text to a writer; may fail half way. */
    @FunctionalInterface
    interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes {@code text} to stdout, or whole or not at all to {@code output} ({@code -} is stdout). */
    static void emit(JourneyCommand parent, Optional<Path> output, String text, PrintWriter out) throws IOException {
        emit(parent, output, (Text) w -> w.write(text), out);
    }

    /**
     * Streams what {@code text} writes to stdout, or whole or not at all to {@code output} ({@code -} is stdout),
     * without holding it in memory.
     */
    static void emit(JourneyCommand parent, Optional<Path> output, Text text, PrintWriter out) throws IOException {
        if (output.isEmpty() || output.get().toString().equals("-")) {
            text.writeTo(out);
            out.flush();
            return;
        }
        Path target = parent.resolve(output.get());
        AtomicFiles.write(target, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            text.writeTo(w);
            w.flush();
        });
        if (Files.isRegularFile(target)) {
            out.print(output.get() + "\n");
            out.flush();
        }
    }
}
