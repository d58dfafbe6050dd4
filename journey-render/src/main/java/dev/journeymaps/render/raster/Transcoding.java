package dev.journeymaps.render.raster;

import dev.journeymaps.render.RenderException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;

/** Runs a transcoder over an SVG document held in memory (no document URI, so nothing is "same origin"). */
final class Transcoding {

    private static final String[] FONTS = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "NotoSansSundanese-Regular.ttf",
        "NotoSansSundanese-Bold.ttf", "TwemojiMozilla.ttf"};
    private static boolean fontsRegistered;

    private Transcoding() {}

    static void run(SVGAbstractTranscoder transcoder, String svg, OutputStream out, String format) {
        registerFonts();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
            out.flush();
        } catch (TranscoderException e) {
            throw new RenderException("cannot draw the " + format + " map: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RenderException("cannot write the " + format + " map: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Batik and FOP throw their own unchecked exceptions; none may leave this package.
            throw new RenderException("cannot draw the " + format + " map: " + e, e);
        }
    }

    /** Makes the bundled fonts known by family name before Batik's first use, so maps look the same everywhere. */
    private static synchronized void registerFonts() {
        if (fontsRegistered) {
            return;
        }
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String file : FONTS) {
            try (InputStream in = Transcoding.class.getResourceAsStream("/dev/journeymaps/render/fonts/" + file)) {
                if (in != null) {
                    environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
                }
            } catch (IOException | FontFormatException e) {
                throw new RenderException("cannot load the bundled font " + file, e);
            }
        }
        fontsRegistered = true;
    }
}
