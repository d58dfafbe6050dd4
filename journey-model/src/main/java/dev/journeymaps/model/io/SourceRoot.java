package dev.journeymaps.model.io;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder every file a journey names (survey CSVs, included persona files) must stay inside. A journey uploaded to
 * a server must not be able to make it read {@code /etc/passwd} or a neighbour's data: paths resolve relative to the
 * file that names them and are checked after symbolic links are resolved.
 */
public final class SourceRoot {

    private final Path root;

    private SourceRoot(Path root) {
        this.root = root;
    }

    /** Files must stay inside {@code folder} (resolved to its real path when it exists). */
    public static SourceRoot of(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            return new SourceRoot(absolute.toRealPath());
        } catch (IOException e) {
            return new SourceRoot(absolute);
        }
    }

    /** The current folder, the default root of the CLI. */
    public static SourceRoot currentFolder() {
        return of(Path.of(""));
    }

    /** The root folder. */
    public Path folder() {
        return root;
    }

    /**
     * Resolves {@code written}, named in {@code referringFile} at {@code at}, to a readable file inside the root.
     *
     * @return the resolved real path, or a problem ({@code path.outside-root}, {@code path.not-found},
     *     {@code path.not-regular}, {@code path.invalid})
     */
    public Resolved resolve(Path referringFile, String written, SourceLocation at) {
        Objects.requireNonNull(written, "written");
        Path target;
        try {
            Path base = referringFile.toAbsolutePath().normalize().getParent();
            target = (base == null ? Path.of(written) : base.resolve(written)).normalize();
        } catch (InvalidPathException e) {
            return Resolved.problem(Problem.error("path.invalid", "'" + written + "' is not a valid path", at));
        }
        if (!target.startsWith(root)) {
            return Resolved.problem(outside(written, at));
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            return Resolved.problem(Problem.error("path.not-regular", "'" + written + "' is not a regular file (a folder,"
                            + " a device or a pipe), so it is not read", at)
                    .withHint("name a file saved on disk"));
        }
        if (!Files.isRegularFile(target)) {
            return Resolved.problem(Problem.error("path.not-found", "no file '" + written + "' next to "
                            + referringFile.getFileName(), at)
                    .withHint("paths are relative to the file that names them"));
        }
        try {
            Path real = target.toRealPath();
            return real.startsWith(root) ? Resolved.file(real) : Resolved.problem(outside(written, at));
        } catch (IOException e) {
            return Resolved.problem(Problem.error("path.not-found", "cannot open '" + written + "': "
                    + e.getMessage(), at));
        }
    }

    private Problem outside(String written, SourceLocation at) {
        return Problem.error("path.outside-root", "'" + written + "' points outside the root folder " + root, at)
                .withHint("keep referenced files inside the root folder, or choose another with --root");
    }

    /**
     * A resolved path, or the problem that stopped it.
     *
     * @param path the real path, when resolved
     * @param problem why it was not, otherwise
     */
    public record Resolved(java.util.Optional<Path> path, java.util.Optional<Problem> problem) {
        static Resolved file(Path p) {
            return new Resolved(java.util.Optional.of(p), java.util.Optional.empty());
        }

        static Resolved problem(Problem p) {
            return new Resolved(java.util.Optional.empty(), java.util.Optional.of(p));
        }
    }
}
