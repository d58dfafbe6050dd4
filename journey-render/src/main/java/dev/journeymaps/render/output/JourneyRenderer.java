package dev.journeymaps.render.output;

import java.io.OutputStream;
import java.util.List;

/** Draws a journey in one format (see {@link Renderers#of}). */
@FunctionalInterface
public interface JourneyRenderer {

    /**
     * Writes the drawing of {@code request} to {@code out} (left open, flushed) and answers what the reader should be
     * told about it, such as a PNG drawn at a lower scale than asked; usually nothing.
     *
     * @throws dev.journeymaps.render.RenderException when drawing or writing fails
     * @throws dev.journeymaps.render.TooLargeException when a picture cannot be drawn in the memory Java may use
     */
    List<String> render(RenderRequest request, OutputStream out);
}
