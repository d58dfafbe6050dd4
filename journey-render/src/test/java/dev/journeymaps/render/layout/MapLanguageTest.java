package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.TextBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A journey in another language is drawn with the map's own words in that language. */
class MapLanguageTest {

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
        assertThat(diff.description()).contains("کانون‌های برطرف‌شده: ۰").doesNotContain("Hotspots");
        List<String> texts = SceneChecks.texts(diff).stream()
                .flatMap(t -> t.lines().stream().map(Scene.TextLine::text))
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
        return SceneChecks.texts(JourneyLayout.layout(journey, RenderOptions.defaults())).stream()
                .flatMap(t -> t.lines().stream().map(Scene.TextLine::text))
                .toList();
    }
}
