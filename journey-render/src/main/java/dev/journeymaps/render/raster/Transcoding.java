package dev.journeymaps.render.raster;

import dev.journeymaps.render.RenderException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.Optional;
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
        run(() -> transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out)), out,
                format);
    }

    /** A drawing to run: Batik's and FOP's exceptions are turned into ours by {@link #run(Drawing, OutputStream, String)}. */
    interface Drawing {
        void draw() throws TranscoderException, IOException;
    }

    /** Runs {@code drawing}, which writes to {@code out}, with the bundled fonts known. */
    static void run(Drawing drawing, OutputStream out, String format) {
        registerFonts();
        try {
            drawing.draw();
            out.flush();
        } catch (IOException e) {
            throw new RenderException("cannot write the " + format + " map: " + e.getMessage(), e);
        } catch (TranscoderException | RuntimeException e) {
            // Batik and FOP wrap what went wrong ("Enclosed Exception", null messages) in their own exceptions, which
            // must not leave this package: the message is ours, with the first I/O failure underneath when there is
            // one (a full disk); theirs stays only as the cause, for a stack trace.
            Optional<IOException> io = ioCause(e);
            if (io.isPresent()) {
                throw new RenderException("cannot write the " + format + " map: " + io.get().getMessage(), io.get());
            }
            throw new RenderException("cannot draw the " + format + " map: the drawing library failed on it (a bug"
                    + " worth reporting, with the journey)", e);
        }
    }

    private static Optional<IOException> ioCause(Throwable e) {
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof IOException io) {
                return Optional.of(io);
            }
            if (c instanceof TranscoderException t && t.getException() != null && t.getException() != c.getCause()) {
                return ioCause(t.getException());
            }
        }
        return Optional.empty();
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
