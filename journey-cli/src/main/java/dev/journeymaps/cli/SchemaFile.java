package dev.journeymaps.cli;

import dev.journeymaps.model.io.JourneySchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The schema beside the journeys that {@code init} and {@code import} write, so that an editor with the YAML extension
 * completes and checks them at once: the header names {@code journey.schema.json} relative to the journey file.
 */
final class SchemaFile {

    /** The first line of every journey the CLI writes from scratch. */
    static final String HEADER = "# yaml-language-server: $schema=" + JourneySchema.FILE_NAME + "\n";

    private SchemaFile() {}

    /**
     * Writes the schema next to {@code journey} (shown as {@code shown}) unless a file of that name is there, and
     * prints its name on {@code out} when it does.
     */
    static void writeNextTo(Path journey, Path shown, PrintWriter out) throws IOException {
        Path schema = journey.toAbsolutePath().resolveSibling(JourneySchema.FILE_NAME);
        if (Files.exists(schema)) {
            return;
        }
        AtomicFiles.write(schema, stream -> stream.write(JourneySchema.json().getBytes(StandardCharsets.UTF_8)));
        out.print(shown.resolveSibling(JourneySchema.FILE_NAME) + "\n");
        out.flush();
    }
}
