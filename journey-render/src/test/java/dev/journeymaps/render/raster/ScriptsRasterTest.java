package dev.journeymaps.render.raster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.JourneyLayout;
import dev.journeymaps.render.layout.Scene;
import dev.journeymaps.render.layout.SceneChecks;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import dev.journeymaps.render.svg.SvgRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names in every script our users write in, and emoji, come out in the PNG: where the scene puts each line of text,
 * the picture has ink. (Whether the glyphs are the right ones is checked by eye: target/maps/scripts-*.png.)
 */
class ScriptsRasterTest {

    static final String CROATIAN = "Čekaonica: ćevapi, žlica, šalica, đak";
    static final String BASQUE = "Eskaera jaso dugu, eskerrik asko";
    static final String ITALIAN = "Perché è già così? Più caffè";
    static final String SUNDANESE = "ᮞᮥᮔ᮪ᮓ ᮊᮧᮙᮨᮔ᮪";
    static final String PERSIAN = "پرداخت با کارت ۳ بار رد شد";
    static final String EMOJI = "Happy 😀 rocket 🚀 thumbs 👍";

    static Journey journey(String lang) {
        return Journey.builder("scripts", "Skripte · Idazkerak · Scritture").lang(lang)
                .stage("s1", "Dolazak", s -> s
                        .touchpoint("hr", CROATIAN, t -> t.channel("in-person"))
                        .touchpoint("eu", BASQUE, t -> t.channel("email")))
                .stage("s2", "Arrivo", s -> s
                        .touchpoint("it", ITALIAN, t -> t.channel("web"))
                        .touchpoint("su", SUNDANESE, t -> t.channel("app")))
                .stage("s3", "پایان", s -> s
                        .touchpoint("fa", PERSIAN, t -> t.channel("phone"))
                        .touchpoint("emoji", EMOJI, t -> t.channel("chat")))
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hr", "fa"})
    void everyScriptAndEmojiLeavesInkWhereTheSceneSaysItIs(String lang) throws IOException {
        Journey journey = journey(lang);
        BufferedImage image = DrawnMaps.png(journey, RenderOptions.defaults(), "scripts-" + lang);
        // The same map as SVG text, to compare in a browser (docs/rendering.md says how).
        DrawnMaps.keep("scripts-" + lang + ".svg",
                new SvgRenderer().render(journey).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Scene scene = JourneyLayout.layout(journey, RenderOptions.defaults());
        for (String name : List.of(CROATIAN, BASQUE, ITALIAN, SUNDANESE, PERSIAN, EMOJI)) {
            TextBlock block = SceneChecks.cardName(scene, name);
            for (TextLine line : block.lines()) {
                assertThat(inkShare(image, block, line, 2)).as("ink of '%s'", line.text()).isGreaterThan(0.02);
            }
        }
    }

    /** The share of pixels in the line's box that are much darker than the card behind them. */
    static double inkShare(BufferedImage image, TextBlock block, TextLine line, double scale) {
        double left = block.anchor().left(line.x(), block.width());
        int x0 = (int) (left * scale);
        int x1 = (int) ((left + block.width()) * scale);
        int y0 = (int) ((line.y() - block.size()) * scale);
        int y1 = (int) ((line.y() + 2) * scale);
        int ink = 0;
        int all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                int luma = ((rgb >> 16 & 255) * 299 + (rgb >> 8 & 255) * 587 + (rgb & 255) * 114) / 1000;
                ink += luma < 128 ? 1 : 0;
                all++;
            }
        }
        return (double) ink / all;
    }

}
