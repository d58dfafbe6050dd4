package dev.journeymaps.render.raster;

import org.apache.batik.bridge.EmbededExternalResourceSecurity;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.util.ParsedURL;

/**
 * What a transcoder may load while drawing a map: no script of any kind, and no external resource but data
 * embedded in the document itself ({@code data:} URIs). A map therefore never reaches the network or the file system,
 * whatever its text says.
 */
final class Safety {

    private Safety() {}

    /** Turns scripts and external resources off in {@code transcoder}'s hints. */
    static void harden(SVGAbstractTranscoder transcoder) {
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOWED_SCRIPT_TYPES, "");
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_CONSTRAIN_SCRIPT_ORIGIN, Boolean.TRUE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
    }

    static ScriptSecurity scripts(String scriptType) {
        return new NoLoadScriptSecurity(scriptType);
    }

    static ExternalResourceSecurity resources(ParsedURL resource) {
        return new EmbededExternalResourceSecurity(resource);
    }
}
