package dev.journeymaps.render.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.Format;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.output.Renderers.MapOption;
import dev.journeymaps.render.svg.SvgRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every format has a renderer that draws the one request, and says which map options it honours. */
class RenderersTest {

    private final AnalysedJourney example = AnalysedJourney.of(ExampleJourneys.damagedDelivery());

    @Test
    void everyFormatDrawsTheRequestInItsOwnKindOfFile() {
        for (Format format : Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<String> warnings = Renderers.of(format).render(RenderRequest.of(example), out);
            byte[] bytes = out.toByteArray();
            String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1);
            assertThat(warnings).as(format.extension()).isEmpty();
            switch (format) {
                case SVG -> assertThat(start).startsWith("<?xml").contains("<svg");
                case PNG -> assertThat(start).startsWith("\u0089PNG");
                case PDF -> assertThat(start).startsWith("%PDF-");
                case PPTX -> assertThat(start).startsWith("PK");
                case HTML -> assertThat(start).startsWith("<!DOCTYPE html>");
                case MD -> assertThat(start).startsWith("# ");
                default -> throw new AssertionError(format);
            }
        }
    }

    @Test
    void theSvgRendererWritesWhatTheSvgWriterWrites() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.of(Format.SVG).render(RenderRequest.of(example), out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(new SvgRenderer().render(example, RenderOptions.defaults()));
    }

    @Test
    void aPngOverItsPixelBudgetIsDrawnSmallerAndSaysSo() {
        RenderRequest request = new RenderRequest(example, RenderOptions.defaults(), List.of(), 4, 200_000);
        List<String> warnings = Renderers.of(Format.PNG).render(request, new ByteArrayOutputStream());
        assertThat(warnings).singleElement().asString().contains("200");
    }

    @Test
    void mapsHonourTheMapOptionsSlidesAllButThePageReportsNoneAndOnlyPngItsPixels() {
        for (Format format : Format.values()) {
            Set<MapOption> honoured = EnumSet.noneOf(MapOption.class);
            Arrays.stream(MapOption.values()).filter(o -> Renderers.honours(format, o)).forEach(honoured::add);
            Set<MapOption> expected = switch (format) {
                case SVG, PDF -> EnumSet.of(MapOption.THEME, MapOption.LANES, MapOption.PERSONA, MapOption.PAGE);
                case PNG -> EnumSet.allOf(MapOption.class);
                case PPTX -> EnumSet.of(MapOption.THEME, MapOption.LANES, MapOption.PERSONA);
                case HTML, MD -> EnumSet.noneOf(MapOption.class);
            };
            assertThat(honoured).as(format.extension()).isEqualTo(expected);
        }
        assertThat(Arrays.stream(Format.values()).filter(Renderers::isBinary))
                .containsExactly(Format.PNG, Format.PDF, Format.PPTX);
    }
}
