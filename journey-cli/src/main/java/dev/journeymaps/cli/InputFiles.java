package dev.journeymaps.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks a journey file before reading it, so that a wrong path is a one-line message and exit code 1. */
final class InputFiles {

    private InputFiles() {}

    /** What is wrong with reading {@code file} (shown as {@code shown}), or empty when it can be read. */
    static Optional<String> problemWith(Path file, Path shown) {
        if (!Files.exists(file)) {
            return Optional.of("no such file: " + shown);
        }
        if (Files.isDirectory(file)) {
            return Optional.of(shown + " is a folder; give a journey file (.yaml, .yml or .json)");
        }
        if (!Files.isReadable(file)) {
            return Optional.of("cannot read " + shown + ": permission denied");
        }
        return Optional.empty();
    }

    /**
     * {@code file} resolved against the working directory when it can be read; otherwise empty, after saying why on
     * {@code err} (the command then exits with {@link JourneyCommand#EXIT_USAGE}).
     */
    static Optional<Path> readable(JourneyCommand parent, Path file, PrintWriter err) {
        Path path = parent.resolve(file);
        Optional<String> cannotRead = problemWith(path, file);
        if (cannotRead.isPresent()) {
            err.print("journey: " + cannotRead.get() + "\n");
            err.flush();
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
