package dev.journeymaps.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.Metrics;
import dev.journeymaps.model.Outcome;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.analysis.ComponentScore;
import dev.journeymaps.render.words.Words;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Friction explanations, customers lost and what to fix first, in the report's language. */
class ExplanationWordsTest {

    private static final Pattern EXPLAIN = Pattern.compile("<ul class=\"explain\">(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern FIX_FIRST = Pattern.compile("<ol id=\"fix-first\"[^>]*>(.*?)</ol>", Pattern.DOTALL);

    /** A desk that answers slowly, misses its CSAT target, hurts and sends a fifth of its customers away. */
    private static Journey desk(String lang) {
        Journey j = Journey.builder("desk", "Desk")
                .lang(lang)
                .persona("ana", "Ana")
                .persona("ivo", "Ivo")
                .stage("s", "S", s -> s
                        .touchpoint("desk", "Desk", t -> t.emotion("ana", Emotion.ANGRY).emotion("ivo", Emotion.ANGRY)
                                .effort(4).painPoint("Queue", Severity.HIGH).csat(40).nps(-30)
                                .responseTime(Duration.ofHours(9))
                                .targets(new Metrics(OptionalDouble.of(80), OptionalDouble.empty(),
                                        OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(),
                                        Optional.empty()))
                                .next("done", 0.8, "").next("gives-up", 0.2, ""))
                        .touchpoint("gives-up", "Gives up", t -> t.outcome(Outcome.ABANDONED))
                        .touchpoint("done", "Done", t -> t.emotion(Emotion.HAPPY).outcome(Outcome.COMPLETED)))
                .build();
        return new Journey(j.id(), j.title(), j.description(), j.lang(), j.personas(), j.stages(), j.location(),
                j.settings().withBusiness(new Metrics(OptionalDouble.empty(), OptionalDouble.empty(),
                                OptionalDouble.empty(), OptionalDouble.empty(), Optional.of(Duration.ofHours(1)),
                                Optional.empty()),
                        Optional.of(new JourneySettings.Customers(12000, "month")),
                        Optional.of(JourneySettings.CustomerValue.ofClv(1200, "EUR"))));
    }

    private static String all(Pattern p, String html) {
        StringBuilder out = new StringBuilder();
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.append(m.group(1));
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hr", "it", "fa", "eu", "su"})
    void explainsFrictionWithoutEnglishWords(String lang) {
        String html = new HtmlReport().render(desk(lang));
        String explained = all(EXPLAIN, html);
        assertThat(explained).isNotBlank();
        assertThat(explained).doesNotContain("of customers", "pain point", "worst", "authored", "survey", "answers",
                "against target", "not given", "mean ", "response time", "weight", "abandoned exits");
        String fix = all(FIX_FIRST, html);
        assertThat(fix).isNotBlank().doesNotContain("experience score", "keeps", "worth", "customers");
    }

    @Test
    void saysTheInputsInEnglishAsTheAnalysisDoes() {
        String html = new HtmlReport().render(desk("en"));
        assertThat(all(EXPLAIN, html)).contains("abandonment: 20% of customers here sent to abandoned exits (gives-up)",
                "pain-points: 1 pain point, worst high", "negative-emotion: mean -2 over 2 personas",
                "target-miss: CSAT 40% (authored) against target 80%",
                "slow-response: response time 9h (authored) against target 1h");
        // 200 of 1,000 lost, 12,000 a month: 2,400 customers × 1,200 EUR
        assertThat(html).contains("Customers lost at abandoned exits: 200 of every 1,000 (2\u202f400 a month)",
                "Value at risk: 2\u202f880\u202f000 EUR a month");
        assertThat(all(FIX_FIRST, html)).contains("keeps 200 of every 1,000 customers (2\u202f400 a month)",
                "worth 2\u202f880\u202f000 EUR");
    }

    @Test
    void putsEachInputInTheLanguagesWords() {
        Words hr = Words.forReport("hr");
        assertThat(hr.input(new ComponentScore.Input("emotion", -2, "", List.of("angry")))).isEqualTo("ljutito (-2)");
        assertThat(hr.input(new ComponentScore.Input("csat", 54.2, "%", List.of("54.2%", "survey", "48", "", "70%"))))
                .isEqualTo("CSAT 54.2% (anketa, n=48) naspram cilja 70%");
        assertThat(Words.forReport("it").input(new ComponentScore.Input("abandonment", 15, "%", List.of("odustaje"))))
                .isEqualTo("15% dei clienti qui va verso uscite di abbandono (odustaje)");
    }
}
