package dev.journeymaps.render.words;

import dev.journeymaps.model.Channels;
import dev.journeymaps.model.Digits;
import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Evidence;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.TextDirection;
import dev.journeymaps.model.analysis.ComponentScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 *
 * <p>Every number a map or a report shows goes through one of these words ({@link #shown(String)} and the helpers
 * built on it), so that one place decides its digits: Persian digits with the Persian decimal and percent signs for a
 * Persian journey, Arabic-Indic ones for an Arabic journey, as CLDR gives them ({@link DecimalFormatSymbols}), unless
 * the journey says {@code digits: latin}; Western digits for every other language. Ids and attributes do not come
 * from here and keep Western digits.
 */
public final class Words {

    /** The bundle of the map's words, which every output uses. */
    static final String MAP = "dev.journeymaps.render.words.MapWords";
    /** The bundle of the words only the report says. */
    static final String REPORT = "dev.journeymaps.render.words.ReportWords";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * The languages shown in their own digits by default. CLDR gives more languages digits of their own (Bengali,
     * Marathi, Burmese...), but the bundled fonts draw only the Arabic-script ones, and their readers asked for them.
     */
    private static final Set<String> NATIVE_DIGITS = Set.of("fa", "ar");

    private final List<ResourceBundle> bundles;
    private final boolean rightToLeft;
    /** The language's digits and signs, or null for Western digits: then numbers are shown as they are made. */
    private final DecimalFormatSymbols digits;

    /**
     * Percentages and decimals already shown, by value: a map of 10,000 touchpoints shows 60,000 percentages and as
     * many decimals, most of them the same few (33.3%, 0.00), each made through a {@link BigDecimal}. At most
     * {@link #REMEMBERED} of each, so that a Words kept for long stays small.
     */
    private final Map<Double, String> percentsShown = new ConcurrentHashMap<>();
    private final Map<Fixed, String> decimalsShown = new ConcurrentHashMap<>();
    /** The phrases looked up so far, by key: a few hundred at most, as the keys are the bundles' own. */
    private final Map<String, Phrase> phrases = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 1024;

    /** A value shown with a number of decimals: the key of a decimal already shown. */
    private record Fixed(double value, int decimals) {
        // Written out: a record's own equals and hashCode are linked on first use, which every small map paid for.
        @Override
        public boolean equals(Object o) {
            return o instanceof Fixed f && Double.compare(value, f.value) == 0 && decimals == f.decimals;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(value) * 31 + decimals;
        }
    }

    private Words(Locale locale, Digits choice, String... names) {
        this.rightToLeft = TextDirection.of(locale.toLanguageTag()) == TextDirection.RTL;
        this.digits = choice == Digits.NATIVE && NATIVE_DIGITS.contains(locale.getLanguage())
                ? DecimalFormatSymbols.getInstance(locale)
                : null;
        List<ResourceBundle> found = new ArrayList<>();
        for (String name : names) {
            found.add(ResourceBundle.getBundle(name, locale, Words.class.getClassLoader(), NO_FALLBACK));
        }
        this.bundles = List.copyOf(found);
    }

    /**
     * The map's words for a journey whose text is in {@code lang} (a BCP 47 tag: {@code fa}, {@code hr-HR}), numbers
     * in the language's own digits where it has them.
     */
    public static Words forMap(String lang) {
        return new Words(Locale.forLanguageTag(lang), Digits.NATIVE, MAP);
    }

    /** The map's words for {@code journey}: its language, and its digits ({@code journey.digits}). */
    public static Words forMap(Journey journey) {
        return new Words(Locale.forLanguageTag(journey.lang()), digitsOf(journey), MAP);
    }

    /** The report's words, the map's included, for a journey whose text is in {@code lang}. */
    public static Words forReport(String lang) {
        return forReport(Locale.forLanguageTag(lang));
    }

    /** The report's words, the map's included, for {@code journey}: its language and its digits. */
    public static Words forReport(Journey journey) {
        return new Words(Locale.forLanguageTag(journey.lang()), digitsOf(journey), REPORT, MAP);
    }

    /**
     * The report's words, the map's included, in {@code locale}'s language; its digits Western when the locale asks
     * for them ({@code fa-u-nu-latn}, see {@link #locale(Journey)}), else the language's own.
     */
    public static Words forReport(Locale locale) {
        Digits digits = "latn".equals(locale.getUnicodeLocaleType("nu")) ? Digits.LATIN : Digits.NATIVE;
        return new Words(locale, digits, REPORT, MAP);
    }

    /**
     * The locale of {@code journey}'s words: its language, with Western digits asked for ({@code -u-nu-latn}) when it
     * says {@code digits: latin}. What a page template carries, so that its own words show numbers as the journey's
     * do.
     */
    public static Locale locale(Journey journey) {
        Locale locale = Locale.forLanguageTag(journey.lang());
        if (digitsOf(journey) != Digits.LATIN) {
            return locale;
        }
        try {
            return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
        } catch (java.util.IllformedLocaleException legacy) {
            return Locale.ROOT; // a tag Java keeps only for compatibility has no digits of its own to leave
        }
    }

    private static Digits digitsOf(Journey journey) {
        return journey.settings().digits().orElse(Digits.NATIVE);
    }

    /**
     * The word or phrase of {@code key}, its placeholders replaced by {@code values} in order; values that are
     * numbers ({@link Number}) are shown in this language's digits.
     *
     * @throws IllegalArgumentException when no bundle has {@code key}: a programmer's error, caught by the tests
     */
    public String get(String key, Object... values) {
        if (digits != null && values != null) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Number n) {
                    values[i] = shown(n.toString());
                }
            }
        }
        Phrase phrase = phrases.get(key);
        if (phrase == null) {
            phrase = phrase(text(key));
            phrases.put(key, phrase); // two threads may both make it: the same phrase
        }
        String filled = phrase.fill(values);
        return digits == null ? filled : percentSigns(filled);
    }

    /**
     * A phrase cut at its placeholders once, its own text already in this language's digits: a map asks for the
     * same few words at every touchpoint (a card's channel, "reach", its tooltip's labels), and looking each up in
     * the bundles and cutting it again made a tenth of what drawing a large map allocates.
     *
     * @param text the phrase as the bundle has it
     * @param whole the phrase as shown when no values are given: its placeholders as written
     * @param literals the text before each placeholder, and after the last, as shown; null when a placeholder is not
     *     a number, which {@link #fill(String, Object[])} reports as it always did
     * @param slots the value each placeholder takes
     */
    private record Phrase(Words words, String text, String whole, String[] literals, int[] slots) {

        String fill(Object[] values) {
            if (values == null || values.length == 0) {
                return whole;
            }
            if (literals == null) {
                return words.fill(text, values);
            }
            if (slots.length == 0) {
                return whole;
            }
            StringBuilder out = new StringBuilder(whole.length() + 32);
            for (int i = 0; i < slots.length; i++) {
                out.append(literals[i]).append(values[slots[i]]);
            }
            return out.append(literals[slots.length]).toString();
        }
    }

    /** {@code text} cut as {@link #fill(String, Object[])} cuts it. */
    private Phrase phrase(String text) {
        List<String> literals = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        boolean numbered = true;
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            literals.add(shown(text.substring(i, open)));
            try {
                slots.add(Integer.parseInt(text.substring(open + 1, close)));
            } catch (NumberFormatException notNumbered) {
                numbered = false;
            }
            i = close + 1;
        }
        literals.add(i < text.length() ? shown(text.substring(i)) : "");
        return new Phrase(this, text, text.isEmpty() ? "" : shown(text),
                numbered ? literals.toArray(String[]::new) : null,
                slots.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A percent sign a phrase puts after a number ("{0}% of customers") as this language's percent sign. */
    private String percentSigns(String text) {
        char zero = digits.getZeroDigit();
        StringBuilder out = null;
        for (int i = 1; i < text.length(); i++) {
            char before = text.charAt(i - 1);
            if (text.charAt(i) == '%' && before >= zero && before <= zero + 9) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, digits.getPercent());
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * A number made in Western digits ({@code 12.5%}, {@code -0.42}, {@code 105/1,000}, {@code 4h}) as this language
     * shows it: each digit in the language's own, a dot or comma between two digits as its decimal or group sign, a
     * percent sign after a digit as its percent sign, a hyphen before a number as its minus sign. Words around the
     * number are left alone. Western digits (the default, and {@code digits: latin}) show it as it is.
     */
    public String shown(String number) {
        if (digits == null) {
            return number;
        }
        char zero = digits.getZeroDigit();
        StringBuilder out = new StringBuilder(number.length());
        int n = number.length();
        for (int i = 0; i < n; i++) {
            char c = number.charAt(i);
            boolean digitBefore = i > 0 && isDigit(number.charAt(i - 1));
            boolean digitAfter = i + 1 < n && isDigit(number.charAt(i + 1));
            if (isDigit(c)) {
                out.append((char) (zero + (c - '0')));
            } else if (c == '.' && digitBefore && digitAfter) {
                out.append(digits.getDecimalSeparator());
            } else if (c == ',' && digitBefore && digitAfter) {
                out.append(digits.getGroupingSeparator());
            } else if (c == '%' && digitBefore) {
                out.append(digits.getPercent());
            } else if (c == '-' && digitAfter && (i == 0 || !Character.isLetterOrDigit(number.charAt(i - 1)))) {
                out.append(digits.getMinusSign());
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether numbers are shown in digits other than Western ones. */
    public boolean nativeDigits() {
        return digits != null;
    }

    /** {@code value} with {@code decimals} decimals as this language shows it ({@code 0.42}, {@code ۰٫۴۲}). */
    public String decimal(double value, int decimals) {
        Fixed key = new Fixed(value, decimals);
        String known = decimalsShown.get(key);
        if (known != null) {
            return known;
        }
        return remember(decimalsShown, key, shown(fixed(value, decimals)));
    }

    /** A whole number as this language shows it. */
    public String count(long value) {
        return shown(Long.toString(value));
    }

    /**
     * A share as a percentage, the way CX teams read them, as this language shows it: {@code 0.1} is {@code 10%},
     * {@code 0.125} is {@code 12.5%} (Persian {@code ۱۲٫۵٪}).
     */
    public String percent(double share) {
        String known = percentsShown.get(share);
        if (known != null) {
            return known;
        }
        return remember(percentsShown, share, shown(tenths(share * 100) + "%"));
    }

    /** {@code shown}, kept in {@code known} under {@code key} while it holds fewer than {@link #REMEMBERED}. */
    private static <K> String remember(Map<K, String> known, K key, String shown) {
        if (known.size() < REMEMBERED) {
            known.put(key, shown);
        }
        return shown;
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

    /**
     * {@code text} with its placeholders replaced by {@code values}; numbers the phrase itself writes ("of every
     * 1,000 customers", "Effort {0}/5") are shown in this language's digits like the ones filled in.
     */
    private String fill(String text, Object[] values) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (close < 0 || values == null || values.length == 0) {
                out.append(shown(text.substring(i)));
                break;
            }
            out.append(shown(text.substring(i, open)))
                    .append(values[Integer.parseInt(text.substring(open + 1, close))]);
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
     * A date as the map writes it, ISO ({@code 2027-05-31}), in this language's digits. In a right-to-left language it
     * is fenced by left-to-right marks: after Persian words the bidi algorithm reads its digits as Arabic numbers and
     * its hyphens as neutral, and shows "31-05-2027". In the language's own digits its hyphens are fenced too.
     */
    public String date(LocalDate date) {
        String iso = date.toString();
        if (digits != null) {
            // Arabic-Indic digits are Arabic numbers to the bidi algorithm, which reads the hyphens between them as
            // right to left even inside the marks, and shows 31-05-2027 again: a mark on each side of each hyphen
            // holds it to the left-to-right order.
            iso = shown(iso).replace("-", "\u200e-\u200e");
        }
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
                    shown(signed(in.value())));
            case "emotion-mean" -> get("input.emotionMean", shown(signed(in.value())), shown(in.arg(0)));
            case "effort" -> get("input.effort", shown(number(in.value())), shown(in.arg(0)));
            case "pain-points" -> get(in.value() == 1 ? "input.painPoint" : "input.painPoints",
                    shown(number(in.value())), Severity.parse(in.arg(0)).map(this::severity).orElse(in.arg(0)));
            case "drop-off" -> get("input.dropOff", shown(number(in.value())));
            case "abandonment" -> get("input.abandonment", shown(number(in.value())), list(in.args()));
            default -> metric(in);
        };
    }

    /**
     * One friction component's part, so a reader can redo the sum: "effort: effort 4 of 5 → 0.75 × weight 0.20 =
     * 0.150", every word in this language (report words: {@link #forReport(String)}).
     */
    public String explain(ComponentScore c) {
        String input = c.inputs().isEmpty() ? c.input() : list(c.inputs().stream().map(this::input).toList());
        return get("explain", get("component." + c.component().key()), input, decimal(c.normalised(), 2),
                decimal(c.weight(), 2), decimal(c.contribution(), 3));
    }

    /**
     * {@code value} with {@code digits} decimals, a dot as decimal mark, Western digits: for attributes and data;
     * shown text takes {@link #decimal(double, int)}. What {@code String.format(Locale.ROOT, "%.2f", value)} writes,
     * which rounds half up the digits of {@link Double#toString(double)}, done with {@link BigDecimal#valueOf(double)}:
     * the formatter parses its pattern on every call, and was a tenth of laying out a large map.
     */
    public static String fixed(double value, int digits) {
        if (!(Math.copySign(1.0, value) > 0 && value < 1e15) || digits < 0) {
            return String.format(Locale.ROOT, "%." + digits + "f", value); // signs, NaN and the huge: as it writes them
        }
        long rounded = value < ROUNDED_BELOW && digits < POWERS.length ? rounded(value, digits) : -1;
        if (rounded < 0) {
            return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).toPlainString();
        }
        // in int arithmetic (below 10^9): C1 calls the VM for every long division
        int whole = (int) rounded;
        int power = (int) POWERS[digits];
        StringBuilder shown = new StringBuilder(12).append(whole / power);
        if (digits > 0) {
            String decimals = Integer.toString(whole % power + power); // "1" and the zeros to keep
            shown.append('.').append(decimals, 1, decimals.length());
        }
        return shown.toString();
    }

    /**
     * {@code value} with one decimal at most, rounded half to even, no trailing zero and no negative zero, a dot as
     * decimal mark, Western digits ({@code 41}, {@code 41.5}, {@code -3.2}): what
     * {@code BigDecimal.valueOf(value).setScale(1, HALF_EVEN).stripTrailingZeros().toPlainString()} writes.
     *
     * @throws NumberFormatException when {@code value} is NaN or infinite
     */
    public static String tenths(double value) {
        double size = Math.abs(value);
        long rounded = size < ROUNDED_BELOW ? rounded(size, 1) : -1;
        if (rounded < 0) {
            return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
        int tenths = (int) rounded; // below 10^7: int arithmetic, as in fixed
        String whole = (value < 0 && tenths != 0 ? "-" : "") + tenths / 10;
        return tenths % 10 == 0 ? whole : whole + "." + tenths % 10;
    }

    /** Below this, {@link #rounded} is exact for any value far enough from a tie (see there). */
    private static final double ROUNDED_BELOW = 1e6;
    private static final long[] POWERS = {1, 10, 100, 1000};

    /**
     * {@code value} (0 or more, below {@link #ROUNDED_BELOW}) times 10 to the {@code digits}, rounded to the nearest
     * whole number; -1 when it lies within a millionth of a tie, where only its decimal digits (those of
     * {@link Double#toString(double)}, which {@link BigDecimal#valueOf(double)} takes) can say which way it rounds.
     * Elsewhere those digits round the same way: they differ from {@code value} by at most half its ulp (2^-34
     * below 10^6), less than a ten-millionth once scaled, and the scaling adds at most half an ulp of the result
     * (2^-24 below 10^9). Making those digits costs far more than this, and a map makes tens of thousands of figures.
     */
    private static long rounded(double value, int digits) {
        double scaled = value * POWERS[digits];
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) < 1e-6) {
            return -1;
        }
        return (long) whole + (fraction > 0.5 ? 1 : 0);
    }

    /** A metric reading with its source, and its target when it is held to one. */
    private String metric(ComponentScore.Input in) {
        String source = switch (in.arg(1)) {
            case "survey" -> get(in.arg(3).equals("low") ? "source.surveyLow" : "source.survey", shown(in.arg(2)));
            default -> get("source.authored");
        };
        String reading = get("input.metric", get("metricName." + in.kind()), shown(in.arg(0)), source);
        return in.arg(4).isEmpty() ? reading : get("input.target", reading, shown(in.arg(4)));
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
