package dev.journeymaps.render.raster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.JourneyLayout;
import dev.journeymaps.render.layout.Scene;
import dev.journeymaps.render.testing.LargeJourneys;
import dev.journeymaps.render.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A 2,000-touchpoint journey gives a complete PNG: the whole canvas, at a scale lowered to the pixel budget with a
 * warning, drawn to its far right and bottom. The budget is kept small (4 megapixels) so the test stays cheap.
 */
class LargeMapPngTest {

    private static final long BUDGET = 4_000_000;
    /** The lanes that grow with every touchpoint; the analysis of the friction lane is benchmarked on its own. */
    private static final RenderOptions OPTIONS = RenderOptions.defaults()
            .withLanes(List.of(Lane.TOUCHPOINTS, Lane.EMOTIONS, Lane.PAIN_POINTS));

    @Test
    void drawsAWhole2000TouchpointMapWithinThePixelBudget() throws IOException {
        Journey journey = LargeJourneys.of(100, 20);
        Scene scene = JourneyLayout.layout(journey, OPTIONS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RasterResult result = new RasterRenderer().renderPng(journey, OPTIONS, 1, BUDGET, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(result.warning()).hasValueSatisfying(w -> assertThat(w).contains("4000000 pixels"));
        assertThat(result.scale()).isLessThan(1);
        assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(BUDGET);
        // The whole canvas, in its proportions: not a corner of it.
        assertThat(image.getWidth()).isEqualTo((int) Math.floor(scene.width() * result.scale()));
        assertThat(image.getHeight()).isEqualTo((int) Math.floor(scene.height() * result.scale()));
        int background = Integer.parseInt(Theme.LIGHT.colour(Theme.Slot.BACKGROUND).substring(1), 16);
        int w = image.getWidth();
        int h = image.getHeight();
        int margin = (int) Math.ceil(30 * result.scale()) + 1;
        assertThat(colours(image, w - margin - w / 100, 0, w - margin, h)).as("drawn at the far right")
                .hasSizeGreaterThan(3);
        assertThat(colours(image, 0, h - margin - h / 8, w, h - margin)).as("drawn at the bottom")
                .hasSizeGreaterThan(3);
        assertThat(colours(image, w - margin - w / 100, 0, w - margin, h)).as("not only background")
                .anySatisfy(c -> assertThat(c).isNotEqualTo(background));
    }

    private static Set<Integer> colours(BufferedImage image, int x0, int y0, int x1, int y1) {
        Set<Integer> seen = new HashSet<>();
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                seen.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return seen;
    }
}
