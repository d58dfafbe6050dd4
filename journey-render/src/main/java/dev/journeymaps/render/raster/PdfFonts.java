package dev.journeymaps.render.raster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.Font;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontSetup;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.FontUris;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * The fonts FOP writes PDF text in: the bundled DejaVu Sans, regular and bold, read from the class path and embedded
 * as subsets, so the text looks the same in every viewer and takes the widths the layout measured. FOP is given these
 * and the base 14 fonts only: no system font is looked for (that takes seconds and differs between machines), and its
 * font cache (a file in the user's home) is not used, because fonts are set up here rather than from a FOP
 * configuration. Kerning is off, as in the layout's measuring.
 */
final class PdfFonts {

    /** The family the SVG names first, as FOP is to know it. */
    static final String FAMILY = "DejaVu Sans";

    private static final String SCHEME = "journeymaps-font";
    private static final String DIR = "/dev/journeymaps/render/fonts/";
    private static final String REGULAR = "DejaVuSans.ttf";
    private static final String BOLD = "DejaVuSans-Bold.ttf";

    private PdfFonts() {}

    /** A new set of FOP fonts (FOP fills it in while drawing, so each document gets its own). */
    static FontInfo create() {
        FontInfo fonts = new FontInfo();
        InternalResourceResolver resolver =
                ResourceResolverFactory.createInternalResourceResolver(URI.create(SCHEME + ":/"), new Bundled());
        FontSetup.setup(fonts, List.of(font(REGULAR, Font.WEIGHT_NORMAL), font(BOLD, Font.WEIGHT_BOLD)), resolver,
                false);
        return fonts;
    }

    private static EmbedFontInfo font(String file, int weight) {
        return new EmbedFontInfo(new FontUris(URI.create(SCHEME + ":" + file), null), false, false,
                List.of(new FontTriplet(FAMILY, Font.STYLE_NORMAL, weight)), null);
    }

    /** Serves the two bundled font files and nothing else: FOP reads no file and no URL through it. */
    private static final class Bundled implements ResourceResolver {
        @Override
        public Resource getResource(URI uri) throws IOException {
            String file = uri.getSchemeSpecificPart();
            if (!SCHEME.equals(uri.getScheme()) || !(REGULAR.equals(file) || BOLD.equals(file))) {
                throw new IOException("not a bundled font: " + uri);
            }
            InputStream in = PdfFonts.class.getResourceAsStream(DIR + file);
            if (in == null) {
                throw new IOException("bundled font missing from the class path: " + DIR + file);
            }
            return new Resource(in);
        }

        @Override
        public OutputStream getOutputStream(URI uri) throws IOException {
            throw new IOException("fonts are only read: " + uri);
        }
    }
}
