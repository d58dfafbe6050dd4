package dev.journeymaps.render.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The translation files themselves, as the tests compare them key by key. */
public final class Bundles {

    private Bundles() {}

    /** The bundle file {@code name} ({@code MapWords}, {@code ReportWords_fa}...) of this package, read as UTF-8. */
    public static Properties load(String name) {
        Properties words = new Properties();
        try (InputStream in = Words.class.getResourceAsStream(name + ".properties")) {
            if (in == null) {
                throw new IllegalArgumentException("no bundle file " + name + ".properties");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
