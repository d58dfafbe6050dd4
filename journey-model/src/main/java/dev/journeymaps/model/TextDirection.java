package dev.journeymaps.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Which way a journey's text and map run: left to right, or right to left (Persian, Arabic, Hebrew...). */
public enum TextDirection {
    LTR,
    RTL;

    // Primary language subtags of languages written right to left (CLDR's layout data).
    private static final Set<String> RTL_LANGUAGES = Set.of(
            "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-arab", "lrc", "mzn", "nqo", "ps", "sd", "syr",
            "ug", "ur", "yi", "ji", "pnb", "sdh", "bal", "azb", "glk", "bqi", "khw", "bgn", "skr");

    private static final Labels<TextDirection> LABELS = new Labels<>(values());

    /** The lower-case name used in YAML. */
    public String label() {
        return LABELS.of(this);
    }

    /** The direction named {@code name} (case-insensitive), or empty. */
    public static Optional<TextDirection> parse(String name) {
        return LABELS.parse(name);
    }

    /**
     * The direction a language is written in: {@link #RTL} for right-to-left languages (by the tag's primary
     * subtag, or an Arabic, Hebrew, Syriac, Thaana or N'Ko script subtag), else {@link #LTR}.
     */
    public static TextDirection of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag.strip());
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return Set.of("Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg").contains(script) ? RTL : LTR;
        }
        return RTL_LANGUAGES.contains(locale.getLanguage()) ? RTL : LTR;
    }
}
