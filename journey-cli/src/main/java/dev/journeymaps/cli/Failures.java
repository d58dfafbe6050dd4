package dev.journeymaps.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns a failure into one line a user can act on, without class names or stack traces. */
final class Failures {

    private Failures() {}

    static String describe(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (e instanceof NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof NotDirectoryException f) {
            return "not a folder: " + f.getFile();
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() == null ? e.getClass().getSimpleName() : f.getReason();
            return f.getFile() + ": " + reason;
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "unexpected failure (" + e.getClass().getSimpleName() + "); run again with --debug for details";
        }
        return e.getCause() != null && e.getCause().getMessage() != null && !message.contains(e.getCause().getMessage())
                ? message + ": " + e.getCause().getMessage()
                : message;
    }
}
