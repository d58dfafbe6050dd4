package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.testing.LargeJourneys;
import dev.journeymaps.render.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A drawing keeps its rows when they fit the memory and lays each out again when drawn when they do not (a journey of
 * 100,000 touchpoints); either way it must draw the nodes of the scene laid out whole, in its order. Generated
 * journeys in several languages, in one row and wrapped onto many, with every lane and with the default ones.
 */
class RelaidRowsTest {

    private static final long BASE_SEED = 20261203L;

    @Test
    void rowsLaidOutAgainDrawTheNodesOfKeptRowsAndOfTheWholeScene() {
        List<RenderOptions> options = List.of(RenderOptions.defaults(), RenderOptions.defaults().withPage(Page.A4),
                new RenderOptions(Lane.ALL, Optional.empty(), Theme.DARK, Page.SLIDE));
        Seeds.forEach(BASE_SEED, 20, seed -> {
            AnalysedJourney analysed = AnalysedJourney.of(RandomJourneys.generate(seed));
            for (RenderOptions o : options) {
                List<Node> whole = JourneyLayout.layout(analysed, o).nodes();
                assertThat(drawn(analysed, o, false)).isEqualTo(whole);
                assertThat(drawn(analysed, o, true)).isEqualTo(whole);
            }
        });
    }

    @Test
    void aLongJourneyWrappedOntoRowsDrawsTheSameNodesLaidOutAgain() {
        AnalysedJourney analysed = AnalysedJourney.of(RandomJourneys.generate(BASE_SEED, 400));
        assertThat(drawn(analysed, RenderOptions.defaults(), false))
                .isEqualTo(JourneyLayout.layout(analysed, RenderOptions.defaults()).nodes());
    }

    @Test
    void rowsLaidOutSideBySideDrawTheNodesOfRowsLaidOutOneByOne() {
        // Kept rows of a map this large are laid out on several threads; rows laid out again, one by one.
        // Persian too: right to left, mirrored, its own digits.
        for (String lang : List.of("en", "fa")) {
            AnalysedJourney analysed = AnalysedJourney.of(LargeJourneys.of(24, 40, lang));
            assertThat(analysed.journey().touchpoints())
                    .hasSizeGreaterThanOrEqualTo(JourneyLayout.SIDE_BY_SIDE_TOUCHPOINTS);
            for (RenderOptions o : List.of(RenderOptions.defaults(), RenderOptions.defaults().withPage(Page.A3),
                    new RenderOptions(Lane.ALL, Optional.empty(), Theme.DARK, Page.SLIDE))) {
                List<Node> sideBySide = drawn(analysed, o, true);
                assertThat(sideBySide).hasSizeGreaterThan(1000).isEqualTo(drawn(analysed, o, false));
            }
        }
    }

    private static List<Node> drawn(AnalysedJourney analysed, RenderOptions options, boolean keepRows) {
        List<Node> nodes = new ArrayList<>();
        JourneyLayout.drawing(analysed, options, n -> { }, keepRows).draw(nodes::add);
        return nodes;
    }
}
