package dev.journeymaps.model.io;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.SurveyOptions;
import dev.journeymaps.model.analysis.SurveyResult;
import dev.journeymaps.model.graph.JourneyGraph;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a journey and checks it as a whole: the one call a tool needs before rendering. Problems from reading and
 * from validation come back together, sorted by location.
 */
public final class JourneyLoader {

    private JourneyLoader() {}

    /** Reads and validates {@code file} with the default limits. */
    public static ReadResult load(Path file) {
        return load(file, ReadLimits.DEFAULTS);
    }

    /** Reads and validates {@code file} with the given limits. */
    public static ReadResult load(Path file, ReadLimits limits) {
        return validated(JourneyReader.read(file, limits));
    }

    /** Reads and validates {@code file} with the given limits; the files it includes must stay inside {@code root}. */
    public static ReadResult load(Path file, ReadLimits limits, SourceRoot root) {
        return validated(JourneyReader.read(file, limits, root));
    }

    /**
     * Reads and validates {@code content}, named {@code fileName} in problems, with the files it includes from
     * {@code includes}.
     */
    public static ReadResult load(String content, String fileName, IncludeSource includes) {
        return validated(JourneyReader.read(content, fileName, ReadLimits.DEFAULTS, includes));
    }

    /** Reads and validates {@code content}, named {@code fileName} in problems. */
    public static ReadResult load(String content, String fileName) {
        return validated(JourneyReader.read(content, fileName));
    }

    /**
     * Reads and validates {@code file}, reads the survey answers it names ({@code journey.surveys}, relative to the
     * file) and analyses it with them: the one call behind every output, so that map, report and analysis show the
     * same figures. Files it includes or names must stay inside the file's folder.
     */
    public static AnalysisResult analyse(Path file) {
        return analyse(file, ReadLimits.DEFAULTS, SourceRoot.of(file.toAbsolutePath().getParent()));
    }

    /**
     * Reads and validates {@code file} with the given limits, reads the survey answers it names and analyses it with
     * them; the files it includes or names must stay inside {@code root}. The survey files are read whenever a
     * journey could be read, so one run reports all problems; the analysis is made only when no problem (of the
     * journey or of its survey files) is an error.
     */
    public static AnalysisResult analyse(Path file, ReadLimits limits, SourceRoot root) {
        return analyse(file, limits, root, SurveyOptions.DEFAULTS);
    }

    /**
     * As {@link #analyse(Path, ReadLimits, SourceRoot)}, the survey answers grouped by the period of
     * {@code surveyOptions} and kept between its dates.
     */
    public static AnalysisResult analyse(Path file, ReadLimits limits, SourceRoot root, SurveyOptions surveyOptions) {
        ReadResult unchecked = JourneyReader.read(file, limits, root);
        if (unchecked.journey().isEmpty()) {
            return new AnalysisResult(Optional.empty(), unchecked.problems(), Optional.empty(),
                    unchecked.includedFiles());
        }
        // One graph for the rules and the analysis: both walk it and every persona's route it keeps.
        JourneyGraph graph = JourneyGraph.of(unchecked.journey().get());
        ReadResult read = validated(unchecked, graph);
        SurveyResult surveys = SurveyReader.readFor(graph.journey(), file, root, surveyOptions);
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(surveys.problems());
        boolean usable = problems.stream().noneMatch(Problem::isError);
        return new AnalysisResult(read.journey(), problems,
                usable ? Optional.of(AnalysedJourney.of(graph, surveys).analysis()) : Optional.empty(),
                read.includedFiles());
    }

    static ReadResult validated(ReadResult read) {
        return read.journey().isEmpty() ? read : validated(read, JourneyGraph.of(read.journey().get()));
    }

    private static ReadResult validated(ReadResult read, JourneyGraph graph) {
        List<Problem> problems = new ArrayList<>(read.problems());
        // A value the reader already reported (a missing id, say) would be reported again by the rules that check
        // it: one problem per spot is enough.
        Set<SourceLocation> reported = read.problems().stream().map(Problem::location).collect(Collectors.toSet());
        Validator.validate(graph).stream()
                .filter(p -> !reported.contains(p.location()))
                .forEach(problems::add);
        problems.sort(null);
        return new ReadResult(read.journey(), problems, read.includedFiles());
    }
}
