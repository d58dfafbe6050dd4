package dev.journeymaps.cli;

/**
 * A run refused before it did harm, with the exit code it ends with: such as {@code -o} naming the journey being
 * read, which is exit 2 (the input as given cannot be processed) and leaves every file as it was.
 */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    Refusal(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
