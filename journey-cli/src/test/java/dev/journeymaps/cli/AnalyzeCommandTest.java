package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AnalyzeCommandTest {

    /** The sample with two months of survey answers; run from its folder, so its answers are inside the root. */
    final Path samples = Cli.projectFile("journey-samples/src/main/resources/samples");

    @Test
    void analysesEachMonthAndTheTrendSinceThePreviousOne() {
        Cli.Run run = Cli.run(samples, "analyze", "kafic-csat.yaml", "--period", "month");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("\"periods\" : [")
                .contains("\"period\" : \"2026-10\"", "\"period\" : \"2026-11\"")
                .contains("\"trends\" : [")
                .contains("\"previous-period\" : \"2026-10\"")
                .contains("\"interval\" : [", "\"low-confidence\" : ", "\"choice\" : \"enough-responses\"")
                .contains("\"min-responses\" : 30");
    }

    @Test
    void groupsByIsoWeekAndQuarter() {
        assertThat(Cli.run(samples, "analyze", "kafic-csat.yaml", "--period", "week").out())
                .contains("\"period\" : \"2026-W40\"", "\"period\" : \"2026-W48\"");
        assertThat(Cli.run(samples, "analyze", "kafic-csat.yaml", "--period", "QUARTER").out())
                .contains("\"period\" : \"2026-Q4\"").doesNotContain("\"trends\"");
    }

    @Test
    void keepsOnlyTheAnswersBetweenSinceAndUntil() {
        Cli.Run run = Cli.run(samples, "analyze", "kafic-csat.yaml", "--since", "2026-11-01", "--until",
                "2026-11-30");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"period\" : \"2026-11\"").doesNotContain("\"period\" : \"2026-10\"");
    }

    @Test
    void refusesAnUnknownPeriodAndAnEmptyWindowAsUsageErrors() {
        Cli.Run period = Cli.run(samples, "analyze", "kafic-csat.yaml", "--period", "fortnight");
        assertThat(period.exit()).isEqualTo(1);
        assertThat(period.err()).contains("'fortnight' is not a period: use week, month or quarter");
        assertThat(period.out()).isEmpty();

        Cli.Run window = Cli.run(samples, "analyze", "kafic-csat.yaml", "--since", "2026-12-01", "--until",
                "2026-11-01");
        assertThat(window.exit()).isEqualTo(1);
        assertThat(window.err()).contains("--since 2026-12-01 is after --until 2026-11-01");
    }

    @Test
    void personaGivesThatPersonasRouteToAnalyzeAndHotspotsAndAnUnknownOneIsAUsageError() {
        Cli.Run whole = Cli.run(samples, "analyze", "social-customer-care.yaml", "--format", "json");
        assertThat(whole.exit()).as(whole.err()).isZero();
        assertThat(whole.out()).contains("\"personas\" : [", "\"id\" : \"noor\"", "\"share\" : 0.25",
                "\"share-source\" : \"stated\"");

        Cli.Run noor = Cli.run(samples, "analyze", "social-customer-care.yaml", "--persona", "noor", "--format",
                "json");
        assertThat(noor.exit()).as(noor.err()).isZero();
        // Noor's route: her own touchpoints only, reached by all of her customers
        assertThat(noor.out()).contains("\"id\" : \"dm-question\"", "\"id\" : \"sales-reply\"")
                .doesNotContain("\"id\" : \"public-post\"", "\"id\" : \"tech-reply\"", "\"personas\"");

        Cli.Run hotspots = Cli.run(samples, "hotspots", "social-customer-care.yaml", "--persona", "tomas",
                "--format", "csv");
        assertThat(hotspots.exit()).as(hotspots.err()).isZero();
        assertThat(hotspots.out()).doesNotContain("sales-reply", "dm-question");

        Cli.Run unknown = Cli.run(samples, "hotspots", "social-customer-care.yaml", "--persona", "nobody");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("--persona 'nobody' is not a persona of this journey; personas: tomas,"
                + " noor");
        assertThat(unknown.out()).isEmpty();
    }
}
