package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.TextBlock;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MapWordsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static Properties bundle(String suffix) throws IOException {
        Properties words = new Properties();
        try (InputStream in = MapWords.class.getResourceAsStream("MapWords" + suffix + ".properties")) {
            assertThat(in).as("MapWords%s.properties", suffix).isNotNull();
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
        Properties english = bundle("");
        Properties translated = bundle("_" + lang);
        assertThat(translated.stringPropertyNames()).as("keys that English does not have")
                .isSubsetOf(english.stringPropertyNames());
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        // Only the list separator may be inherited: most languages separate lists as English does.
        assertThat(missing).as("keys left in English").isSubsetOf(Set.of("list.separator"));
        for (String key : translated.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as(key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void followsTheJourneysLanguageWithItsRegionAndFallsBackToEnglish() {
        assertThat(MapWords.of("fa").get("card.exit")).isEqualTo("خروج");
        assertThat(MapWords.of("fa-IR").get("card.exit")).isEqualTo("خروج");
        assertThat(MapWords.of("hr").get("card.reach", "70%")).isEqualTo("doseg 70%");
        assertThat(MapWords.of("mul").get("card.reach", "70%")).isEqualTo("70% reach");
        assertThat(MapWords.of("").get("lane.touchpoints")).isEqualTo("Touchpoints");
    }

    @Test
    void neverFallsBackToTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(MapWords.of("sv").get("lane.touchpoints")).isEqualTo("Touchpoints");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void putsValuesInAsTheyAreApostrophesAndBracesIncluded() {
        MapWords italian = MapWords.of("it");
        assertThat(italian.get("friction.legend", 5)).startsWith("Scala dell'attrito").contains("in 5 livelli");
        assertThat(MapWords.of("en").get("tip.emotionOf", "{1}", "happy")).isEqualTo("Emotion of {1}: happy");
        assertThat(MapWords.of("fa").emotion(Emotion.ANGRY)).isEqualTo("خشمگین");
        assertThat(MapWords.of("fa").list(List.of("الف", "ب"))).isEqualTo("الف، ب");
    }

    @Test
    void aPersianJourneyIsDrawnWithPersianLabelsAndAnEnglishOneWithEnglishLabels() {
        Journey english = ExampleJourneys.damagedDelivery();
        Journey persian = new Journey(english.id(), english.title(), english.description(), "fa",
                english.personas(), english.stages(), english.location(), english.settings());

        assertThat(labels(english)).contains("Touchpoints", "Emotion", "Friction").doesNotContain("نقاط تماس");
        assertThat(labels(persian)).contains("نقاط تماس", "احساس", "اصطکاک", "پرسوناها")
                .doesNotContain("Touchpoints", "Emotion", "Friction", "Personas");
        assertThat(texts(persian)).anySatisfy(t -> assertThat(t).endsWith(" می‌رسند"))
                .noneSatisfy(t -> assertThat(t).endsWith(" reach"));
        assertThat(JourneyLayout.layout(persian, RenderOptions.defaults()).description())
                .contains("مراحل: ").doesNotContain("Stages:");
        assertThat(JourneyLayoutTest.flatten(JourneyLayout.layout(persian, RenderOptions.defaults()).nodes()))
                .filteredOn(n -> n instanceof Group g && g.role() == Role.TOUCHPOINT)
                .map(n -> ((Group) n).tooltip())
                .anySatisfy(tip -> assertThat(tip).contains("کانال: "))
                .noneSatisfy(tip -> assertThat(tip).contains("Channel: "));
    }

    @Test
    void theDiffMapOfAPersianJourneyIsInPersian() {
        Journey english = ExampleJourneys.damagedDelivery();
        Journey persian = new Journey(english.id(), english.title(), english.description(), "fa",
                english.personas(), english.stages(), english.location(), english.settings());
        var analysis = dev.journeymaps.model.analysis.Analyzer.analyze(persian,
                dev.journeymaps.model.analysis.AnalysisOptions.of(persian));
        Scene diff = DiffLayout.layout(persian, persian,
                dev.journeymaps.model.diff.JourneyDiffer.compare(persian, analysis, persian, analysis));

        assertThat(diff.title()).startsWith("وضعیت فعلی در برابر وضعیت آینده: ");
        assertThat(diff.description()).contains("کانون‌های برطرف‌شده: 0").doesNotContain("Hotspots");
        List<String> texts = JourneyLayoutTest.flatten(diff.nodes()).stream()
                .filter(n -> n instanceof TextBlock)
                .flatMap(n -> ((TextBlock) n).lines().stream().map(Scene.TextLine::text))
                .toList();
        assertThat(texts).contains("بدون تغییر").anySatisfy(t -> assertThat(t).startsWith("اصطکاک "))
                .noneSatisfy(t -> assertThat(t).startsWith("friction "));
    }

    private static List<String> labels(Journey journey) {
        return JourneyLayoutTest.flatten(JourneyLayout.layout(journey, RenderOptions.defaults()).nodes()).stream()
                .filter(n -> n instanceof TextBlock t && t.role() == Role.LANE_LABEL)
                .map(n -> ((TextBlock) n).lines().get(0).text())
                .toList();
    }

    private static List<String> texts(Journey journey) {
        return JourneyLayoutTest.flatten(JourneyLayout.layout(journey, RenderOptions.defaults()).nodes()).stream()
                .filter(n -> n instanceof TextBlock)
                .flatMap(n -> ((TextBlock) n).lines().stream().map(Scene.TextLine::text))
                .toList();
    }
}
