package dev.journeymaps.render.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.RenderException;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.JourneyLayout;
import dev.journeymaps.render.layout.Scene;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.Icon;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.junit.jupiter.api.Test;

class RasterRendererTest {

    private final RasterRenderer renderer = new RasterRenderer();
    private final Journey example = ExampleJourneys.damagedDelivery();

    @Test
    void drawsTheWholeMapAsPngAtTheAskedScale() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RasterResult result = renderer.renderPng(example, RenderOptions.defaults(), 2,
                RasterRenderer.DEFAULT_MAX_PIXELS, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                DrawnMaps.keep("damaged-delivery.png", out.toByteArray())));
        assertThat(result.scale()).isEqualTo(2);
        assertThat(result.warning()).isEmpty();
        assertThat(image.getWidth()).isEqualTo(result.width());
        assertThat(image.getHeight()).isEqualTo(result.height());
        assertThat(colours(image)).as("not blank").hasSizeGreaterThan(20);
    }

    @Test
    void drawsEveryChannelIconInEveryBuiltInTheme() throws IOException {
        Scene scene = JourneyLayout.layout(example, RenderOptions.defaults());
        List<Icon> icons = icons(scene.nodes());
        assertThat(icons).hasSize(4);
        for (Theme theme : Theme.BUILT_IN) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.renderPng(example, RenderOptions.defaults().withTheme(theme), 2,
                    RasterRenderer.DEFAULT_MAX_PIXELS, out);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            int card = Integer.parseInt(theme.colour(Theme.Slot.CARD).substring(1), 16);
            for (Icon icon : icons) {
                // Batik draws <use> of a <symbol>: the icon's square holds strokes, not only the card's colour.
                long inked = 0;
                for (int y = (int) (icon.y() * 2); y < (icon.y() + icon.size()) * 2; y++) {
                    for (int x = (int) (icon.x() * 2); x < (icon.x() + icon.size()) * 2; x++) {
                        inked += (image.getRGB(x, y) & 0xffffff) != card ? 1 : 0;
                    }
                }
                assertThat(inked).as("%s icon in %s", icon.name(), theme.name()).isGreaterThan(40);
            }
        }
    }

    private static List<Icon> icons(List<Node> nodes) {
        List<Icon> icons = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Icon i) {
                icons.add(i);
            } else if (n instanceof Group g) {
                icons.addAll(icons(g.children()));
            }
        }
        return icons;
    }

    @Test
    void lowersTheScaleWithAWarningWhenThePixelBudgetIsExceeded() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RasterResult result = renderer.renderPng(example, RenderOptions.defaults(), 4, 500_000, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(result.scale()).isLessThan(4);
        assertThat(result.warning()).hasValueSatisfying(w -> assertThat(w).contains("500000 pixels"));
        assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(500_000);
        assertThat(colours(image)).hasSizeGreaterThan(20);
    }

    @Test
    void drawsAPdfInEveryBuiltInTheme() throws IOException {
        for (Theme theme : Theme.BUILT_IN) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.renderPdf(example, RenderOptions.defaults().withTheme(theme), out);
            assertThat(new String(out.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            if (theme == Theme.LIGHT) {
                DrawnMaps.keep("damaged-delivery.pdf", out.toByteArray());
            }
        }
    }

    @Test
    void rejectsAScaleThatIsNotPositive() {
        assertThatThrownBy(() -> renderer.renderPng(example, RenderOptions.defaults(), 0, 1000,
                new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverFetchesAnExternalResourceOrRunsAScript() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x";
            String svg = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'"
                    + " width='10' height='10' onload='alert(1)'>"
                    + "<script type='text/ecmascript' xlink:href='" + url + ".js'/>"
                    + "<image width='10' height='10' xlink:href='" + url + ".png'/>"
                    + "<rect width='10' height='10' fill='url(" + url + ".svg#p)'/></svg>";
            for (var transcoder : new org.apache.batik.transcoder.SVGAbstractTranscoder[] {
                new BandedPngTranscoder(), new SafePdfTranscoder()}) {
                try {
                    Transcoding.run(transcoder, svg, new ByteArrayOutputStream(), "test");
                } catch (RenderException e) {
                    assertThat(e.getCause()).isInstanceOfAny(TranscoderException.class, RuntimeException.class);
                }
            }
        } finally {
            server.stop(0);
        }
        assertThat(requests).hasValue(0);
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen;
    }
}
