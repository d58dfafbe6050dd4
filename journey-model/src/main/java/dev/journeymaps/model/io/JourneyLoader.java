package dev.journeymaps.model.io;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private static ReadResult validated(ReadResult read) {
        if (read.journey().isEmpty()) {
            return read;
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        // A value the reader already reported (a missing id, say) would be reported again by the rules that check
        // it: one problem per spot is enough.
        Set<SourceLocation> reported = read.problems().stream().map(Problem::location).collect(Collectors.toSet());
        Validator.validate(read.journey().get()).stream()
                .filter(p -> !reported.contains(p.location()))
                .forEach(problems::add);
        problems.sort(null);
        return new ReadResult(read.journey(), problems, read.includedFiles());
    }
}
