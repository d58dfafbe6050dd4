package dev.journeymaps.model.io;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the files a journey includes ({@code personas: {include: ../personas.yaml}}) are read from: the file system
 * inside a {@link SourceRoot}, or anything else that names texts, such as the samples on the class path.
 */
@FunctionalInterface
public interface IncludeSource {

    /**
     * Opens the file {@code written} names in the file {@code from} (as problems name it), at {@code at}.
     *
     * @return the file's name (for problems), a key that is the same for the same file however it is reached, and its
     *     text; or the problem that stops reading it
     */
    Included open(String from, String written, SourceLocation at);

    /**
     * An included file, or why it could not be read.
     *
     * @param name how problems in it name it, such as {@code ../personas.yaml} resolved to {@code personas.yaml}
     * @param key the same for the same file reached by different paths (a real path); cycles are found by it
     * @param text the file's text (empty when there is a problem)
     * @param problem what stopped reading it
     */
    record Included(String name, String key, String text, Optional<Problem> problem) {
        public Included {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(problem, "problem");
        }

        /** A file that was read. */
        public static Included of(String name, String key, String text) {
            return new Included(name, key, text, Optional.empty());
        }

        /** A file that could not be read, and why. */
        public static Included failed(Problem problem) {
            return new Included("", "", "", Optional.of(problem));
        }
    }

    /** No file can be included: every include is reported as missing. For journeys read from a lone text. */
    static IncludeSource none() {
        return (from, written, at) -> Included.failed(Problem.error("include.not-found",
                        "cannot include '" + written + "': " + from + " was not read from a folder", at)
                .withHint("read the journey from its file so that included files can be found next to it"));
    }

    /**
     * Files on disk, relative to the file that includes them, inside {@code root} after symbolic links are resolved,
     * each no larger than the document limit.
     */
    static IncludeSource files(SourceRoot root, ReadLimits limits) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(limits, "limits");
        return (from, written, at) -> {
            SourceRoot.Resolved resolved = root.resolve(Path.of(from), written, at);
            if (resolved.problem().isPresent()) {
                return Included.failed(IncludeProblems.fromPath(resolved.problem().get(), written, from, root.folder()));
            }
            Path real = resolved.path().orElseThrow();
            String name;
            try {
                name = Path.of(from).resolveSibling(written).normalize().toString();
            } catch (InvalidPathException e) {
                name = real.toString();
            }
            TextFile.Read read = TextFile.read(real, name, limits.maxDocumentChars());
            if (read.problem().isEmpty()) {
                return Included.of(name, real.toString(), read.text());
            }
            Problem p = read.problem().get();
            // A bad byte is shown where it is in the included file; anything else where the include is written.
            return Included.failed(p.code().equals("io.bad-encoding") ? p
                    : new Problem(p.level(), p.code().equals("io.unreadable") ? "include.not-found" : p.code(),
                            "cannot include '" + written + "': " + p.message(), at, p.hint()));
        };
    }
}
