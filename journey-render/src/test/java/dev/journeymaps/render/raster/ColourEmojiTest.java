package dev.journeymaps.render.raster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.JourneyLayout;
import dev.journeymaps.render.layout.Scene;
import dev.journeymaps.render.layout.SceneChecks;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import dev.journeymaps.render.svg.SvgRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Emoji come out in colour in PNG and PDF (drawn from the colour layers of the bundled Twemoji font). */
class ColourEmojiTest {

    static final String COFFEE = "Coffee ☕ rocket 🚀 grin 😀";
    static final String CART = "Cart 🛒 box 📦 party 🎉";
    static final String LATIN = "Pays by card";

    static Journey journey(String lang) {
        return Journey.builder("emoji", "Emoji").lang(lang)
                .stage("s1", "Buy", s -> s
                        .touchpoint("coffee", COFFEE, t -> t.channel("web"))
                        .touchpoint("cart", CART, t -> t.channel("web"))
                        .touchpoint("latin", LATIN, t -> t.channel("web")))
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fa"})
    void emojiAreColouredWhileLatinTextStaysGrey(String lang) throws IOException {
        Journey journey = journey(lang);
        BufferedImage image = DrawnMaps.png(journey, RenderOptions.defaults(), "emoji-" + lang);
        Scene scene = JourneyLayout.layout(journey, RenderOptions.defaults());

        for (String name : List.of(COFFEE, CART)) {
            assertThat(colourShare(image, SceneChecks.cardName(scene, name), 2)).as("colour in '%s'", name)
                    .isGreaterThan(0.03);
        }
        assertThat(colourShare(image, SceneChecks.cardName(scene, LATIN), 2)).as("colour in '%s'", LATIN).isZero();
    }

    @Test
    void theOutlinedMapDrawsAnEmojiAsPathsInSeveralColours() {
        Journey journey = Journey.builder("coffee", "Coffee")
                .stage("s1", "Order", s -> s.touchpoint("t1", "Orders ☕", t -> t.channel("web")))
                .build();

        String svg = new SvgRenderer().renderOutlined(AnalysedJourney.of(journey), RenderOptions.defaults());

        // Every other path of the map has a class; a colour layer is a path with a fill only.
        List<String> fills = new ArrayList<>();
        Matcher layer = Pattern.compile("<path d=\"[^\"]+\" fill=\"(#[0-9a-f]{6})\"/>").matcher(svg);
        while (layer.find()) {
            fills.add(layer.group(1));
        }
        assertThat(fills).hasSize(6); // Twemoji's ☕: saucer, cup, coffee, handle, steam...
        assertThat(fills.stream().distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(svg).doesNotContain("☕</tspan>").doesNotContain("<text");
        assertThat(new SvgRenderer().renderOutlined(AnalysedJourney.of(journey), RenderOptions.defaults()))
                .as("the same bytes").isEqualTo(svg);
    }

    @Test
    void thePdfFillsEmojiInColourAsVectors() throws IOException, DataFormatException {
        byte[] bytes = DrawnMaps.pdf(journey("en"), RenderOptions.defaults(), "emoji-en");

        String pdf = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(pdf).doesNotContain("/Subtype /Image"); // vectors, no picture of the emoji
        // Twemoji's coffee cup is #ccd6dd: filled as RGB 0.8 0.839 0.867 in a page's content stream.
        String content = pageContents(bytes);
        assertThat(content).containsPattern("0\\.8 0\\.83\\d* 0\\.86\\d* rg");
    }

    /** The page content streams of the PDF, inflated. */
    private static String pageContents(byte[] pdf) throws DataFormatException {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder all = new StringBuilder();
        Matcher stream = Pattern.compile("(?<!end)stream\r?\n").matcher(text);
        while (stream.find()) {
            Inflater inflater = new Inflater();
            inflater.setInput(pdf, stream.end(), pdf.length - stream.end());
            byte[] buffer = new byte[1 << 16];
            ByteArrayOutputStream inflated = new ByteArrayOutputStream();
            while (!inflater.finished() && !inflater.needsInput()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsDictionary()) {
                    break;
                }
                inflated.write(buffer, 0, n);
                if (n == 0) {
                    break;
                }
            }
            inflater.end();
            all.append(inflated.toString(StandardCharsets.ISO_8859_1));
        }
        return all.toString();
    }


    /** The share of pixels in the block's box that are clearly coloured (not white, grey or black). */
    private static double colourShare(BufferedImage image, TextBlock block, double scale) {
        int coloured = 0;
        int all = 0;
        for (TextLine line : block.lines()) {
            double left = block.anchor().left(line.x(), block.width());
            for (int y = (int) ((line.y() - block.size()) * scale); y < (int) ((line.y() + 3) * scale); y++) {
                for (int x = (int) (left * scale); x < (int) ((left + block.width()) * scale); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = rgb >> 16 & 255;
                    int g = rgb >> 8 & 255;
                    int b = rgb & 255;
                    coloured += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 48 ? 1 : 0;
                    all++;
                }
            }
        }
        return (double) coloured / all;
    }

}
