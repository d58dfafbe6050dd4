package dev.journeymaps.render.raster;

import dev.journeymaps.model.Journey;
import dev.journeymaps.render.RenderOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * PNG and PDF maps drawn by the tests, kept in {@code target/maps/} so that a person can look at what the tests
 * checked (docs/rendering.md says which ones to open).
 */
final class DrawnMaps {

    static final Path FOLDER = Path.of("target/maps");

    private DrawnMaps() {}

    /** Keeps {@code bytes} as {@code target/maps/<file>}; answers them. */
    static byte[] keep(String file, byte[] bytes) throws IOException {
        Files.createDirectories(FOLDER);
        Files.write(FOLDER.resolve(file), bytes);
        return bytes;
    }

    /** The PNG of {@code journey} at scale 2 within the default budget, kept as {@code <name>.png}. */
    static BufferedImage png(Journey journey, RenderOptions options, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RasterRenderer().renderPng(journey, options, 2, RasterRenderer.DEFAULT_MAX_PIXELS, out);
        return ImageIO.read(new ByteArrayInputStream(keep(name + ".png", out.toByteArray())));
    }

    /** The PDF of {@code journey}, kept as {@code <name>.pdf}. */
    static byte[] pdf(Journey journey, RenderOptions options, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RasterRenderer().renderPdf(journey, options, out);
        return keep(name + ".pdf", out.toByteArray());
    }
}
