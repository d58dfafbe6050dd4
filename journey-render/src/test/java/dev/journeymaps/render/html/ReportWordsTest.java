package dev.journeymaps.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.analysis.FrictionComponent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dev.journeymaps.render.words.Words;
import org.junit.jupiter.api.Test;

/** Every word the report's templates and code ask for is there in every language. */
class ReportWordsTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([\\w.-]+)");
    private static final Pattern JAVA_KEY = Pattern.compile("words\\.get\\(\"([\\w.-]+)\"|\"((?:col|lane)\\.\\w+)\"");

    @Test
    void everyWordTheTemplatesAndTheCodeAskForExists() throws IOException {
        Path html = Path.of("src/main/resources/dev/journeymaps/render/html");
        Path java = Path.of("src/main/java/dev/journeymaps/render/html");
        Set<String> keys = new TreeSet<>();
        for (Path dir : List.of(html, java)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().matches(".*\\.(html|java)")).toList()) {
                    Matcher m = (f.toString().endsWith(".java") ? JAVA_KEY : TEMPLATE_KEY).matcher(Files.readString(f));
                    while (m.find()) {
                        String key = m.group(1) != null ? m.group(1) : m.group(2);
                        if (!key.endsWith(".")) {
                            keys.add(key);
                        }
                    }
                }
            }
        }
        assertThat(keys).contains("lane.personas", "hotspots.title", "prose.goal", "action.painPoint", "col.kind");
        Arrays.stream(FrictionComponent.values()).forEach(c -> keys.add("component." + c.key()));
        for (String lang : List.of("en", "fa", "hr", "it", "de", "es", "fr", "eu", "su")) {
            Words words = Words.forReport(lang);
            keys.forEach(k -> assertThat(words.get(k)).as("%s in %s", k, lang).isNotBlank());
        }
    }
}
