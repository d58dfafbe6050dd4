package dev.journeymaps.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** Where the text a command produces goes: stdout without {@code -o} (or with {@code -o -}), else a file, atomically. */
final class TextOutput {

    private TextOutput() {}

    static void write(JourneyCommand parent, Optional<Path> output, String text, PrintWriter out) throws IOException {
        if (output.isEmpty() || output.get().toString().equals("-")) {
            out.print(text);
            out.flush();
            return;
        }
        AtomicFiles.write(parent.resolve(output.get()), stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
