package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.io.SurveyReader;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.TextLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics lane shows the figures the analysis uses, a survey figure with its number of answers. */
class MetricsOnMapTest {

    private final Journey example = fewAnswersSuffice(ExampleJourneys.damagedDelivery());

    /** The example with journey.analysis.min-responses 1: these tests show a handful of answers in use. */
    private static Journey fewAnswersSuffice(Journey j) {
        return new Journey(j.id(), j.title(), j.description(), j.lang(), j.personas(), j.stages(), j.location(),
                j.settings().toBuilder().minResponses(java.util.OptionalInt.of(1)).build());
    }


    @TempDir
    Path dir;

    /** 24 CSAT answers about the unboxing, 10 of them satisfied (4 or 5): 41.7%. */
    static Path answers(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("touchpoint,metric,value\n");
        for (int i = 0; i < 24; i++) {
            csv.append("unboxing,csat,").append(i < 10 ? 5 : 2).append('\n');
        }
        return Files.writeString(dir.resolve("answers.csv"), csv, StandardCharsets.UTF_8);
    }

    private static List<String> metricTexts(Scene scene) {
        return SceneChecks.texts(scene).stream().filter(t -> t.role() == Role.METRIC_TEXT)
                .map(t -> t.lines().stream().map(TextLine::text).collect(Collectors.joining(" ")))
                .toList();
    }

    @Test
    void aSurveyFigureShowsWithItsNumberOfAnswersInsteadOfTheAuthoredOne() throws IOException {
        AnalysedJourney analysed = AnalysedJourney.of(example, SurveyReader.read(answers(dir), example));

        List<String> texts = metricTexts(JourneyLayout.layout(analysed, RenderOptions.defaults()));

        assertThat(texts).contains("CSAT 41.7% · n=24", "NPS -35").doesNotContain("CSAT 41%");
    }

    @Test
    void authoredFiguresShowAsWrittenWithoutSurveyAnswers() {
        List<String> texts = metricTexts(JourneyLayout.layout(example, RenderOptions.defaults()));

        assertThat(texts).contains("CSAT 41%", "NPS -35").noneMatch(t -> t.contains("n="));
    }

    @Test
    void aMeasuredTimeShowsAsADurationWithItsNumberOfAnswers() throws IOException {
        Path csv = Files.writeString(dir.resolve("times.csv"), "unboxing,response-time,2h\nunboxing,response-time,6h\n");
        AnalysedJourney analysed = AnalysedJourney.of(example, SurveyReader.read(csv, example));

        List<String> texts = metricTexts(JourneyLayout.layout(analysed, RenderOptions.defaults()));

        assertThat(texts).contains("Response 4h · n=2", "CSAT 41%").doesNotContain("Response 26h");
    }
}
