package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.io.JourneyReader;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.JourneyLayout;
import dev.journeymaps.render.layout.Scene;
import dev.journeymaps.render.layout.SceneChecks;
import dev.journeymaps.render.testing.LargeJourneys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The designer's checks of a map's layout, over every sample, generated journeys of 100 and 2,000 touchpoints and
 * 200 random ones, each as the default wrapped picture (SVG and PNG), as A3 pages (PDF) and as 16:9 pages (slides;
 * of the random ones, every fourth on A3 pages):
 * no type below 9 pt at the page's size, no card name cut where its card has room for another line, no arrow
 * through a card or touching a card it does not join, no two arrow heads touching, cards apart, everything on the
 * canvas and, on pages, lane labels clear of the scales beside them (a slide's emotion levels stand in the gutter).
 *
 * <p>Arrows that cross are counted per map and kept in {@code src/test/resources/golden/crossings.tsv}: a layout
 * change may lower a count, never raise it. After a change that lowers them (or adds a sample), rewrite the file with
 * {@code -Dgolden.update=true} and review its diff.
 */
class MapLayoutChecksTest {

    private static final Path COUNTS = Path.of("src/test/resources/golden/crossings.tsv");
    private static final Map<String, Integer> KEPT = new TreeMap<>();
    private static final Map<String, Integer> COUNTED = new TreeMap<>();

    private static final List<Page> PAGES = List.of(Page.A3, Page.SLIDE);

    @BeforeAll
    static void readKeptCounts() throws IOException {
        if (Files.exists(COUNTS)) {
            for (String line : Files.readAllLines(COUNTS, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    KEPT.put(cells[0], Integer.parseInt(cells[1]));
                }
            }
        }
    }

    @AfterAll
    static void writeCountsWhenAsked() throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            StringBuilder out = new StringBuilder("# map\tarrow crossings (MapLayoutChecksTest; lower is better)\n");
            COUNTED.forEach((k, v) -> out.append(k).append('\t').append(v).append('\n'));
            Files.writeString(COUNTS, out, StandardCharsets.UTF_8);
        }
    }

    static List<String> samples() {
        return Samples.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsReadableWrappedAndOnPages(String name) {
        Journey journey = JourneyReader.read(Samples.read(name), name, ReadLimits.DEFAULTS, Samples.includes())
                .journey().orElseThrow();
        checkEveryWay(name, journey);
    }

    @Test
    void generatedJourneysOfAHundredAndTwoThousandTouchpointsAreReadableOnPages() {
        checkEveryWay("generated-100", LargeJourneys.of(10, 10));
        for (Page size : PAGES) {
            for (Scene page : JourneyLayout.pages(LargeJourneys.of(40, 50), RenderOptions.defaults().withPage(size))) {
                checkPage(page);
            }
        }
    }

    @Test
    void twoHundredRandomJourneysAreReadable() {
        int[] total = {0};
        Seeds.forEach(9_100, 200, seed -> {
            Journey journey = RandomJourneys.generate(seed);
            Scene wrapped = JourneyLayout.layout(journey, RenderOptions.defaults());
            SceneChecks.assertReadable(wrapped);
            SceneChecks.noTypeBelow(wrapped, JourneyLayout.MIN_TEXT);
            SceneChecks.noNameCutWhereItsCardHasRoom(wrapped);
            total[0] += SceneChecks.crossings(wrapped);
            // Pages cost more than the wrapped map and share its layout of cards: every fourth journey is paged.
            if (seed % 4 == 0) {
                for (Scene page : JourneyLayout.pages(journey, RenderOptions.defaults().withPage(Page.A3))) {
                    checkPage(page);
                }
            }
        });
        count("random-200", total[0]);
    }

    private static void checkEveryWay(String name, Journey journey) {
        Scene wrapped = JourneyLayout.layout(journey, RenderOptions.defaults());
        SceneChecks.assertReadable(wrapped);
        SceneChecks.noTypeBelow(wrapped, JourneyLayout.MIN_TEXT);
        SceneChecks.noNameCutWhereItsCardHasRoom(wrapped);
        count(name, SceneChecks.crossings(wrapped));
        for (Page size : PAGES) {
            int crossings = 0;
            for (Scene page : JourneyLayout.pages(journey, RenderOptions.defaults().withPage(size))) {
                checkPage(page);
                crossings += SceneChecks.crossings(page);
            }
            count(name + "@" + size.label(), crossings);
        }
    }

    private static void checkPage(Scene page) {
        SceneChecks.noTwoCardsOverlap(page);
        SceneChecks.routedArrowsGoAroundCards(page);
        SceneChecks.arrowsTouchOnlyTheCardsTheyJoin(page);
        SceneChecks.arrowHeadsNeverTouch(page);
        SceneChecks.everythingLiesOnTheCanvas(page);
        SceneChecks.noTypeBelow(page, JourneyLayout.MIN_TEXT);
        SceneChecks.noNameCutWhereItsCardHasRoom(page);
        SceneChecks.laneLabelsKeepClearOfScales(page);
    }

    private static synchronized void count(String map, int crossings) {
        COUNTED.put(map, crossings);
        if (!Boolean.getBoolean("golden.update")) {
            assertThat(KEPT).as("crossings of %s are kept in %s (write it with -Dgolden.update=true)", map, COUNTS)
                    .containsKey(map);
            assertThat(crossings).as("arrow crossings of %s, at most as many as kept in %s", map, COUNTS)
                    .isLessThanOrEqualTo(KEPT.get(map));
        }
    }
}
