package dev.journeymaps.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code -o} option of every command that produces one text: stdout without it (or with {@code -o -}), else a
 * file written whole or not at all, whose name is then printed on stdout.
 */
final class OutputOption {

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT instead of stdout.")
    Optional<Path> output = Optional.empty();

    /** Whether the text goes to stdout. */
    boolean toStdout() {
        return output.isEmpty() || output.get().toString().equals("-");
    }

    /** The file the text goes to, resolved against the working directory; empty for stdout. */
    Optional<Path> target(JourneyCommand parent) {
        return toStdout() ? Optional.empty() : Optional.of(parent.resolve(output.get()));
    }

    /** Writes text to a writer; may fail half way, which leaves no file behind. */
    @FunctionalInterface
    interface Text {
        void writeTo(Writer out) throws IOException;
    }

    void write(JourneyCommand parent, String text, PrintWriter out) throws IOException {
        write(parent, (Text) w -> w.write(text), out);
    }

    /** Streams what {@code text} writes, so a large analysis is never held in memory whole. */
    void write(JourneyCommand parent, Text text, PrintWriter out) throws IOException {
        if (toStdout()) {
            text.writeTo(out);
            out.flush();
            return;
        }
        AtomicFiles.write(parent.output(output.get()), stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            text.writeTo(w);
            w.flush();
        });
        out.print(output.get() + "\n");
        out.flush();
    }
}
