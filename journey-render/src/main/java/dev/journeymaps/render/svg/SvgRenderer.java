package dev.journeymaps.render.svg;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.graph.JourneyGraph;
import dev.journeymaps.render.RenderException;
import dev.journeymaps.render.layout.JourneyLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Renders a journey as an SVG 1.1 map: stage columns, a card per touchpoint, arrows for branches, skips and loops,
 * exits marked, an emotion curve and pain points on their cards.
 *
 * <pre>{@code
 * String svg = new SvgRenderer().render(journey);
 * }</pre>
 *
 * <p>The same journey always gives the same bytes. The renderer draws whatever the journey holds; validate a journey
 * first to report its mistakes. Instances hold no state and may be shared between threads.
 */
public final class SvgRenderer {

    /** A renderer with the default look. */
    public SvgRenderer() {}

    /** The SVG document of {@code journey}'s map. */
    public String render(Journey journey) {
        Objects.requireNonNull(journey, "journey");
        return SvgWriter.write(JourneyLayout.layout(JourneyGraph.of(journey)));
    }

    /**
     * Writes the SVG document of {@code journey}'s map to {@code out} as UTF-8, then flushes it; {@code out} stays
     * open.
     *
     * @throws RenderException when {@code out} fails
     */
    public void render(Journey journey, OutputStream out) {
        Objects.requireNonNull(out, "out");
        byte[] svg = render(journey).getBytes(StandardCharsets.UTF_8);
        try {
            out.write(svg);
            out.flush();
        } catch (IOException e) {
            throw new RenderException("cannot write the SVG map: " + e.getMessage(), e);
        }
    }
}
