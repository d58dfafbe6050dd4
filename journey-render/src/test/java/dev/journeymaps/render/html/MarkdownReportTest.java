package dev.journeymaps.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.render.words.Words;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private final MarkdownReport report = new MarkdownReport();

    @Test
    void tellsTheJourneyStageByStageWithATablePerStage() {
        Journey journey = ExampleJourneys.damagedDelivery();
        String md = report.render(journey);
        assertThat(md).startsWith("# Online order arrives damaged\n\n");
        assertThat(md).contains("## The journey, stage by stage", "### Awareness",
                "| Touchpoint | Channel | Who | Feels | Effort | Pain points | Opportunities |", "## Actions");
        assertThat(md).endsWith("\n").doesNotContain("\r");
    }

    @Test
    void saysWhatTheLossesCostAndWhatToFixFirstWithTheHtmlReportsFiguresAndWords() {
        Journey journey = ExampleJourneys.damagedDelivery();
        AnalysedJourney analysed = AnalysedJourney.of(journey);
        Words words = Words.forReport("en");
        List<String> business = AnalysisView.business(analysed.analysis(), words);
        List<Map<String, Object>> fixFirst = AnalysisView.fixFirst(journey, analysed.analysis(), words);
        assertThat(business).isNotEmpty();
        assertThat(fixFirst).isNotEmpty();

        String md = report.render(analysed, List.of());

        assertThat(md).contains("## Hotspots\n\n", "### Fix first\n\n");
        business.forEach(line -> assertThat(md).contains("- " + MarkdownReport.escape(line) + "\n"));
        for (int i = 0; i < fixFirst.size(); i++) {
            assertThat(md).contains((i + 1) + ". " + MarkdownReport.escape(fixFirst.get(i).get("name").toString())
                    + ": " + MarkdownReport.escape(fixFirst.get(i).get("text").toString()) + "\n");
        }
        assertThat(md.indexOf("### Fix first")).isLessThan(md.indexOf("## Actions"));
    }

    @Test
    void tellsAPersianJourneyInPersian() {
        Journey english = ExampleJourneys.damagedDelivery();
        Journey persian = new Journey(english.id(), english.title(), english.description(), "fa",
                english.personas(), english.stages(), english.location());
        String md = report.render(persian);
        assertThat(md).contains("## پرسوناها", "## سفر، مرحله به مرحله", "| نقطه تماس | کانال | چه کسی |",
                "## اقدامات", "- اهداف: Get a working desk lamp this week", "هدف مشتری: Find a lamp")
                .doesNotContain("## Personas", "The journey, stage by stage", "| Touchpoint |", "The customer");
    }

    @Test
    void escapesEverythingMarkdownWouldActOn() {
        assertThat(MarkdownReport.escape("a|b *c* _d_ [x](y) <b> `e` #f & ~g~ ![i]"))
                .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\[x\\](y) \\<b\\> \\`e\\` \\#f \\& \\~g\\~ \\!\\[i\\]");
        assertThat(MarkdownReport.escape("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownReport.escape("1. not numbered")).isEqualTo("1\\. not numbered");
        assertThat(MarkdownReport.escape("two\nlines\r\n")).isEqualTo("two lines");
    }

    @Test
    void userTextNeverBreaksATableRow() {
        for (long seed = 1; seed <= 100; seed++) {
            String md = report.render(RandomJourneys.generate(seed));
            for (String line : md.split("\n")) {
                if (line.startsWith("| ")) {
                    long cells = line.replace("\\|", "").chars().filter(c -> c == '|').count();
                    assertThat(cells).as("seed %d: %s", seed, line).isEqualTo(8);
                }
            }
            // Every < is escaped, so no HTML can start: drop escaped pairs, and none may be left.
            assertThat(md.replace("\\\\", "").replace("\\<", "")).as("seed %d", seed).doesNotContain("<");
        }
    }
}
