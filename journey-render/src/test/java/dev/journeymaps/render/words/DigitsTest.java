package dev.journeymaps.render.words;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Digits;
import dev.journeymaps.model.Journey;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers on maps and in reports follow the journey's language and {@code journey.digits}, as CLDR writes them. */
class DigitsTest {

    private static Words map(String lang, Digits digits) {
        return Words.forMap(Journey.builder("j", "J").lang(lang).digits(digits).build());
    }

    @Test
    void persianShowsPersianDigitsWithPersianDecimalAndPercentSigns() {
        Words fa = Words.forMap("fa");
        assertThat(fa.percent(0.125)).isEqualTo("\u06f1\u06f2\u066b\u06f5\u066a");
        assertThat(fa.decimal(0.42, 2)).isEqualTo("\u06f0\u066b\u06f4\u06f2");
        assertThat(fa.count(1907)).isEqualTo("\u06f1\u06f9\u06f0\u06f7");
        assertThat(fa.shown("-1.5")).isEqualTo("\u2212\u06f1\u066b\u06f5");
    }

    @Test
    void arabicShowsArabicIndicDigits() {
        Words ar = Words.forMap("ar");
        assertThat(ar.percent(0.1)).isEqualTo("\u0661\u0660\u066a");
        assertThat(ar.decimal(2.5, 1)).isEqualTo("\u0662\u066b\u0665");
    }

    @ParameterizedTest
    @CsvSource({"fa", "ar", "ar-EG"})
    void theSignsAreCldrs(String lang) {
        DecimalFormatSymbols cldr = DecimalFormatSymbols.getInstance(Locale.forLanguageTag(lang));
        String shown = Words.forMap(lang).shown("1,234.5%");
        char zero = cldr.getZeroDigit();
        assertThat(shown).isEqualTo("" + (char) (zero + 1) + cldr.getGroupingSeparator() + (char) (zero + 2)
                + (char) (zero + 3) + (char) (zero + 4) + cldr.getDecimalSeparator() + (char) (zero + 5)
                + cldr.getPercent());
    }

    @ParameterizedTest
    @CsvSource({"en", "hr", "it", "de", "eu", "su", "he"})
    void otherLanguagesKeepWesternDigits(String lang) {
        Words words = Words.forMap(lang);
        assertThat(words.percent(0.125)).isEqualTo("12.5%");
        assertThat(words.decimal(0.42, 2)).isEqualTo("0.42");
        assertThat(words.get("card.lost", 105)).startsWith("105/1");
    }

    @Test
    void latinKeepsWesternDigitsInAPersianJourney() {
        Words latin = map("fa", Digits.LATIN);
        assertThat(latin.nativeDigits()).isFalse();
        assertThat(latin.percent(0.125)).isEqualTo("12.5%");
        assertThat(latin.get("card.lost", 105)).isEqualTo("105/1,000 \u0627\u0632 \u062f\u0633\u062a \u0631\u0641\u062a\u0647");
        assertThat(map("fa", Digits.NATIVE).percent(0.125)).isEqualTo(Words.forMap("fa").percent(0.125));
    }

    @Test
    void theReportsPageLocaleCarriesTheChoice() {
        Journey latin = Journey.builder("j", "J").lang("fa").digits(Digits.LATIN).build();
        assertThat(Words.locale(latin).toLanguageTag()).isEqualTo("fa-u-nu-latn");
        assertThat(Words.forReport(Words.locale(latin)).percent(0.5)).isEqualTo("50%");
        assertThat(Words.forReport(Locale.forLanguageTag("fa")).percent(0.5)).isEqualTo("\u06f5\u06f0\u066a");
        assertThat(Words.locale(Journey.builder("j", "J").lang("fa").build())).isEqualTo(Locale.forLanguageTag("fa"));
    }

    @Test
    void numbersFilledInAndWrittenInThePhraseFollowTheLanguage() {
        Words fa = Words.forMap("fa");
        // "{0}/1,000 lost here": the number given and the phrase's own 1,000 alike
        assertThat(fa.get("card.lost", 105)).startsWith("\u06f1\u06f0\u06f5/\u06f1\u066c\u06f0\u06f0\u06f0 ");
        // a percent sign the phrase puts after a number
        assertThat(Words.forReport("fa").get("input.dropOff", fa.shown("12"))).startsWith("\u06f1\u06f2\u066a ");
        // text that is not a number is left alone
        assertThat(fa.shown("CSAT 41.7% n=24, step-by-step")).isEqualTo(
                "CSAT \u06f4\u06f1\u066b\u06f7\u066a n=\u06f2\u06f4, step-by-step");
    }

    @Test
    void aDateKeepsItsOrderInPersianDigits() {
        assertThat(Words.forMap("fa").date(LocalDate.of(2027, 5, 31)))
                .isEqualTo("\u200e\u06f2\u06f0\u06f2\u06f7\u200e-\u200e\u06f0\u06f5\u200e-\u200e\u06f3\u06f1\u200e");
        assertThat(map("fa", Digits.LATIN).date(LocalDate.of(2027, 5, 31))).isEqualTo("\u200e2027-05-31\u200e");
        assertThat(Words.forMap("en").date(LocalDate.of(2027, 5, 31))).isEqualTo("2027-05-31");
    }

    @Test
    void anArabicDateReadsInOrderAfterRightToLeftText() {
        String line = "\u0645\u0648\u0639\u062f " + Words.forMap("ar").date(LocalDate.of(2027, 5, 31));
        java.text.Bidi bidi = new java.text.Bidi(line, java.text.Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT);
        String visual = visual(line, bidi);
        // left to right on the screen: the year first, as in the ISO date
        assertThat(visual.replace("\u200e", "")).startsWith("\u0662\u0660\u0662\u0667-\u0660\u0665-\u0663\u0661");
    }

    /** {@code text} in the order it is shown, left to right. */
    private static String visual(String text, java.text.Bidi bidi) {
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        java.text.Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder out = new StringBuilder();
        for (Integer r : order) {
            String run = text.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            out.append(bidi.getRunLevel(r) % 2 == 1 ? new StringBuilder(run).reverse() : run);
        }
        return out.toString();
    }
}
