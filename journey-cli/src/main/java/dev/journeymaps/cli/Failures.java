package dev.journeymaps.cli;

import dev.journeymaps.model.CleanText;
import dev.journeymaps.render.TooLargeException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns a failure into one line a user can act on, without class names or stack traces. */
final class Failures {

    /** The environment variable that shows stack traces, for a bug report, where {@code --debug} cannot be given. */
    static final String DEBUG_VARIABLE = "JOURNEY_DEBUG";
    /** The environment variable the {@code journey} launcher passes to Java, such as {@code -Xmx2g}. */
    static final String JAVA_OPTIONS_VARIABLE = "JOURNEY_JAVA_OPTS";

    private Failures() {}

    /** Whether {@code JOURNEY_DEBUG} asks for stack traces (set, and neither empty nor {@code 0}). */
    static boolean debugFromEnvironment() {
        String value = System.getenv(DEBUG_VARIABLE);
        return value != null && !value.isBlank() && !value.strip().equals("0");
    }

    /** The exit code a failure ends a run with: a refusal says its own, anything else is an I/O or usage failure. */
    static int exitCode(Throwable failure) {
        return failure instanceof Refusal r ? r.exitCode() : JourneyCommand.EXIT_USAGE;
    }

    /**
     * Whether {@code failure} is running out of memory, also when it shows as something else: a class whose
     * initialisation ran out of memory (a fork-join pool's helper, say) fails every later use with a
     * {@link NoClassDefFoundError} that names the out-of-memory only in its cause's message.
     */
    static boolean isOutOfMemory(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            if (t instanceof LinkageError && t.getMessage() != null
                    && t.getMessage().contains("java.lang.OutOfMemoryError")) {
                return true;
            }
        }
        return false;
    }

    /**
     * One line for any throwable, errors included: running out of memory or stack says what to do, since the input
     * was within the limits and only the Java settings are too small for it.
     */
    static String describeFatal(Throwable failure) {
        if (isOutOfMemory(failure)) {
            long megabytes = Runtime.getRuntime().maxMemory() >> 20;
            return "out of memory: this needs more than the " + megabytes + " MB Java may use here; give it more"
                    + " with " + JAVA_OPTIONS_VARIABLE + "=-Xmx2g (or java -Xmx2g -jar journey.jar), or ask for less"
                    + " (a lower --max-pixels for PNG, a smaller file)";
        }
        if (failure instanceof TooLargeException t) {
            return describe(t);
        }
        if (failure instanceof StackOverflowError) {
            return "out of stack: the input is nested too deeply for Java's stack; give it more with "
                    + JAVA_OPTIONS_VARIABLE + "=-Xss64m";
        }
        if (failure instanceof Exception) {
            return describe(failure);
        }
        String message = failure.getMessage();
        return "unexpected failure (" + failure.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + CleanText.shown(message)) + "); run again with "
                + DEBUG_VARIABLE + "=1 for details";
    }

    /** A heap size to suggest for {@code needed} bytes: twice as much, in whole gigabytes, at least 1g. */
    private static String suggestedHeap(long needed) {
        long gigabytes = Math.max(1, Math.min(64, (needed >> 30) * 2 + 1));
        return gigabytes + "g";
    }

    static String describe(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (e instanceof NoSuchFileException f) {
            return "no such file or folder: " + CleanText.shown(String.valueOf(f.getFile()));
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + CleanText.shown(String.valueOf(f.getFile()));
        }
        if (e instanceof NotDirectoryException f) {
            return "not a folder: " + CleanText.shown(String.valueOf(f.getFile()));
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() == null ? e.getClass().getSimpleName() : f.getReason();
            return CleanText.shown(String.valueOf(f.getFile())) + ": " + CleanText.shown(reason);
        }
        if (e instanceof TooLargeException t) {
            return t.getMessage() + ": lower --max-pixels (or --scale) for PNG, or give Java more with "
                    + JAVA_OPTIONS_VARIABLE + "=-Xmx" + suggestedHeap(t.neededBytes()) + "; nothing was written";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "unexpected failure (" + e.getClass().getSimpleName() + "); run again with --debug for details";
        }
        // An I/O failure underneath says what the system said (a full disk); a library's own exception underneath
        // never shows: its text is not ours to show (Batik's "Enclosed Exception").
        Throwable cause = e.getCause();
        return CleanText.shown(cause instanceof java.io.IOException && cause.getMessage() != null
                        && !message.contains(cause.getMessage())
                ? message + ": " + cause.getMessage()
                : message);
    }
}
