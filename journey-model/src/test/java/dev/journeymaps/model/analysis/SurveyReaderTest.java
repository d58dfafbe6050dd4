package dev.journeymaps.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.AnswerScale;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.io.SurveyReader;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
                        org.assertj.core.groups.Tuple.tuple("survey.out-of-scale", 1, 14),
                        org.assertj.core.groups.Tuple.tuple("survey.unknown-touchpoint", 3, 1),
                        org.assertj.core.groups.Tuple.tuple("survey.unknown-metric", 4, 10),
                        org.assertj.core.groups.Tuple.tuple("survey.bad-value", 5, 23),
                        org.assertj.core.groups.Tuple.tuple("survey.bad-row", 6, 1),
                        org.assertj.core.groups.Tuple.tuple("survey.bad-timestamp", 7, 17));
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.hint()).isNotBlank());
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.location().file()).isEqualTo(file.toString()));
        assertThat(result.problems().get(0).message()).isEqualTo("the nps answer '11' is outside its scale 0-10");
        assertThat(result.problems().get(0).hint()).isEqualTo("NPS is always answered on 0-10");
        assertThat(result.of("unboxing").csat()).isEqualTo(new CustomerSatisfaction(1, 1));
        assertThat(result.byTouchpoint()).containsOnlyKeys("unboxing");
    }

    @Test
    void countsTopBoxOnAThreePointCsatScale() throws IOException {
        // the example: 3,3,2,1 on 1-3 gave 0% when read as 1-5
        SurveyResult result = SurveyReader.read(csv("unboxing,csat,3\nunboxing,csat,3\nunboxing,csat,2\n"
                + "unboxing,csat,1\n"), journey, AnswerScale.ONE_TO_THREE, AnswerScale.ONE_TO_FIVE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.of("unboxing").csat()).isEqualTo(new CustomerSatisfaction(2, 4));
        assertThat(result.of("unboxing").csat().percent()).hasValue(50.0);
    }

    @Test
    void countsEightToTenOnATenPointCsatScale() throws IOException {
        SurveyResult result = SurveyReader.read(csv("unboxing,csat,10\nunboxing,csat,8\nunboxing,csat,7\n"
                + "unboxing,csat,1\nunboxing,csat,9.0\n"), journey, AnswerScale.ONE_TO_TEN, AnswerScale.ONE_TO_FIVE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.of("unboxing").csat()).isEqualTo(new CustomerSatisfaction(3, 5));
    }

    @Test
    void countsFiveToSevenAsEasyOnASevenPointCesScale() throws IOException {
        SurveyResult result = SurveyReader.read(csv("support,ces,7\nsupport,ces,6\nsupport,ces,5\nsupport,ces,4\n"
                + "support,ces,1\n"), journey, AnswerScale.ONE_TO_FIVE, AnswerScale.ONE_TO_SEVEN);
        assertThat(result.problems()).isEmpty();
        assertThat(result.of("support").ces()).isEqualTo(new CustomerEffortScore(3, 5));
    }

    @Test
    void acceptsWholeNumbersWrittenAsDecimalsAndRefusesFractions() throws IOException {
        SurveyResult result = SurveyReader.read(csv("unboxing,csat,4.0\nunboxing,nps,10.00\nunboxing,csat,4.5\n"
                + "unboxing,csat,4.\nunboxing,csat,.5\n"), journey);
        assertThat(result.of("unboxing").csat()).isEqualTo(new CustomerSatisfaction(1, 1));
        assertThat(result.of("unboxing").nps()).isEqualTo(new NetPromoterScore(1, 0, 0));
        assertThat(result.problems()).extracting(Problem::code, p -> p.location().line())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("survey.bad-value", 3),
                        org.assertj.core.groups.Tuple.tuple("survey.bad-value", 4),
                        org.assertj.core.groups.Tuple.tuple("survey.bad-value", 5));
        assertThat(result.problems().get(0).hint()).isEqualTo("a CSAT answer is a whole number on the file's scale, 1-5");
    }

    @Test
    void reportsAnswersOutsideTheDeclaredScaleAtTheirCell() throws IOException {
        Path file = csv("touchpoint,metric,value\nsupport,ces,7\nunboxing,csat,6\n");
        SurveyResult result = SurveyReader.read(file, journey);
        assertThat(result.problems()).extracting(Problem::code, Problem::message, p -> p.location().line(),
                        p -> p.location().column(), Problem::hint)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("survey.out-of-scale",
                                "the ces answer '7' is outside its scale 1-5", 2, 13,
                                "answers on 1-5 are 1 to 5; if the question used another scale, declare it:"
                                        + " scales: {ces: 1-7}"),
                        org.assertj.core.groups.Tuple.tuple("survey.out-of-scale",
                                "the csat answer '6' is outside its scale 1-5", 3, 15,
                                "answers on 1-5 are 1 to 5; if the question used another scale, declare it:"
                                        + " scales: {csat: 1-10}"));
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.isError()).isFalse());
    }

    @Test
    void readsEachFileOnTheScalesItsJourneyDeclares() throws IOException {
        Path yaml = dir.resolve("map.yaml");
        Files.writeString(yaml, dev.journeymaps.model.io.JourneyWriter.toYaml(journey)
                .replaceFirst("journey:\n", "journey:\n  surveys:\n    - file: seven.csv\n"
                        + "      scales: {csat: 1-7}\n    - file: five.csv\n"));
        Files.writeString(dir.resolve("seven.csv"), "unboxing,csat,6\nunboxing,csat,5\n");
        Files.writeString(dir.resolve("five.csv"), "unboxing,csat,5\nunboxing,csat,3\n");
        Journey read = dev.journeymaps.model.io.JourneyReader.read(yaml).journey().orElseThrow();
        SurveyResult result = SurveyReader.readFor(read, yaml, dev.journeymaps.model.io.SourceRoot.of(dir));
        assertThat(result.problems()).isEmpty();
        assertThat(result.of("unboxing").csat()).isEqualTo(new CustomerSatisfaction(2, 4));
    }

    @Test
    void groupsDatedAnswersByPeriodAndKeepsUndatedOnesInTheTotals() throws IOException {
        Path file = csv("""
                touchpoint,metric,value,timestamp
                unboxing,csat,5,2026-10-05
                unboxing,csat,1,2026-10-31T23:30:00-05:00
                unboxing,csat,4,2026-11-02T08:00:00Z
                support,nps,10,2026-12-31
                unboxing,csat,2
                """);
        JourneySettings.SurveyFile onFive = new JourneySettings.SurveyFile(file.toString(), SourceLocation.UNKNOWN);
        SurveyResult months = SurveyReader.read(file, journey, onFive, SurveyOptions.DEFAULTS);
        assertThat(months.problems()).isEmpty();
        assertThat(months.byPeriod().keySet()).extracting(SurveyPeriod::label)
                .containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(months.of(SurveyPeriod.of(PeriodUnit.MONTH, LocalDate.of(2026, 10, 1))).of("unboxing").csat())
                .isEqualTo(new CustomerSatisfaction(1, 2)); // the written date counts: 31 October, not 1 November UTC
        assertThat(months.of("unboxing").csat()).isEqualTo(new CustomerSatisfaction(2, 4));

        SurveyResult weeks = SurveyReader.read(file, journey, onFive, SurveyOptions.DEFAULTS.withPeriod(PeriodUnit.WEEK));
        assertThat(weeks.byPeriod().keySet()).extracting(SurveyPeriod::label)
                .containsExactly("2026-W41", "2026-W44", "2026-W45", "2026-W53");
        SurveyResult quarters =
                SurveyReader.read(file, journey, onFive, SurveyOptions.DEFAULTS.withPeriod(PeriodUnit.QUARTER));
        assertThat(quarters.byPeriod().keySet()).extracting(SurveyPeriod::label).containsExactly("2026-Q4");
        assertThat(quarters.byTouchpoint()).isEqualTo(months.byTouchpoint());
    }

    @Test
    void keepsOnlyAnswersBetweenSinceAndUntilAndSaysHowManyUndatedOnesWereLeftOut() throws IOException {
        Path file = csv("""
                unboxing,csat,5,2026-10-05
                unboxing,csat,1,2026-11-01
                unboxing,csat,4,2026-11-30
                unboxing,csat,4,2026-12-01
                unboxing,csat,2
                """);
        SurveyResult november = SurveyReader.read(file, journey,
                new JourneySettings.SurveyFile(file.toString(), SourceLocation.UNKNOWN),
                SurveyOptions.DEFAULTS.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(november.of("unboxing").csat()).isEqualTo(new CustomerSatisfaction(1, 2));
        assertThat(november.byPeriod().keySet()).extracting(SurveyPeriod::label).containsExactly("2026-11");
        assertThat(november.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("survey.undated-left-out");
            assertThat(p.message()).isEqualTo("1 answer without a timestamp left out: only dated answers can be"
                    + " inside 2026-11-01..2026-11-30");
        });
    }

    @Test
    void periodsMergeAcrossFilesAsOneFile() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path both = dir.resolve("both.csv");
        Files.writeString(a, "unboxing,nps,9,2026-10-01\nsupport,ces,2,2026-11-01\n");
        Files.writeString(b, "unboxing,nps,4,2026-10-20\nunboxing,csat,5\n");
        Files.writeString(both, "unboxing,nps,9,2026-10-01\nsupport,ces,2,2026-11-01\nunboxing,nps,4,2026-10-20\n"
                + "unboxing,csat,5\n");
        SurveyResult merged = SurveyReader.readAll(java.util.List.of(a, b), journey);
        SurveyResult one = SurveyReader.read(both, journey);
        assertThat(merged.byPeriod()).isEqualTo(one.byPeriod());
        assertThat(merged.byTouchpoint()).isEqualTo(one.byTouchpoint());
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
                "'" + "x".repeat(79) + "…' (2,000,000 characters) is not a valid csat answer",
                "no touchpoint '" + "x".repeat(79) + "…' (2,000,000 characters) in this journey");
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
