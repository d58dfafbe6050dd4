package dev.journeymaps.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

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

    /** As Linux's limit of links followed in one path. */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {}

    /**
     * Replaces {@code target} with what {@code content} writes; on failure {@code target} is left as it was.
     *
     * <p>A symbolic link is followed, whether its file exists yet or not (as the shell's {@code >} does), so the file
     * it points to is written and the link stays. A target that exists but is no regular file (a device such as
     * {@code /dev/stdout}, a named pipe) is written to directly: renaming a file over it would replace the device
     * itself. The temporary file is removed when the JVM is stopped half way (Ctrl-C, {@code kill}).
     */
    static void write(Path target, Content content) throws IOException {
        Path absolute = followLinks(target.toAbsolutePath());
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a folder; give a file name");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            try (OutputStream out = Files.newOutputStream(absolute)) {
                content.writeTo(out);
            }
            return;
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
        } finally {
            InFlight.TEMPS.remove(temp);
        }
    }

    /**
     * {@code path} with every symbolic link on its last element followed, also to a file that does not exist yet;
     * a loop of links is an error, as it is for the system.
     */
    private static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    /**
     * The temporary files being written now, removed by a shutdown hook when the JVM is stopped before they were
     * moved into place: a killed render must not leave hidden {@code .tmp} files behind. (Not {@code deleteOnExit},
     * whose list only grows, which a long {@code watch} or a server would feel.)
     */
    private static final class InFlight {
        static final Set<Path> TEMPS = ConcurrentHashMap.newKeySet();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TEMPS.forEach(temp -> {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the JVM is going; nothing better can be done
                }
            }), "journey-temp-cleanup"));
        }

        private InFlight() {}
    }

    /** A temporary file next to {@code target}; failures name the target, not the temporary file. */
    private static Path createTemp(Path folder, Path target) throws IOException {
        // The cleanup hook is registered (InFlight initialised) before the file exists: a signal between the two
        // left the file behind, a window the font thread of render widened on a busy machine.
        Set<Path> temps = InFlight.TEMPS;
        try {
            Path temp = createNew(folder, "." + target.getFileName());
            temps.add(temp);
            return temp;
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(target.toString(), null, "no permission to write in " + folder);
        } catch (FileSystemException e) {
            throw new FileSystemException(target.toString(), null, "cannot create a file in " + folder);
        }
    }

    /** Owner-only, as the JDK makes temporary files: nobody else reads a map before it is in place. */
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** Names taken by other files in a row before giving up: the odds of even one are one in 2^64. */
    private static final int MAX_TRIES = 100;

    /**
     * A new empty file in {@code folder}, named {@code prefix}, a random number and {@code .tmp}, owner-only where the
     * file system has POSIX permissions. As {@link Files#createTempFile} makes it, but with a number from
     * {@link ThreadLocalRandom}: that call's {@link java.security.SecureRandom} started the JDK's security providers,
     * 3 % of a small map's run. The name need not be secret: the file is created only if no file of that name exists
     * ({@code O_EXCL}, no link followed), so a name taken by someone else is only tried again.
     */
    private static Path createNew(Path folder, String prefix) throws IOException {
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int tries = 1; ; tries++) {
            Path temp = folder.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return posix ? Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                        : Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (tries == MAX_TRIES) {
                    throw e;
                }
            }
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
