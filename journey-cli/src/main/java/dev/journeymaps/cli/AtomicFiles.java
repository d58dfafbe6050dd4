package dev.journeymaps.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that readers see either the old content or the complete new one, never half a file: the content
 * goes to a temporary file next to the target, which is then renamed over it.
 */
final class AtomicFiles {

    /** What plain output files get; temporary files start out readable by their owner only. */
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    /** Writes content to a stream; may fail half way. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /**
     * Replaces {@code target} with what {@code content} writes; on failure {@code target} is left as it was.
     *
     * <p>A symbolic link is followed, so the file it points to is replaced and the link stays. A target that exists
     * but is no regular file (a device such as {@code /dev/stdout}, a named pipe) is written to directly: renaming a
     * file over it would replace the device itself.
     */
    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a folder; give a file name");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            try (OutputStream out = Files.newOutputStream(absolute)) {
                content.writeTo(out);
            }
            return;
        }
        if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) {
            absolute = absolute.toRealPath();
        }
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the folder to write into does not exist");
        }
        Path temp = createTemp(folder, absolute);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            keepPermissions(absolute, temp);
            move(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** A temporary file next to {@code target}; failures name the target, not the temporary file. */
    private static Path createTemp(Path folder, Path target) throws IOException {
        try {
            return Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(target.toString(), null, "no permission to write in " + folder);
        } catch (FileSystemException e) {
            throw new FileSystemException(target.toString(), null, "cannot create a file in " + folder);
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(
                temp, Files.exists(target) ? Files.getPosixFilePermissions(target) : READABLE);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on file systems without rename; a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
