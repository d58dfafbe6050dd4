package dev.journeymaps.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The report's own stylesheet, script and font, read once from the class path. */
final class Assets {

    private static final String HERE = "/dev/journeymaps/render/html/";
    private static final String FONT = "/dev/journeymaps/render/fonts/DejaVuSans.ttf";

    /** The stylesheet with the bundled font inlined, so the page draws the map in the font it was measured with. */
    static final String CSS = "@font-face{font-family:\"DejaVu Sans\";font-style:normal;font-weight:normal;"
            + "src:url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(bytes(FONT))
            + ") format(\"truetype\")}\n" + text(HERE + "report.css");

    static final String SCRIPT = text(HERE + "report.js");
    static final String LIVE_SCRIPT = text(HERE + "live.js");
    static final String INDEX_CSS = text(HERE + "report.css");

    private Assets() {}

    private static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("report resource missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report resource " + resource, e);
        }
    }
}
