package dev.journeymaps.render.raster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.svg.SvgRenderer;
import dev.journeymaps.render.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;

/**
 * A PNG drawn in bands is the PNG Batik draws in one image, and a map drawn band by band from the documents of its
 * strips is the picture of its whole document. In one band: the same bytes. In bands one of Batik's tiles
 * high (many bands, the last one short): the same picture, to the rounding of antialiasing. Batik draws a whole
 * picture in one painting; a band is the same painting moved up by whole pixels, and Java2D computes coverage in
 * floating point, so a few edge pixels come out a level or two apart (found: at most 7 levels, on 0.1% of pixels), and
 * a last row that ends on exactly half a pixel may be kept or left out.
 */
class BandedPngTest {

    private static final int WIDTH = 1_000;
    /** Levels (of 255) a colour channel of an edge pixel may move by when drawn in a band. */
    private static final int TOLERANCE = 8;

    @Test
    void bandsGiveTheBytesAndPixelsOfOneImage() throws IOException, TranscoderException {
        // In the dark theme: the strips below are drawn in the light one.
        String svg = new SvgRenderer().renderOutlined(AnalysedJourney.of(ExampleJourneys.damagedDelivery()),
                RenderOptions.defaults().withTheme(Theme.DARK));
        byte[] whole = png(new PNGTranscoder(), svg);
        byte[] tileHigh = png(new BandedPngTranscoder(1), svg);
        byte[] oneBand = png(new BandedPngTranscoder(Integer.MAX_VALUE), svg);
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(whole));
        BufferedImage banded = ImageIO.read(new ByteArrayInputStream(tileHigh));

        assertThat(BandedPngTranscoder.bandHeight(WIDTH, 1)).as("bands of one tile")
                .isLessThan(expected.getHeight() / 2);
        assertThat(banded.getWidth()).isEqualTo(expected.getWidth());
        assertThat(banded.getHeight()).isEqualTo(expected.getHeight());
        assertThat(differences(banded, expected))
                .allSatisfy(levels -> assertThat(levels).isLessThanOrEqualTo(TOLERANCE))
                .hasSizeLessThan(expected.getWidth() * expected.getHeight() / 500);
        assertThat(oneBand).isEqualTo(whole);
    }

    @Test
    void aMapDrawnStripByStripIsTheWholeDocumentsPicture() throws IOException, TranscoderException {
        AnalysedJourney journey = AnalysedJourney.of(ExampleJourneys.damagedDelivery());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RasterResult result = new RasterRenderer().renderPng(journey, RenderOptions.defaults(), 2,
                RasterRenderer.DEFAULT_MAX_PIXELS, out);
        PNGTranscoder whole = new PNGTranscoder();
        whole.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) result.height());
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(png(whole, new SvgRenderer().renderOutlined(
                journey, RenderOptions.defaults()), result.width())));
        BufferedImage strips = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(BandedPngTranscoder.bandHeight(result.width(), BandedPngTranscoder.BAND_PIXELS))
                .as("more than one strip").isLessThan(result.height() / 2);
        assertThat(strips.getWidth()).isEqualTo(expected.getWidth());
        assertThat(strips.getHeight()).isEqualTo(expected.getHeight());
        assertThat(differences(strips, expected))
                .allSatisfy(levels -> assertThat(levels).isLessThanOrEqualTo(TOLERANCE))
                .hasSizeLessThan(expected.getWidth() * expected.getHeight() / 500);
    }

    private static byte[] png(SVGAbstractTranscoder transcoder, String svg) throws TranscoderException {
        return png(transcoder, svg, WIDTH);
    }

    private static byte[] png(SVGAbstractTranscoder transcoder, String svg, int width) throws TranscoderException {
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        return out.toByteArray();
    }

    /**
     * How far each pixel that differs is from {@code expected}'s, in levels of its farthest channel; the picture's last
     * row left out (see above).
     */
    private static List<Integer> differences(BufferedImage actual, BufferedImage expected) {
        List<Integer> found = new ArrayList<>();
        for (int y = 0; y < actual.getHeight() - 1; y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                int far = 0;
                for (int shift = 0; shift < 32; shift += 8) {
                    far = Math.max(far, Math.abs((a >>> shift & 0xff) - (e >>> shift & 0xff)));
                }
                if (far > 0) {
                    found.add(far);
                }
            }
        }
        return found;
    }
}
