package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.SourceRoot;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.html.HtmlReport;
import dev.journeymaps.render.layout.JourneyLayout;
import dev.journeymaps.render.layout.Role;
import dev.journeymaps.render.layout.Scene;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.TextBlock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The café sample's answers fall in October and November 2026: its cards show each figure's trend between the two
 * months and the customers each step loses, from the same analysis as {@code journey analyze}, and its report's
 * metrics table has the trend column (the months' figures are worked by hand in docs/metrics.md).
 */
class CardTrendsTest {

    private static final Path SAMPLES = Path.of("src/main/resources", Samples.FOLDER);
    private final AnalysedJourney cafe = JourneyLoader.analyse(SAMPLES.resolve("kafic-csat.yaml"),
            ReadLimits.DEFAULTS, SourceRoot.of(SAMPLES)).analysed().orElseThrow();
    private final Scene map = JourneyLayout.layout(cafe, RenderOptions.defaults());

    @Test
    void eachCardWithAnswersInTwoMonthsShowsTheTrendOfItsFigureInUse() {
        Map<String, String> trends = cardTexts(Role.TREND_TEXT);
        trends.putAll(cardTexts(Role.TREND_WORSE));

        // CSAT 10 of 24 in October, 16 of 24 in November: 41.7% -> 66.7%, up 25 points.
        assertThat(trends).containsEntry("narudzba-pult", "CSAT 67% \u25b225 bod. \u00b7 n=24")
                .containsEntry("placanje", "CSAT 46% \u25bc17 bod. \u00b7 n=24")
                .containsEntry("kava-gotova", "CSAT 96% \u25bc4 bod. \u00b7 n=24");
        assertThat(cardTexts(Role.TREND_WORSE)).containsOnlyKeys("placanje", "kava-gotova");
        cafe.analysis().touchpoints().keySet().forEach(id -> assertThat(trends.containsKey(id)).as(id)
                .isEqualTo(List.of("csat", "nps", "ces").stream()
                        .anyMatch(m -> cafe.analysis().trend(id, m).isPresent())));
    }

    @Test
    void theCardOfAStepThatLosesCustomersSaysHowManyPerThousand() {
        Map<String, String> losses = cardTexts(Role.LOSS_TEXT);
        Map<String, String> expected = new LinkedHashMap<>();
        for (TouchpointAnalysis a : cafe.analysis().touchpoints().values()) {
            if (a.customersLost() > 0) {
                expected.put(a.touchpointId(), String.format(java.util.Locale.ROOT, "%.0f/1.000 izgubljeno",
                        a.customersLost()));
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(losses).isEqualTo(expected);
    }

    @Test
    void aSlidesNarrowCardShortensItsFiguresInsteadOfCuttingTheirNumbers() {
        // On a slide the card's line is 80 units: "CSAT 46% ▼17 bod. · n=24" was cut to "CSAT 46% ▼1…".
        Scene slide = JourneyLayout.layout(cafe, RenderOptions.defaults().withPage(dev.journeymaps.render.Page.SLIDE));
        Map<String, String> trends = cardTexts(slide, Role.TREND_TEXT);
        trends.putAll(cardTexts(slide, Role.TREND_WORSE));

        assertThat(trends).containsEntry("placanje", "CSAT 46% \u25bc17").containsEntry("kava-gotova",
                "CSAT 96% \u25bc4");
        assertThat(cardTexts(slide, Role.LOSS_TEXT).values()).isNotEmpty().allMatch(t -> t.matches("\\d+"));
        assertThat(trends.values()).noneMatch(t -> t.endsWith("\u2026"));
    }

    @Test
    void theReportsMetricsTableHasATrendColumnWithBothMonths() {
        String html = new HtmlReport().render(cafe, List.of());

        assertThat(html).contains("<span class=\"trend\">CSAT: 42% (2026-10, n=24) \u2192 67% (2026-11, n=24), "
                + "\u25b225 bod. bolje</span>");
    }

    /** Touchpoint id → the text of {@code role} on its card. */
    private Map<String, String> cardTexts(Role role) {
        return cardTexts(map, role);
    }

    /** Touchpoint id → the text of {@code role} on its card in {@code scene}. */
    private static Map<String, String> cardTexts(Scene scene, Role role) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Group card : groups(scene.nodes(), Role.TOUCHPOINT)) {
            card.children().stream()
                    .filter(n -> n instanceof TextBlock t && t.role() == role)
                    .map(n -> ((TextBlock) n).lines().get(0).text())
                    .findFirst().ifPresent(text -> texts.put(card.touchpoint(), text));
        }
        return texts;
    }

    private static List<Group> groups(List<Node> nodes, Role role) {
        List<Group> found = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Group g) {
                if (g.role() == role) {
                    found.add(g);
                }
                found.addAll(groups(g.children(), role));
            }
        }
        return found;
    }
}
