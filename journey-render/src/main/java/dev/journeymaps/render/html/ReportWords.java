package dev.journeymaps.render.html;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words the report adds around the journey's own text (headings, column names, the journey told in words, the
 * labels its script writes) in the journey's language ({@code journey.lang}) when a translation is bundled, else in
 * English: a Persian journey gives a Persian page, right to left.
 *
 * <p>Translations are {@code ReportWords_<lang>.properties} beside this class. A word the map already says (lane
 * names such as "Personas" and "Friction", emotions, severities, "exit", quotation marks, the list separator) is
 * not repeated here: it is looked up in the map's own bundle, {@code render/layout/MapWords}, so the report and the
 * map it holds use one translation of it. Like the map's words, the look-up never falls back to the machine's default
 * locale, and {@code {0}}, {@code {1}} are replaced as they are (numbers arrive formatted, Western digits in every
 * language; no {@link java.text.MessageFormat}, which would format by locale and eat Italian apostrophes).
 */
final class ReportWords {

    private static final String REPORT = "dev.journeymaps.render.html.ReportWords";
    private static final String MAP = "dev.journeymaps.render.layout.MapWords";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle report;
    private final ResourceBundle map;

    private ReportWords(ResourceBundle report, ResourceBundle map) {
        this.report = report;
        this.map = map;
    }

    /** The words for a journey whose text is in {@code lang} (a BCP 47 tag: {@code fa}, {@code hr-HR}, {@code mul}). */
    static ReportWords of(String lang) {
        return of(Locale.forLanguageTag(lang));
    }

    static ReportWords of(Locale locale) {
        ClassLoader loader = ReportWords.class.getClassLoader();
        return new ReportWords(ResourceBundle.getBundle(REPORT, locale, loader, NO_FALLBACK),
                ResourceBundle.getBundle(MAP, locale, loader, NO_FALLBACK));
    }

    /** The word or phrase of {@code key}, its placeholders replaced by {@code values} in order. */
    String get(String key, Object... values) {
        return fill(text(key), values);
    }

    private String text(String key) {
        if (report.containsKey(key)) {
            return report.getString(key);
        }
        try {
            return map.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no report word '" + key + "'", e);
        }
    }

    private static String fill(String text, Object[] values) {
        if (values == null || values.length == 0) {
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
            out.append(text, i, open).append(values[Integer.parseInt(text.substring(open + 1, close))]);
            i = close + 1;
        }
        return out.toString();
    }

    /** {@code values} as one list, with the language's separator ("a, b" or "الف، ب"). */
    String list(List<String> values) {
        return String.join(get("list.separator"), values);
    }

    /** {@code values} as a list of items that may hold commas themselves ("a; b" or "الف؛ ب"). */
    String items(List<String> values) {
        return String.join(get("list.items"), values);
    }

    String emotion(Emotion e) {
        return get("emotion." + e.label());
    }

    String severity(Severity s) {
        return get("severity." + s.label());
    }

    /** {@code text} in the language's quotation marks. */
    String quoted(String text) {
        return get("quoted", text.strip());
    }
}
