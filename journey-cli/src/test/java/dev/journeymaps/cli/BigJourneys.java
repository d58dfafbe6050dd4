package dev.journeymaps.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the generated journeys the bounded-memory tests render: a hundred touchpoints a stage, streamed to a file. */
final class BigJourneys {

    private static final String[] CHANNELS = {"web", "mobile-app", "email", "phone", "chat", "store"};

    private BigJourneys() {}

    /** A journey of {@code touchpoints} touchpoints titled {@code title}, with one persona, written to {@code file}. */
    static Path write(Path file, int touchpoints, String title) throws IOException {
        return write(file, touchpoints, title, 1);
    }

    /**
     * A journey of {@code touchpoints} touchpoints titled {@code title} written to {@code file}, lived by
     * {@code personas} personas: with more than one, each touchpoint names the persona who lives it, in turn, so every
     * persona has a route of their own (as in the Mermaid peer's generated journeys).
     */
    static Path write(Path file, int touchpoints, String title, int personas) throws IOException {
        try (Writer yaml = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            yaml.write("journey: {id: big, title: " + title + "}\npersonas:\n");
            for (int p = 0; p < personas; p++) {
                yaml.write(p == 0 ? "- {id: ana, name: Ana}\n" : "- {id: p" + p + ", name: Persona " + p + "}\n");
            }
            yaml.write("stages:\n");
            for (int i = 0; i < touchpoints; i++) {
                if (i % 100 == 0) {
                    yaml.write("- id: s" + i + "\n  name: Stage " + i / 100 + "\n  goal: Get part " + i / 100
                            + " done\n  touchpoints:\n");
                }
                String actor = personas < 2 ? "" : ", actors: [" + (i % personas == 0 ? "ana" : "p" + i % personas) + "]";
                yaml.write("  - {id: t" + i + ", name: \"" + i + ". Compare delivery options on the checkout page\","
                        + " channel: " + CHANNELS[i % CHANNELS.length] + ", emotion: " + (i % 5 - 2)
                        + (i % 7 == 0 ? ", thought: Is this really needed?" : "") + actor + "}\n");
            }
        }
        return file;
    }
}
