package dev.journeymaps.render.layout;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Evidence;
import dev.journeymaps.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a map adds around the journey's own text (lane names, "reach", "exit", tooltip labels, the summary) in
 * the journey's language ({@code journey.lang}) when a translation is bundled, else in English. A Persian journey
 * reads as a Persian map, not as Persian text in an English frame.
 *
 * <p>Translations are {@code MapWords_<lang>.properties} beside this class. The look-up never falls back to the
 * machine's default locale: the same journey gives the same map on every machine. Placeholders are {@code {0}},
 * {@code {1}}, replaced as they are: numbers are formatted by the caller, in one style for every language, because
 * {@link java.text.MessageFormat} would format them by locale and treat apostrophes (Italian!) as quotes.
 */
final class MapWords {

    private static final String BUNDLE = "dev.journeymaps.render.layout.MapWords";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private MapWords(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The words for a journey whose text is in {@code lang} (a BCP 47 tag: {@code fa}, {@code hr-HR}, {@code mul}). */
    static MapWords of(String lang) {
        return new MapWords(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang),
                MapWords.class.getClassLoader(), NO_FALLBACK));
    }

    /** The word or phrase of {@code key}, its placeholders replaced by {@code values} in order. */
    String get(String key, Object... values) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no map word '" + key + "'", e);
        }
        if (values.length == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (close < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            int index = Integer.parseInt(text.substring(open + 1, close));
            out.append(values[index]);
            i = close + 1;
        }
        return out.toString();
    }

    /** {@code values} as one list, with the language's separator ("a, b" or "الف، ب"). */
    String list(List<String> values) {
        return String.join(get("list.separator"), values);
    }

    String emotion(Emotion e) {
        return get("emotion." + e.label());
    }

    String severity(Severity s) {
        return get("severity." + s.label());
    }

    String evidence(Evidence e) {
        return get("evidence." + e.label());
    }

    /** {@code text} in the language's quotation marks. */
    String quoted(String text) {
        return get("quoted", text);
    }
}
