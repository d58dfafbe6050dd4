package dev.journeymaps.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem code the model (or a module above it) can report is listed in docs/validation.md, and the docs list no code that is gone. */
class ProblemCodesDocumentedTest {

    /** Problems, and survey rows rejected by SurveyAnswers (each becomes a problem or a counted bad row). */
    private static final Pattern RAISED = Pattern.compile(
            "(?:Problem\\.(?:error|warning)|new Rejection)\\(\\s*\"([a-z0-9.-]+)\"");
    private static final Pattern DOCUMENTED = Pattern.compile("^\\| `([a-z0-9.-]+)` \\|", Pattern.MULTILINE);
    /** Codes built from a key name ("range." + key): the keys that can reach that call. */
    private static final Set<String> COMPOSED = Set.of(
            "range.csat", "range.nps", "range.ces", "range.first-contact-resolution");

    @Test
    void everyCodeIsDocumented() throws IOException {
        Set<String> raised = new TreeSet<>(COMPOSED);
        // Every module: the CLI's preview reports a problem of its own (render.failed).
        try (Stream<Path> files = Stream.of("journey-model", "journey-cli")
                .map(module -> Path.of("..", module, "src", "main", "java"))
                .flatMap(ProblemCodesDocumentedTest::walk)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = RAISED.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        raised.add(m.group(1));
                    }
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        Matcher m = DOCUMENTED.matcher(Files.readString(Path.of("../docs/validation.md")));
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).containsAll(raised);
        assertThat(raised).containsAll(documented);
    }

    private static Stream<Path> walk(Path folder) {
        try {
            return Files.walk(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
