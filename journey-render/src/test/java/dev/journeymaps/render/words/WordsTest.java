package dev.journeymaps.render.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymaps.model.Channels;
import dev.journeymaps.model.Emotion;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The translations are whole and consistent, and the look-up follows the journey's language, never the machine's. */
class WordsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final List<String> LANGUAGES = List.of("fa", "hr", "it", "de", "es", "fr", "eu", "su");

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static Stream<Arguments> bundlesAndLanguages() {
        return Stream.of("MapWords", "ReportWords")
                .flatMap(bundle -> LANGUAGES.stream().map(lang -> Arguments.of(bundle, lang)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundlesAndLanguages")
    void everyTranslationSaysWhatEnglishSaysWithTheSamePlaceholders(String name, String lang) {
        Properties english = Bundles.load(name);
        Properties translated = Bundles.load(name + "_" + lang);
        assertThat(translated.stringPropertyNames()).as("keys that English does not have")
                .isSubsetOf(english.stringPropertyNames());
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        // Only the list separator may be inherited: most languages separate lists as English does.
        assertThat(missing).as("keys left in English").isSubsetOf(Set.of("list.separator"));
        for (String key : translated.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as(key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void saysEachWordOnceTheReportDoesNotRepeatTheMapsWords() {
        Set<String> both = new TreeSet<>(Bundles.load("ReportWords").stringPropertyNames());
        both.retainAll(Bundles.load("MapWords").stringPropertyNames());
        assertThat(both).as("keys in both bundles").isEmpty();
    }

    @Test
    void followsTheJourneysLanguageWithItsRegionAndFallsBackToEnglishNeverToTheMachines() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(Words.forMap("fa").get("card.exit")).isEqualTo("خروج");
            assertThat(Words.forMap("fa-IR").get("card.exit")).isEqualTo("خروج");
            assertThat(Words.forMap("hr").get("card.reach", "70%")).isEqualTo("doseg 70%");
            assertThat(Words.forMap("mul").get("card.reach", "70%")).isEqualTo("70% reach");
            assertThat(Words.forMap("").get("lane.touchpoints")).isEqualTo("Touchpoints");
            assertThat(Words.forMap("sv").get("lane.touchpoints")).isEqualTo("Touchpoints");
            assertThat(Words.forReport("fa").get("hotspots.title")).isEqualTo("کانون‌های اصطکاک");
            assertThat(Words.forReport("fa-IR").get("lane.personas")).as("a map word in the report")
                    .isEqualTo("پرسوناها");
            assertThat(Words.forReport("sv").get("hotspots.title")).isEqualTo("Hotspots");
            // Basque and Sundanese (Latin script), two languages the CX practice writes in
            assertThat(Words.forMap("eu-ES").get("lane.touchpoints")).isEqualTo("Ukipen-puntuak");
            assertThat(Words.forMap("eu").get("quoted", "ordaindu")).isEqualTo("«ordaindu»");
            assertThat(Words.forMap("su").get("lane.friction")).isEqualTo("Gesekan");
            assertThat(Words.forReport("su-Latn-ID").get("hotspots.title")).isEqualTo("Titik panas");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void putsValuesInAsTheyAreWithTheLanguagesDigitsApostrophesAndBraces() {
        assertThat(Words.forMap("it").get("friction.legend", 5)).startsWith("Scala dell'attrito")
                .contains("in 5 livelli");
        assertThat(Words.forReport("it").get("prose.goal", "{1}")).isEqualTo("L'obiettivo del cliente: {1}");
        assertThat(Words.forMap("en").get("tip.emotionOf", "{1}", "happy")).isEqualTo("Emotion of {1}: happy");
        assertThat(Words.forReport("fa").get("effort.of", 3)).isEqualTo("۳ از ۵");
        assertThat(Words.forMap("fa").emotion(Emotion.ANGRY)).isEqualTo("خشمگین");
        assertThat(Words.forMap("fa").list(List.of("الف", "ب"))).isEqualTo("الف، ب");
        assertThat(Words.forReport("fa").items(List.of("الف", "ب"))).isEqualTo("الف؛ ب");
        assertThatThrownBy(() -> Words.forMap("en").get("no.such.word")).hasMessageContaining("no.such.word");
    }

    @ParameterizedTest
    @MethodSource("bundlesAndLanguages")
    void saysEveryPhraseTheSameTheFirstTimeAndEveryTimeAfter(String name, String lang) {
        // Phrases are cut at their placeholders once and kept: every phrase of every bundle, with and without values,
        // asked twice, reads as the phrase cut in place (the reference below: the language's digits in the phrase's
        // own text, the values as they are, percent signs after digits).
        Words words = name.equals("MapWords") ? Words.forMap(lang) : Words.forReport(lang);
        Properties english = Bundles.load(name);
        Properties translated = Bundles.load(name + "_" + lang);
        Object[] values = {"«a»", 12, "3.5%", "x{1}y", "", -7.25, "b c", 1000, "%", "0"};
        Object[] shown = {"«a»", words.shown("12"), "3.5%", "x{1}y", "", words.shown("-7.25"), "b c",
            words.shown("1000"), "%", "0"};
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String text = translated.getProperty(key, english.getProperty(key));
            for (int round = 0; round < 2; round++) {
                assertThat(words.get(key)).as(key).isEqualTo(percentSigns(words, reference(words, text, null)));
                assertThat(words.get(key, values.clone())).as(key)
                        .isEqualTo(percentSigns(words, reference(words, text, shown)));
            }
        }
    }

    /** The phrase with its placeholders filled, cut where they are: as Words filled them before it kept them. */
    private static String reference(Words words, String text, Object[] values) {
        if (values == null) {
            return words.shown(text);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (close < 0) {
                out.append(words.shown(text.substring(i)));
                break;
            }
            out.append(words.shown(text.substring(i, open)))
                    .append(values[Integer.parseInt(text.substring(open + 1, close))]);
            i = close + 1;
        }
        return out.toString();
    }

    /** A percent sign after one of the language's own digits as its percent sign, as Words does to a filled phrase. */
    private static String percentSigns(Words words, String filled) {
        char zero = words.shown("0").charAt(0);
        String percent = words.shown("1%");
        StringBuilder out = new StringBuilder(filled);
        for (int i = 1; i < out.length(); i++) {
            char before = out.charAt(i - 1);
            if (out.charAt(i) == '%' && before >= zero && before <= zero + 9) {
                out.setCharAt(i, percent.charAt(percent.length() - 1));
            }
        }
        return out.toString();
    }

    @Test
    void translatesTheChannelsItKnowsAndLeavesTheTeamsOwnAsWritten() {
        assertThat(Words.forMap("it").channel("mobile-app")).isEqualTo("app mobile");
        assertThat(Words.forMap("fa").channel("Phone")).as("written as the icons read it").isEqualTo("تلفن");
        assertThat(Words.forMap("en").channel("in_person")).isEqualTo("in person");
        assertThat(Words.forMap("hr").channel("kiosk at the pharmacy")).isEqualTo("kiosk at the pharmacy");
        assertThat(Words.forMap("de").channel("")).isEmpty();
        for (String channel : Channels.KNOWN) {
            for (String lang : LANGUAGES) {
                assertThat(Words.forMap(lang).channel(channel)).as("%s in %s", channel, lang).isNotBlank();
            }
        }
    }

    @Test
    void fencesADateWithLeftToRightMarksInARightToLeftLanguageOnly() {
        java.time.LocalDate due = java.time.LocalDate.of(2027, 5, 31);
        assertThat(Words.forMap("ar").date(due)).isEqualTo(
                "\u200e\u0662\u0660\u0662\u0667\u200e-\u200e\u0660\u0665\u200e-\u200e\u0663\u0661\u200e");
        assertThat(Words.forMap("he").date(due)).isEqualTo("\u200e2027-05-31\u200e");
        assertThat(Words.forMap("fa").get("opportunity.due", Words.forMap("fa").date(due)))
                .as("the digits stay in order after Persian words").contains("\u200e۲۰۲۷\u200e-\u200e۰۵\u200e-\u200e۳۱\u200e");
        assertThat(Words.forMap("hr").date(due)).isEqualTo("2027-05-31");
    }

    @Test
    void showsANumberTheSameWhetherItWasShownBeforeOrNot() {
        Words persian = Words.forMap("fa");
        Words english = Words.forMap("en");
        // Past the most each Words remembers, and every value twice: the second answer is the remembered one.
        for (int i = 0; i < 3_000; i++) {
            double share = i / 2_999.0;
            String first = english.percent(share);
            assertThat(english.percent(share)).isEqualTo(first).isEqualTo(Words.forMap("en").percent(share));
            assertThat(persian.decimal(share, 2)).isEqualTo(persian.decimal(share, 2))
                    .isEqualTo(Words.forMap("fa").decimal(share, 2));
        }
        assertThat(english.percent(0.125)).isEqualTo("12.5%");
        assertThat(persian.percent(0.125)).isEqualTo("۱۲٫۵٪");
        assertThat(english.decimal(0.125, 2)).isEqualTo("0.13");
        assertThat(english.decimal(0.125, 1)).as("the decimals are part of what is remembered").isEqualTo("0.1");
    }
}
