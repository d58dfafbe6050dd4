package dev.journeymaps.render.words;

import dev.journeymaps.model.Channels;
import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Evidence;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.TextDirection;
import dev.journeymaps.model.analysis.ComponentScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words a map or a report adds around the journey's own text (lane names, "reach", "exit", headings, tooltip
 * labels, the journey told in words) in the journey's language ({@code journey.lang}) when a translation is bundled,
 * else in English. A Persian journey reads as a Persian map and report, not as Persian text in an English frame.
 *
 * <p>Two bundles, looked up in order: the report's own words ({@code ReportWords}) and the map's ({@code MapWords}),
 * which the report shares, so that one word has one translation. The look-up never falls back to the machine's
 * default locale: the same journey gives the same output on every machine. Placeholders {@code {0}}, {@code {1}} are
 * replaced as they are: numbers arrive formatted, in one style for every language, because {@link
 * java.text.MessageFormat} would format them by locale and treat apostrophes (Italian!) as quotes.
 */
public final class Words {

    /** The bundle of the map's words, which every output uses. */
    static final String MAP = "dev.journeymaps.render.words.MapWords";
    /** The bundle of the words only the report says. */
    static final String REPORT = "dev.journeymaps.render.words.ReportWords";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<ResourceBundle> bundles;
    private final boolean rightToLeft;

    private Words(Locale locale, String... names) {
        this.rightToLeft = TextDirection.of(locale.toLanguageTag()) == TextDirection.RTL;
        List<ResourceBundle> found = new ArrayList<>();
        for (String name : names) {
            found.add(ResourceBundle.getBundle(name, locale, Words.class.getClassLoader(), NO_FALLBACK));
        }
        this.bundles = List.copyOf(found);
    }

    /** The map's words for a journey whose text is in {@code lang} (a BCP 47 tag: {@code fa}, {@code hr-HR}). */
    public static Words forMap(String lang) {
        return new Words(Locale.forLanguageTag(lang), MAP);
    }

    /** The report's words, the map's included, for a journey whose text is in {@code lang}. */
    public static Words forReport(String lang) {
        return forReport(Locale.forLanguageTag(lang));
    }

    /** The report's words, the map's included, in {@code locale}'s language. */
    public static Words forReport(Locale locale) {
        return new Words(locale, REPORT, MAP);
    }

    /**
     * The word or phrase of {@code key}, its placeholders replaced by {@code values} in order.
     *
     * @throws IllegalArgumentException when no bundle has {@code key}: a programmer's error, caught by the tests
     */
    public String get(String key, Object... values) {
        return fill(text(key), values);
    }

    private String text(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new IllegalArgumentException("no word '" + key + "' in "
                + bundles.stream().map(ResourceBundle::getBaseBundleName).toList());
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
    public String list(List<String> values) {
        return String.join(get("list.separator"), values);
    }

    /** {@code values} as a list of items that may hold commas themselves ("a; b" or "الف؛ ب"); report words only. */
    public String items(List<String> values) {
        return String.join(get("list.items"), values);
    }

    /**
     * A touchpoint's channel in this language when it is one journey-maps knows by name ({@code mobile-app} is
     * "app mobile" in Italian), else as the journey writes it: free-text channels are the team's own words.
     */
    public String channel(String channel) {
        String key = Channels.key(channel);
        return Channels.isKnown(key) ? get("channel." + key) : channel;
    }

    /**
     * A date as the map writes it, ISO ({@code 2027-05-31}). In a right-to-left language it is fenced by left-to-right
     * marks: after Persian words the bidi algorithm reads its digits as Arabic numbers and its hyphens as neutral,
     * and shows "31-05-2027".
     */
    public String date(LocalDate date) {
        String iso = date.toString();
        return rightToLeft ? "\u200e" + iso + "\u200e" : iso;
    }

    public String emotion(Emotion e) {
        return get("emotion." + e.label());
    }

    public String severity(Severity s) {
        return get("severity." + s.label());
    }

    public String evidence(Evidence e) {
        return get("evidence." + e.label());
    }

    /**
     * One input of a friction component in this language ("angry (-2)", "CSAT 54.2% (survey, 48 answers) against
     * target 70%"): the analysis gives the values ({@link ComponentScore.Input}), the words come from here.
     */
    public String input(ComponentScore.Input in) {
        return switch (in.kind()) {
            case "not-given", "none" -> get("input." + in.kind());
            case "emotion" -> get("input.emotion", Emotion.parse(in.arg(0)).map(this::emotion).orElse(in.arg(0)),
                    signed(in.value()));
            case "emotion-mean" -> get("input.emotionMean", signed(in.value()), in.arg(0));
            case "effort" -> get("input.effort", number(in.value()), in.arg(0));
            case "pain-points" -> get(in.value() == 1 ? "input.painPoint" : "input.painPoints", number(in.value()),
                    Severity.parse(in.arg(0)).map(this::severity).orElse(in.arg(0)));
            case "drop-off" -> get("input.dropOff", number(in.value()));
            case "abandonment" -> get("input.abandonment", number(in.value()), list(in.args()));
            default -> metric(in);
        };
    }

    /**
     * One friction component's part, so a reader can redo the sum: "effort: effort 4 of 5 → 0.75 × weight 0.20 =
     * 0.150", every word in this language (report words: {@link #forReport(String)}).
     */
    public String explain(ComponentScore c) {
        String input = c.inputs().isEmpty() ? c.input() : list(c.inputs().stream().map(this::input).toList());
        return get("explain", get("component." + c.component().key()), input, fixed(c.normalised(), 2),
                fixed(c.weight(), 2), fixed(c.contribution(), 3));
    }

    /**
     * {@code value} with {@code digits} decimals, a dot as decimal mark in every language: what
     * {@code String.format(Locale.ROOT, "%.2f", value)} writes, which rounds half up the digits of
     * {@link Double#toString(double)}. That is done here with {@link BigDecimal#valueOf(double)}: a map writes a few
     * such figures per card, and the formatter (which parses its pattern on every call) was a tenth of laying out a
     * large map.
     */
    public static String fixed(double value, int digits) {
        if (!(Math.copySign(1.0, value) > 0 && value < 1e15) || digits < 0) {
            return String.format(Locale.ROOT, "%." + digits + "f", value); // signs, NaN and the huge: as it writes them
        }
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).toPlainString();
    }

    /** A metric reading with its source, and its target when it is held to one. */
    private String metric(ComponentScore.Input in) {
        String source = switch (in.arg(1)) {
            case "survey" -> get(in.arg(3).equals("low") ? "source.surveyLow" : "source.survey", in.arg(2));
            default -> get("source.authored");
        };
        String reading = get("input.metric", get("metricName." + in.kind()), in.arg(0), source);
        return in.arg(4).isEmpty() ? reading : get("input.target", reading, in.arg(4));
    }

    /** A number as the analysis writes it: at most one decimal, no trailing zero, the same in every language. */
    private static String number(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == 0) {
            return "0";
        }
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? Long.toString((long) r) : Double.toString(r);
    }

    private static String signed(double v) {
        return v > 0 ? "+" + number(v) : number(v);
    }

    /** {@code text} in the language's quotation marks. */
    public String quoted(String text) {
        return get("quoted", text.strip());
    }
}
