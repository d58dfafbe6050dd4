package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.io.JourneyReader;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.JourneyLayout;
import dev.journeymaps.render.layout.SceneChecks;
import dev.journeymaps.render.raster.RasterRenderer;
import dev.journeymaps.render.raster.RasterResult;
import dev.journeymaps.render.svg.SvgRenderer;
import dev.journeymaps.render.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;

/**
 * Every sample in every built-in theme: a readable scene ({@link SceneChecks}: no overlap, no text outside its box),
 * a well-formed SVG, a whole PNG that is not blank, and a PDF. A theme changes font sizes as well as colours, so the
 * scene is checked per theme.
 */
class SampleMapsInEveryThemeTest {

    private static final RasterRenderer RASTER = new RasterRenderer();

    static Stream<Arguments> samplesAndThemes() {
        return Samples.names().stream()
                .flatMap(name -> Theme.BUILT_IN.stream().map(theme -> Arguments.of(name, theme.name())));
    }

    private static Journey read(String name) {
        return JourneyReader.read(Samples.read(name), name, ReadLimits.DEFAULTS, Samples.includes()).journey()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("samplesAndThemes")
    void rendersReadablyToSvgPngAndPdf(String name, String themeName) throws Exception {
        Journey journey = read(name);
        RenderOptions options = RenderOptions.defaults().withTheme(Theme.builtIn(themeName).orElseThrow());

        SceneChecks.assertReadable(JourneyLayout.layout(journey, options));

        String svg = new SvgRenderer().render(journey, options);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        assertThat(xml.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement()
                .getTagName()).isEqualTo("svg");

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        RasterResult drawn = RASTER.renderPng(journey, options, 1, RasterRenderer.DEFAULT_MAX_PIXELS, png);
        assertThat(drawn.warning()).isEmpty();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(drawn.width());
        assertThat(image.getHeight()).isEqualTo(drawn.height());
        assertThat(colours(image)).as("not blank").hasSizeGreaterThan(10);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        RASTER.renderPdf(journey, options, pdf);
        String text = pdf.toString(StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-").contains("%%EOF");
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }
}
