package dev.journeymaps.cli;

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
}
