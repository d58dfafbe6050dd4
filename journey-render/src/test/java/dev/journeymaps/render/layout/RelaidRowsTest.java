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
 * A drawing keeps the rows that fit the memory and lays the others out again when drawn (a journey of 100,000
 * touchpoints keeps few or none); whatever it keeps, it must draw the nodes of the scene laid out whole, in its order,
 * and hand the same nodes in parts. Generated journeys in several languages, in one row and wrapped onto many, with
 * every lane and with the default ones.
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
                assertThat(drawn(analysed, o, 0)).isEqualTo(whole);
                assertThat(drawn(analysed, o, JourneyLayout.ALL_ROWS)).isEqualTo(whole);
            }
        });
    }

    @Test
    void aLongJourneyWrappedOntoRowsDrawsTheSameNodesLaidOutAgain() {
        AnalysedJourney analysed = AnalysedJourney.of(RandomJourneys.generate(BASE_SEED, 400));
        assertThat(drawn(analysed, RenderOptions.defaults(), 0))
                .isEqualTo(JourneyLayout.layout(analysed, RenderOptions.defaults()).nodes());
    }

    @Test
    void aMapKeepingSomeRowsDrawsAndHandsInPartsTheNodesOfTheWholeScene() {
        // Past the memory budget the first rows are kept and the rest laid out again: every split of the rows,
        // from none kept to all, draws the scene, and its parts (as a writer takes them) hold the same nodes.
        for (String lang : List.of("en", "fa")) {
            AnalysedJourney analysed = AnalysedJourney.of(LargeJourneys.of(24, 40, lang));
            int touchpoints = analysed.journey().touchpoints().size();
            for (RenderOptions o : List.of(RenderOptions.defaults().withPage(Page.A3),
                    new RenderOptions(Lane.ALL, Optional.empty(), Theme.DARK, Page.SLIDE))) {
                List<Node> whole = JourneyLayout.layout(analysed, o).nodes();
                for (long keep : new long[] {1, touchpoints / 3, touchpoints / 2, touchpoints - 1, touchpoints}) {
                    assertThat(drawn(analysed, o, keep)).as("%s keeping %d", o.page(), keep).isEqualTo(whole);
                    assertThat(inParts(analysed, o, keep)).as("%s keeping %d", o.page(), keep).isEqualTo(whole);
                }
            }
        }
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
                List<Node> sideBySide = drawn(analysed, o, JourneyLayout.ALL_ROWS);
                assertThat(sideBySide).hasSizeGreaterThan(1000).isEqualTo(drawn(analysed, o, 0));
            }
        }
    }

    private static List<Node> drawn(AnalysedJourney analysed, RenderOptions options, long keep) {
        List<Node> nodes = new ArrayList<>();
        JourneyLayout.drawing(analysed, options, n -> { }, keep).draw(nodes::add);
        return nodes;
    }

    private static List<Node> inParts(AnalysedJourney analysed, RenderOptions options, long keep) {
        List<Node> nodes = new ArrayList<>();
        JourneyLayout.drawing(analysed, options, n -> { }, keep).drawInParts(nodes::addAll);
        return nodes;
    }
}
