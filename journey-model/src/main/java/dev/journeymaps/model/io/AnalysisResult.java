package dev.journeymaps.model.io;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.validate.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What loading a journey with its includes and survey answers and analysing it gave
 * ({@link JourneyLoader#analyse(java.nio.file.Path, ReadLimits, SourceRoot)}).
 *
 * @param journey the journey read, if the file held one (also when it has errors, as in {@link ReadResult})
 * @param problems every problem: the journey's (reading and validation, by location), then its survey files'
 * @param analysis the analysis with the survey answers, present only when no problem is an error
 * @param includedFiles the files the journey included, as problems name them, in the order they were read
 */
public record AnalysisResult(
        Optional<Journey> journey, List<Problem> problems, Optional<JourneyAnalysis> analysis,
        List<String> includedFiles) {

    public AnalysisResult {
        Objects.requireNonNull(journey, "journey");
        problems = List.copyOf(problems);
        Objects.requireNonNull(analysis, "analysis");
        if (analysis.isPresent() && journey.isEmpty()) {
            throw new IllegalArgumentException("an analysis needs its journey");
        }
        includedFiles = List.copyOf(includedFiles);
    }

    /** Whether any problem, of the journey or of a survey file, is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The journey with its analysis, when neither the journey nor a survey file it names has errors. */
    public Optional<AnalysedJourney> analysed() {
        return analysis.map(a -> new AnalysedJourney(journey.orElseThrow(), a));
    }
}
