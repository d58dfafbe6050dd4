package dev.journeymaps.render.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report's Content-Security-Policy: nothing may be loaded from anywhere (a report works from a USB stick and
 * must not leak that it was opened); only the page's own inline script and style run, allowed by their hash.
 */
final class ContentSecurity {

    private ContentSecurity() {}

    /** The policy for a page whose inline scripts and styles are exactly {@code scripts} and {@code styles}. */
    static String policy(List<String> scripts, List<String> styles, boolean live) {
        return "default-src 'none'; "
                + "script-src " + hashes(scripts) + "; "
                + "style-src " + hashes(styles) + "; "
                + "img-src data:; font-src data:; "
                + "connect-src " + (live ? "'self'" : "'none'") + "; "
                + "base-uri 'none'; form-action 'none'";
    }

    private static String hashes(List<String> blocks) {
        return blocks.isEmpty() ? "'none'" : blocks.stream().map(ContentSecurity::sha256).collect(Collectors.joining(" "));
    }

    /** The CSP source expression {@code 'sha256-…'} of an inline block's exact text. */
    static String sha256(String block) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(block.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
