package dev.journeymaps.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.io.SurveyReader;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.validate.Level;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static final Pattern BLOCK = Pattern.compile("<(script|style)(\\s[^>]*)?>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern CSP =
            Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");

    private final HtmlReport report = new HtmlReport();
    private final Journey example = ExampleJourneys.damagedDelivery();

    /** The example with journey.analysis.min-responses 1: these tests show a handful of answers in use. */
    private static Journey fewAnswersSuffice(Journey j) {
        return new Journey(j.id(), j.title(), j.description(), j.lang(), j.personas(), j.stages(), j.location(),
                j.settings().toBuilder().minResponses(java.util.OptionalInt.of(1)).build());
    }


    @Test
    void writesOneSelfContainedPageWithTheMapInline() throws IOException {
        String html = report.render(example);
        Files.createDirectories(Path.of("target/reports"));
        Files.writeString(Path.of("target/reports/damaged-delivery.html"), html);

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("<svg direction=\"ltr\" xmlns=\"http://www.w3.org/2000/svg\"");
        assertThat(html).doesNotContain("<?xml");
        assertThat(html.replace("http://www.w3.org/2000/svg", "").replace("http://www.w3.org/1999/xlink", ""))
                .doesNotContain("http:", "https:", "//cdn");
        assertThat(html).contains("<title>Online order arrives damaged</title>");
        assertThat(html).contains("src:url(data:font/ttf;base64,");
    }

    @Test
    void neverUsesStyleAttributesOrUnsafeInline() {
        String html = report.render(example);
        assertThat(html).doesNotContain(" style=").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void allowsExactlyItsOwnInlineBlocksByHash() {
        String html = report.render(example, List.of());
        Matcher csp = CSP.matcher(html);
        assertThat(csp.find()).isTrue();
        String policy = csp.group(1);
        assertThat(policy).contains("default-src 'none'", "font-src data:", "img-src data:", "connect-src 'none'");
        List<String> expected = new ArrayList<>();
        Matcher m = BLOCK.matcher(html);
        while (m.find()) {
            if (m.group(2) == null || !m.group(2).contains("application/json")) {
                expected.add(ContentSecurity.sha256(m.group(3)));
            }
        }
        // the page's script and style sheet, and the map's own style sheet inside its inlined SVG
        assertThat(expected).hasSize(3);
        assertThat(policy).contains(expected);
    }

    @Test
    void takesLangAndDirectionFromTheJourney() {
        Journey persian = new Journey("j", "سفر مشتری", "", "fa", example.personas(), example.stages(),
                SourceLocation.UNKNOWN);
        assertThat(report.render(persian)).contains("<html lang=\"fa\" dir=\"rtl\">");
        assertThat(report.render(example)).contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void listsWarningsWithTheirLocation() {
        Problem warning = new Problem(Level.WARNING, "touchpoint.unreachable", "nobody reaches 'x'",
                SourceLocation.of("cx.yaml", 12, 5), "link it from another touchpoint");
        String html = report.render(example, List.of(warning));
        assertThat(html).contains("id=\"warnings\"", "cx.yaml:12:5", "warning[touchpoint.unreachable]",
                "nobody reaches &#39;x&#39;");
    }

    @Test
    void ranksHotspotsWithTheComponentsThatExplainThem() {
        JourneyAnalysis analysis = Analyzer.analyze(example, AnalysisOptions.of(example).withHotspotThreshold(0.1));
        assertThat(analysis.hotspots()).isNotEmpty();
        String html = report.render(new AnalysedJourney(example, analysis), List.of());
        String top = analysis.hotspots().get(0).touchpoint().touchpointId();
        assertThat(html).contains("id=\"hotspot-table\"", "data-goto=\"" + top + "\"", "× weight", "Experience score",
                "id=\"stages\"", "class=\"bar\"");
        assertThat(html.indexOf("data-goto=\"" + top + "\"")).isLessThan(html.indexOf("data-goto=\""
                + analysis.hotspots().get(analysis.hotspots().size() - 1).touchpoint().touchpointId() + "\"") + 1);
    }

    @Test
    void theMetricsTableShowsMeasuredBesideAuthoredAndMarksTheOneInUse(@TempDir Path dir) throws IOException {
        Journey fewAnswers = fewAnswersSuffice(example);
        AnalysedJourney analysed = AnalysedJourney.of(fewAnswers, SurveyReader.read(csatAnswers(dir), fewAnswers));

        String html = report.render(analysed, List.of());
        String metrics = html.substring(html.indexOf("<section id=\"metrics\""),
                html.indexOf("</section>", html.indexOf("<section id=\"metrics\"")));

        assertThat(metrics).contains("<span class=\"reading\"><span dir=\"ltr\">41%</span> <small>authored</small></span>")
                .contains("<span class=\"reading used\"><span dir=\"ltr\">42% · n=24</span> <small>measured, in use</small>")
                .contains("<span class=\"reading used\"><span dir=\"ltr\">-35</span> <small>authored, in use</small>");
        assertThat(report.render(example)).doesNotContain("n=24", "measured, in use")
                .contains("<span class=\"reading used\"><span dir=\"ltr\">41%</span> <small>authored, in use</small>");
    }

    /** 24 CSAT answers about the unboxing, 10 of them satisfied: 41.7%. */
    private static Path csatAnswers(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("touchpoint,metric,value\n");
        for (int i = 0; i < 24; i++) {
            csv.append("unboxing,csat,").append(i < 10 ? 5 : 2).append('\n');
        }
        return Files.writeString(dir.resolve("answers.csv"), csv);
    }

    private Journey in(String lang) {
        return new Journey(example.id(), example.title(), example.description(), lang, example.personas(),
                example.stages(), SourceLocation.UNKNOWN);
    }

    private String everySection(Journey journey) {
        Problem warning = new Problem(Level.WARNING, "touchpoint.unreachable", "nobody reaches 'x'",
                SourceLocation.of("cx.yaml", 12, 5), "link it from another touchpoint");
        JourneyAnalysis analysis = Analyzer.analyze(journey, AnalysisOptions.of(journey).withHotspotThreshold(0.1));
        return report.render(new AnalysedJourney(journey, analysis), List.of(warning));
    }

    @Test
    void aPersianJourneyThatAsksForLatinDigitsGetsThemInThePageAndItsWords() {
        Journey latin = in("fa");
        latin = new Journey(latin.id(), latin.title(), latin.description(), "fa", latin.personas(), latin.stages(),
                latin.location(), latin.settings().toBuilder()
                        .digits(java.util.Optional.of(dev.journeymaps.model.Digits.LATIN)).build());
        String html = everySection(latin);
        assertThat(html).contains("<strong>70 / 100</strong>", "تلاش: 2 از 5", "کانون اصطکاک شماره 1: اصطکاک");
        assertThat(html.chars().filter(c -> c >= 0x06f0 && c <= 0x06f9)).as("no Persian digit").isEmpty();
    }

    @Test
    void aPersianJourneyGetsAPersianPageRightToLeft() {
        String html = everySection(in("fa"));
        assertThat(html).contains("<html lang=\"fa\" dir=\"rtl\">", ">رفتن به نقشه<", ">نمایش سفر<",
                ">همه پرسوناها<", ">پوسته تیره<", ">پرسوناها<", ">نقشه<", ">کانون‌های اصطکاک<",
                ">مراحل: اصطکاک و قیف<", ">نقاط تماس<", ">شاخص‌ها<", ">اقدامات<", ">هشدارهای اعتبارسنجی<",
                ">روایت سفر<", ">رتبه<", ">سهم مشتریان<", "امتیاز تجربه:", "<strong>۷۰ / ۱۰۰</strong>",
                "برای Efficient Emma", "احساس: خنثی", "تلاش: ۲ از ۵", "لحظه حقیقت", "× وزن",
                "هدف مشتری: Find a lamp that fits the home office.", "\"feels\":\"احساس\"",
                "کانون اصطکاک شماره ۱: اصطکاک", "(زیاد)", ">نقطه درد<", "aria-label=\"جدول کانون‌های اصطکاک\"");
        // Only the validator's own message is marked as English; the controls are no longer.
        assertThat(html).doesNotContain("class=\"controls\" dir=\"ltr\"", "<footer class=\"page-footer\" lang=\"en\"");
        assertThat(html).contains("<span lang=\"en\" dir=\"ltr\">nobody reaches &#39;x&#39;</span>");
    }

    @Test
    void aPersianPageHasNoEnglishChromeLeft() throws IOException {
        String html = everySection(in("fa"));
        java.util.Properties english = dev.journeymaps.render.words.Bundles.load("ReportWords");
        java.util.Properties persian = dev.journeymaps.render.words.Bundles.load("ReportWords_fa");
        List<String> left = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            if (en.equals(persian.getProperty(key))) {
                continue;
            }
            for (String part : en.split("\\{\\d+}")) {
                String escaped = part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\"", "&quot;").replace("'", "&#39;");
                boolean whole = part.equals(en);
                if ((whole && (html.contains(">" + escaped + "<") || html.contains("=\"" + escaped + "\"")
                                || html.contains(":\"" + escaped + "\"")))
                        || (part.strip().length() >= 10 && html.contains(escaped))) {
                    left.add(key + ": " + part);
                }
            }
        }
        assertThat(left).as("English words in a Persian page").isEmpty();
    }

    @Test
    void theMachinesLanguageNeverMatters() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMAN);
            assertThat(report.render(in("sv"))).contains(">Personas<", ">Hotspots<", ">The journey in words<")
                    .doesNotContain("Kontaktpunkte");
            assertThat(report.render(in("fa"))).contains(">روایت سفر<");
            assertThat(report.render(in("it"))).contains("Punteggio dell&#39;esperienza:", ">Punti critici<");
            assertThat(report.render(in("hr"))).contains(">Persone<", ">Dodirne točke<", ">Trenje<", ">Žarišta<");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void userTextInTranslatedWordsIsEscapedExactlyOnce() {
        Journey hostile = Journey.builder("x", "سفر").lang("fa")
                .persona("p", "<script>alert(1)</script>")
                .stage("s", "مرحله", st -> st.goal("<img src=x onerror=alert(1)>")
                        .touchpoint("t", "<b>Tom & Jerry</b>", t -> t.actors("p").emotion(Emotion.HAPPY).effort(3)
                                .painPoint("<i>'x'</i>", Severity.HIGH)))
                .build();
        String html = report.render(hostile);
        assertThat(html).contains("برای &lt;script&gt;alert(1)&lt;/script&gt;",
                "هدف: &lt;img src=x onerror=alert(1)&gt;", "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;",
                "&lt;i&gt;&#39;x&#39;&lt;/i&gt; (زیاد)");
        assertThat(html).doesNotContain("<script>alert", "<img src", "<b>Tom", "&amp;lt;", "&amp;amp;", "&amp;#39;");
    }

    @Test
    void sameJourneyGivesTheSameBytes() {
        assertThat(report.render(example)).isEqualTo(new HtmlReport().render(example));
    }

    @Test
    void hostileTextNeverBecomesMarkupOrScript() {
        for (long seed = 1; seed <= 60; seed++) {
            Journey journey = RandomJourneys.generate(seed);
            String html = report.render(journey);
            Matcher m = BLOCK.matcher(html);
            int scripts = 0;
            while (m.find()) {
                if (m.group(1).equals("script")) {
                    scripts++;
                }
            }
            assertThat(scripts).as("seed %d", seed).isEqualTo(2);
            assertThat(html).as("seed %d", seed).doesNotContain("<script>alert", "<img", "javascript:");
            String data = html.substring(html.indexOf("id=\"journey-data\">"), html.indexOf("</script>",
                    html.indexOf("id=\"journey-data\">")));
            assertThat(data).as("seed %d", seed).doesNotContain("<", "\u2028", "\u2029").contains("touchpoints");
        }
    }

    @Test
    void scriptJsonEscapesWhatHtmlWouldActOn() {
        assertThat(ScriptJson.of(List.of("</script><!--&\u2028\u2029")))
                .isEqualTo("[\"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029\"]");
    }
}
