package dev.journeymaps.render.raster;

import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.batik.util.ParsedURL;

/** Batik's PNG transcoder with {@link Safety}'s rules. */
final class SafePngTranscoder extends PNGTranscoder {

    SafePngTranscoder() {
        Safety.harden(this);
    }

    @Override
    protected UserAgent createUserAgent() {
        return new SafeUserAgent();
    }

    private final class SafeUserAgent extends SVGAbstractTranscoderUserAgent {
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
