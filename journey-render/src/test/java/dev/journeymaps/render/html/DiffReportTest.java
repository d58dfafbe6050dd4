package dev.journeymaps.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.diff.JourneyDiffer;
import dev.journeymaps.model.testing.ExampleJourneys;
import org.junit.jupiter.api.Test;

class DiffReportTest {

    private static String page(String lang) {
        Journey e = ExampleJourneys.damagedDelivery();
        Journey j = new Journey(e.id(), e.title(), e.description(), lang, e.personas(), e.stages(),
                SourceLocation.UNKNOWN);
        return new DiffReport().render(j, j, JourneyDiffer.compare(j, Analyzer.analyze(j, AnalysisOptions.of(j)), j,
                Analyzer.analyze(j, AnalysisOptions.of(j))));
    }

    @Test
    void comparesInTheFutureStatesLanguage() {
        assertThat(page("fa")).contains("<html lang=\"fa\" dir=\"rtl\">", ">هر دو وضعیت روی یک نقشه<",
                        ">کانون‌های اصطکاک<", ">چه بر سرش آمد<", ">بدون تغییر<", "امتیاز تجربه ")
                .doesNotContain(">Both states on one map<", ">What became of it<", ">unchanged<", "Experience score");
        assertThat(page("en")).contains(">Both states on one map<", ">Touchpoints, current → future<",
                "Current vs future state: Online order arrives damaged", ">unchanged<", "Experience score 70 → 70 (+0)");
    }
}
