package dev.journeymaps.render.theme;

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

/** Every problem code a theme file can get is in the table of docs/rendering.md, and the table lists no other. */
class ThemeCodesDocumentedTest {

    private static final Pattern RAISED = Pattern.compile("Problem\\.(?:error|warning)\\(\\s*\"(theme\\.[a-z0-9.-]+)\"");
    private static final Pattern DOCUMENTED = Pattern.compile("^\\| `(theme\\.[a-z0-9.-]+)` \\|", Pattern.MULTILINE);

    @Test
    void everyThemeCodeIsDocumentedAndNoOther() throws IOException {
        Set<String> raised = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/journeymaps/render/theme"))) {
            for (Path f : files.toList()) {
                Matcher m = RAISED.matcher(Files.readString(f));
                while (m.find()) {
                    raised.add(m.group(1));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        Matcher m = DOCUMENTED.matcher(Files.readString(Path.of("../docs/rendering.md")));
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(raised).hasSize(7);
        assertThat(documented).isEqualTo(raised);
    }
}
