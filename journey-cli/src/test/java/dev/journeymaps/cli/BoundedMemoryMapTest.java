package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.PersonaRoutes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest journey the command reads by default (100,000 touchpoints) renders to a complete SVG map in the
 * 512 MB heap this test's surefire execution ({@code bounded-memory}) gives it: the map is laid out and written a
 * row at a time, never held whole (issue 15). Here the heap is the test: run in a larger one, this would pass
 * whether the map streams or not.
 */
class BoundedMemoryMapTest {

    private static final int TOUCHPOINTS = 100_000;

    @TempDir
    Path work;

    @Test
    void oneHundredThousandTouchpointsRenderToACompleteSvgMap() throws IOException {
        rendersWhole(BigJourneys.write(work.resolve("big.yaml"), TOUCHPOINTS, "One hundred thousand touchpoints"),
                TOUCHPOINTS);
    }

    /**
     * Six personas, each touchpoint naming its own: routes of 100,000 touchpoints together, past the bound of persona
     * routes, so the journey is analysed as one graph. At earlier bounds its routes were analysed touchpoint by
     * touchpoint beside the whole journey, and it ran out of the heap (in its analysis, then while its map was laid
     * out) where the one-persona journey above passed.
     */
    @Test
    void oneHundredThousandTouchpointsOfSixPersonasRenderToACompleteSvgMap() throws IOException {
        rendersWhole(BigJourneys.write(work.resolve("six.yaml"), TOUCHPOINTS, "Six personas", 6), TOUCHPOINTS);
    }

    /** Two personas in turn, 50,000 touchpoints: routes at the bound, routed separately, with the map. */
    @Test
    void routesAtTheirBoundRenderToACompleteSvgMap() throws IOException {
        int touchpoints = (int) PersonaRoutes.MAX_TOUCHPOINTS;
        rendersWhole(BigJourneys.write(work.resolve("two.yaml"), touchpoints, "Two personas", 2), touchpoints);
    }

    private void rendersWhole(Path journey, int touchpoints) throws IOException {
        Path svg = work.resolve(journey.getFileName().toString().replace(".yaml", ".svg"));

        Cli.Run run = Cli.run(work, "render", journey.toString(), "-o", svg.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(tail(svg)).endsWith("</svg>\n");
        assertThat(cards(svg)).isEqualTo(touchpoints);
    }

    /** The file's last bytes. */
    private static String tail(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] end = new byte[(int) Math.min(64, in.length())];
            in.seek(in.length() - end.length);
            in.readFully(end);
            return new String(end, StandardCharsets.UTF_8);
        }
    }

    /** How many touchpoint cards the map draws, read line by line (the map is far too big to hold here). */
    private static long cards(Path svg) throws IOException {
        long cards = 0;
        try (BufferedReader in = Files.newBufferedReader(svg, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.contains("<g class=\"touchpoint\"")) {
                    cards++;
                }
            }
        }
        return cards;
    }
}
