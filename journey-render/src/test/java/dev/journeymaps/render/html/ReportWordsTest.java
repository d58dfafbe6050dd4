package dev.journeymaps.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymaps.model.analysis.FrictionComponent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportWordsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([\\w.-]+)");
    private static final Pattern JAVA_KEY = Pattern.compile("words\\.get\\(\"([\\w.-]+)\"|\"((?:col|lane)\\.\\w+)\"");

    static Properties bundle(String name) throws IOException {
        Properties words = new Properties();
        try (InputStream in = ReportWords.class.getResourceAsStream(name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa", "hr", "it", "de", "es", "fr"})
    void everyTranslationSaysWhatEnglishSaysWithTheSamePlaceholders(String lang) throws IOException {
        Properties english = bundle("ReportWords");
        Properties translated = bundle("ReportWords_" + lang);
        assertThat(translated.stringPropertyNames()).as("keys that English does not have")
                .isSubsetOf(english.stringPropertyNames());
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        assertThat(missing).as("keys left in English").isEmpty();
        for (String key : translated.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as(key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void saysEachWordOnceTheMapsWordsAreNotRepeated() throws IOException {
        Set<String> both = new TreeSet<>(bundle("ReportWords").stringPropertyNames());
        Properties map = new Properties();
        try (InputStream in = ReportWords.class.getResourceAsStream("/dev/journeymaps/render/layout/MapWords.properties")) {
            map.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        both.retainAll(map.stringPropertyNames());
        assertThat(both).as("keys in both bundles").isEmpty();
    }

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
        for (String lang : List.of("en", "fa", "hr", "it", "de", "es", "fr")) {
            ReportWords words = ReportWords.of(lang);
            keys.forEach(k -> assertThat(words.get(k)).as("%s in %s", k, lang).isNotBlank());
        }
    }

    @Test
    void followsTheJourneysLanguageFallsBackToEnglishAndNeverToTheMachines() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(ReportWords.of("fa").get("hotspots.title")).isEqualTo("کانون‌های اصطکاک");
            assertThat(ReportWords.of("fa-IR").get("lane.personas")).isEqualTo("پرسوناها");
            assertThat(ReportWords.of("hr").get("lane.friction")).isEqualTo("Trenje");
            assertThat(ReportWords.of("sv").get("hotspots.title")).isEqualTo("Hotspots");
            assertThat(ReportWords.of("mul").get("lane.personas")).isEqualTo("Personas");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void putsValuesInAsTheyAreWithWesternDigitsAndItalianApostrophes() {
        assertThat(ReportWords.of("fa").get("effort.of", 3)).isEqualTo("3 از 5");
        assertThat(ReportWords.of("it").get("prose.goal", "{1}")).isEqualTo("L'obiettivo del cliente: {1}");
        assertThat(ReportWords.of("fa").items(List.of("الف", "ب"))).isEqualTo("الف؛ ب");
        assertThatThrownBy(() -> ReportWords.of("en").get("no.such.word")).hasMessageContaining("no.such.word");
    }
}
