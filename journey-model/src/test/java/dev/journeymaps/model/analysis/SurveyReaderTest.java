package dev.journeymaps.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.io.SurveyReader;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyReaderTest {

    @TempDir
    Path dir;

    private final Journey journey = Journeys.damagedDelivery();

    private Path csv(String text) throws IOException {
        Path file = dir.resolve("responses.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void summarisesEveryMetricPerTouchpoint() throws IOException {
        SurveyResult result = SurveyReader.read(csv("""
                touchpoint,metric,value,timestamp
                unboxing,nps,3,2026-11-01T10:00:00Z
                unboxing,nps,9,2026-11-02
                unboxing,csat,2
                unboxing,csat,5
                support,ces,4
                support,response-time,2h
                support,response-time,6h
                support,resolution-time,1d
                support,resolved-first-contact,yes
                support,resolved-first-contact,false
                """), journey);
        assertThat(result.problems()).isEmpty();
        assertThat(result.byTouchpoint()).containsOnlyKeys("unboxing", "support");
        TouchpointSurvey unboxing = result.of("unboxing");
        assertThat(unboxing.nps()).isEqualTo(new NetPromoterScore(1, 0, 1));
        assertThat(unboxing.csat()).isEqualTo(new CustomerSatisfaction(1, 2));
        TouchpointSurvey support = result.of("support");
        assertThat(support.ces()).isEqualTo(new CustomerEffortScore(1, 1));
        assertThat(support.responseTime().average()).contains(Duration.ofHours(4));
        assertThat(support.resolutionTime().average()).contains(Duration.ofDays(1));
        assertThat(support.firstContactResolution()).isEqualTo(new FirstContactResolution(1, 2));
        assertThat(result.of("refund")).isEqualTo(TouchpointSurvey.EMPTY);
    }

    @Test
    void reportsBadRowsWithFileAndLineAndKeepsTheGoodOnes() throws IOException {
        Path file = csv("""
                unboxing,nps,11
                unboxing,csat,4
                unboxin,csat,4
                unboxing,mood,4
                support,response-time,soon
                support,csat
                unboxing,csat,5,yesterday
                """);
        SurveyResult result = SurveyReader.read(file, journey);
        assertThat(result.problems())
                .extracting(Problem::code, p -> p.location().line(), p -> p.location().column())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("survey.bad-value", 1, 14),
                        org.assertj.core.groups.Tuple.tuple("survey.unknown-touchpoint", 3, 1),
                        org.assertj.core.groups.Tuple.tuple("survey.unknown-metric", 4, 10),
                        org.assertj.core.groups.Tuple.tuple("survey.bad-value", 5, 23),
                        org.assertj.core.groups.Tuple.tuple("survey.bad-row", 6, 1),
                        org.assertj.core.groups.Tuple.tuple("survey.bad-timestamp", 7, 17));
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.hint()).isNotBlank());
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.location().file()).isEqualTo(file.toString()));
        assertThat(result.problems().get(0).message()).isEqualTo("'11' is not a valid nps answer");
        assertThat(result.problems().get(0).hint()).isEqualTo("an NPS answer is a whole number from 0 to 10");
        assertThat(result.of("unboxing").csat()).isEqualTo(new CustomerSatisfaction(1, 1));
        assertThat(result.byTouchpoint()).containsOnlyKeys("unboxing");
    }

    @Test
    void reportsAMissingFileAsAnErrorInsteadOfThrowing() {
        SurveyResult result = SurveyReader.read(dir.resolve("nowhere.csv"), journey);
        assertThat(result.byTouchpoint()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("survey.unreadable");
            assertThat(p.isError()).isTrue();
        });
    }

    @Test
    void reportsAFolderAsAnUnreadableFileWithoutOpeningIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("answers.csv"));
        SurveyResult result = SurveyReader.read(folder, journey);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("survey.unreadable");
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).isEqualTo("cannot read survey file '" + folder + "': not a regular file");
            assertThat(p.location().file()).isEqualTo(folder.toString());
        });
    }

    @Test
    void echoesAtMostEightyCharactersOfAHugeCell() throws IOException {
        String huge = "x".repeat(2_000_000);
        SurveyResult result = SurveyReader.read(csv("unboxing,csat," + huge + "\n" + huge + ",csat,4\n"), journey);
        assertThat(result.problems()).extracting(Problem::message).containsExactly(
                "'" + "x".repeat(80) + "…' (2000000 characters) is not a valid csat answer",
                "no touchpoint '" + "x".repeat(80) + "…' (2000000 characters) in this journey");
    }

    @Test
    void reportsAnUnclosedQuoteAsMalformed() throws IOException {
        SurveyResult result = SurveyReader.read(csv("unboxing,csat,4\n\"unboxing,csat,5\n"), journey);
        assertThat(result.of("unboxing").csat().responses()).isEqualTo(1);
        assertThat(result.problems()).extracting(Problem::code).containsExactly("survey.malformed");
    }

    @Test
    void countsProblemsBeyondTheCapInOneLastProblem() throws IOException {
        Path file = csv("unboxing,nps,x\n".repeat(SurveyReader.MAX_PROBLEMS_PER_FILE + 5));
        SurveyResult result = SurveyReader.read(file, journey);
        assertThat(result.problems()).hasSize(SurveyReader.MAX_PROBLEMS_PER_FILE + 1);
        assertThat(result.problems().get(SurveyReader.MAX_PROBLEMS_PER_FILE).message())
                .isEqualTo("5 more rows of this file were skipped");
    }

    @Test
    void twoFilesReadTogetherEqualOneFileWithBothRows() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path both = dir.resolve("both.csv");
        Files.writeString(a, "unboxing,nps,9\nsupport,ces,2\n");
        Files.writeString(b, "unboxing,nps,4\nunboxing,csat,5\n");
        Files.writeString(both, "unboxing,nps,9\nsupport,ces,2\nunboxing,nps,4\nunboxing,csat,5\n");
        assertThat(SurveyReader.readAll(java.util.List.of(a, b), journey).byTouchpoint())
                .isEqualTo(SurveyReader.read(both, journey).byTouchpoint());
    }
}
