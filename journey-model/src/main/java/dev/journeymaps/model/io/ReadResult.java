package dev.journeymaps.model.io;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.validate.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a journey gave: the journey, when the file could be read at all, and every problem found.
 *
 * <p>A journey may be present even when there are errors: what was wrong was left out, so later checks can still
 * report the rest. Render only when {@link #hasErrors()} is false.
 *
 * @param journey the journey read, if the file held one
 * @param problems every problem, in the order of their location
 * @param includedFiles the files the journey included (shared personas), named as problems name them, in the order
 *     they were read: a tool that watches the journey watches these too
 */
public record ReadResult(Optional<Journey> journey, List<Problem> problems, List<String> includedFiles) {

    public ReadResult {
        Objects.requireNonNull(journey, "journey");
        problems = List.copyOf(problems);
        includedFiles = List.copyOf(includedFiles);
    }

    /** A result of a journey that included no files. */
    public ReadResult(Optional<Journey> journey, List<Problem> problems) {
        this(journey, problems, List.of());
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The journey, when it was read without errors. */
    public Optional<Journey> validJourney() {
        return hasErrors() ? Optional.empty() : journey;
    }
}
