package dev.journeymaps.render.output;

import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.raster.RasterRenderer;
import java.util.List;
import java.util.Objects;

/**
 * Everything a journey is drawn from, whatever the format: what each format does not use it leaves alone (a
 * command rejects options a format would not honour before it asks; see {@link Renderers}).
 *
 * @param analysed the journey with its analysis: every figure drawn comes from it
 * @param options theme, lanes, persona and page of the map (svg, png, pdf, pptx)
 * @param problems what the reports (html, md) list: the journey's warnings
 * @param scale png only: pixels per map unit
 * @param maxPixels png only: the most pixels to draw; a larger map is drawn at a lower scale, with a warning
 */
public record RenderRequest(AnalysedJourney analysed, RenderOptions options, List<Problem> problems, double scale,
        long maxPixels) {

    public RenderRequest {
        Objects.requireNonNull(analysed, "analysed");
        Objects.requireNonNull(options, "options");
        problems = List.copyOf(problems);
        if (!(scale > 0) || Double.isInfinite(scale) || maxPixels <= 0) {
            throw new IllegalArgumentException("scale and maxPixels must be positive, were " + scale + " and "
                    + maxPixels);
        }
    }

    /** A request with the default options, no problems, scale 1 and the default pixel budget. */
    public static RenderRequest of(AnalysedJourney analysed) {
        return new RenderRequest(analysed, RenderOptions.defaults(), List.of(), 1,
                RasterRenderer.DEFAULT_MAX_PIXELS);
    }

    /** This request with {@code options}. */
    public RenderRequest withOptions(RenderOptions options) {
        return new RenderRequest(analysed, options, problems, scale, maxPixels);
    }
}
