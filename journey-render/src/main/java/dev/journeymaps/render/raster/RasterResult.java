package dev.journeymaps.render.raster;

import java.util.Objects;
import java.util.Optional;

/**
 * How a PNG map was drawn.
 *
 * @param scale the scale it was drawn at (lower than asked when the asked one would exceed the pixel budget)
 * @param width its width in pixels
 * @param height its height in pixels
 * @param warning why the scale was lowered, if it was
 */
public record RasterResult(double scale, int width, int height, Optional<String> warning) {

    public RasterResult {
        Objects.requireNonNull(warning, "warning");
    }
}
