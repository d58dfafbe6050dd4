package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.testing.LargeJourneys;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A map of 500 touchpoints stays legible: nothing shrinks to fit, the canvas grows instead. */
class LargeMapLayoutTest {

    /** The smallest font size the map may use anywhere: below it, a printed wall map is no longer readable. */
    private static final double MIN_READABLE = 9;

    private final Scene small = JourneyLayout.layout(LargeJourneys.of(2, 3), RenderOptions.defaults());
    private final Scene large = JourneyLayout.layout(LargeJourneys.of(25, 20), RenderOptions.defaults());

    @Test
    void everyCardOfA500TouchpointMapKeepsItsFullSizeAndItsTextFits() {
        List<Group> cards = JourneyLayoutTest.groups(large, Role.TOUCHPOINT);
        assertThat(cards).hasSize(500);
        for (Group card : cards) {
            Box box = (Box) card.children().get(0);
            assertThat(box.width()).isEqualTo(JourneyLayout.CARD_WIDTH);
            assertThat(box.height()).isEqualTo(CardLayout.HEIGHT);
            card.children().stream().filter(TextBlock.class::isInstance)
                    .forEach(t -> JourneyLayoutTest.assertFits((TextBlock) t, box));
        }
        List<Box> byX = cards.stream().map(c -> (Box) c.children().get(0))
                .sorted(Comparator.comparingDouble(Box::x)).toList();
        for (int i = 1; i < byX.size(); i++) {
            assertThat(byX.get(i).overlaps(byX.get(i - 1))).as("cards %d and %d", i - 1, i).isFalse();
        }
    }

    @Test
    void fontSizesAreTheSameAsOnASmallMapAndNeverBelowReadable() {
        Set<Double> largeSizes = sizes(large);
        assertThat(largeSizes).allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(MIN_READABLE));
        assertThat(sizes(small)).containsAll(largeSizes);
    }

    @Test
    void theCanvasGrowsWithTheJourneyInsteadOfShrinkingIt() {
        Scene strip = JourneyLayout.layout(LargeJourneys.of(25, 20), RenderOptions.defaults().withPage(Page.NONE));
        assertThat(strip.width()).isGreaterThanOrEqualTo(500 * JourneyLayout.COLUMN);
        assertThat(strip.width()).isGreaterThan(small.width() * 50);
        assertThat(large.width() * large.height()).isGreaterThan(500 * JourneyLayout.COLUMN * CardLayout.HEIGHT);
        Box canvas = new Box(Role.BACKGROUND, 0, 0, large.width(), large.height(), 0, 0, false);
        assertThat(JourneyLayoutTest.cards(large)).allSatisfy(c -> assertThat(canvas.contains(c.x(), c.y())
                && canvas.contains(c.x() + c.width(), c.y() + c.height())).isTrue());
    }

    @Test
    void aLongJourneyWrapsIntoRowsAtMostAboutTwiceAsWideAsHigh() {
        assertThat(large.width()).isLessThanOrEqualTo(2.2 * large.height());
        // Every row repeats the lane labels, so none vanishes past the left edge of a wide map.
        long rows = JourneyLayoutTest.flatten(large.nodes()).stream().filter(TextBlock.class::isInstance)
                .map(TextBlock.class::cast)
                .filter(t -> t.role() == Role.LANE_LABEL && t.lines().get(0).text().equals("Touchpoints"))
                .count();
        assertThat(rows).isGreaterThan(3);
    }

    private static Set<Double> sizes(Scene scene) {
        return JourneyLayoutTest.flatten(scene.nodes()).stream().filter(TextBlock.class::isInstance)
                .map(t -> ((TextBlock) t).size()).collect(Collectors.toSet());
    }
}
