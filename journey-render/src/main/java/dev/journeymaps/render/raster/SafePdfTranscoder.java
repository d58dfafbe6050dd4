package dev.journeymaps.render.raster;

import org.apache.batik.bridge.DefaultFontFamilyResolver;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.util.ParsedURL;
import org.apache.fop.svg.PDFTranscoder;

/**
 * FOP's PDF transcoder with {@link Safety}'s rules, drawing text as outlines through Batik's own font resolver: FOP's
 * resolver prints {@code #} for non-Latin text and cannot shape right-to-left scripts, and with outlines alone it
 * drops Latin text (see DEPENDENCIES.md). The price: PDF text is not selectable.
 */
final class SafePdfTranscoder extends PDFTranscoder {

    SafePdfTranscoder() {
        Safety.harden(this);
        addTranscodingHint(KEY_STROKE_TEXT, Boolean.TRUE);
        addTranscodingHint(KEY_AUTO_FONTS, Boolean.FALSE);
    }

    @Override
    protected FOPTranscoderUserAgent createUserAgent() {
        return new SafeUserAgent();
    }

    private final class SafeUserAgent extends FOPTranscoderUserAgent {
        @Override
        public FontFamilyResolver getFontFamilyResolver() {
            return DefaultFontFamilyResolver.SINGLETON;
        }

        @Override
        public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL scriptUrl, ParsedURL documentUrl) {
            return Safety.scripts(scriptType);
        }

        @Override
        public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceUrl, ParsedURL documentUrl) {
            return Safety.resources(resourceUrl);
        }
    }
}
