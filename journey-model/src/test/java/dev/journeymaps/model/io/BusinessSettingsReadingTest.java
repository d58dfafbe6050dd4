package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.Outcome;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.validate.Problem;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BusinessSettingsReadingTest {

    private static final String JOURNEY = """
            journey:
              id: checkout-loss
              title: Checking out
              customers: {count: 4000, per: month}
              value:
                annual-revenue: 180
                churn: {start: 2400, end: 2100, per: quarter}
                acquisition-cost: 35
                currency: EUR
              targets: {csat: 75, nps: 20, ces: 60, first-contact-resolution: 70, response-time: 1h,
                        resolution-time: 2d}
            stages:
              - id: purchase
                name: Purchase
                touchpoints:
                  - id: checkout
                    name: Checks out
                    targets: {csat: 90}
                    next: [{to: done, share: 0.8}, {to: gives-up, share: 0.2}]
                  - {id: gives-up, name: Gives up, emotion: angry, outcome: abandoned}
                  - {id: done, name: Done, outcome: completed}
            """;

    private static ReadResult read(String yaml) {
        return JourneyReader.read(yaml, "map.yaml");
    }

    @Test
    void readsCustomersValueTargetsAndOutcomesAndWritesThemBack() {
        ReadResult result = read(JOURNEY);
        assertThat(result.problems()).isEmpty();
        Journey j = result.journey().orElseThrow();
        JourneySettings s = j.settings();
        assertThat(s.customers()).contains(new JourneySettings.Customers(4000, "month"));
        JourneySettings.CustomerValue v = s.value().orElseThrow();
        assertThat(v.annualRevenue()).isEqualTo(OptionalDouble.of(180));
        assertThat(v.churnStart()).isEqualTo(OptionalLong.of(2400));
        assertThat(v.churnEnd()).isEqualTo(OptionalLong.of(2100));
        assertThat(v.churnPeriod()).isEqualTo("quarter");
        assertThat(v.currency()).isEqualTo("EUR");
        assertThat(s.targets().csat()).isEqualTo(OptionalDouble.of(75));
        assertThat(s.targets().resolutionTime()).contains(Duration.ofDays(2));
        assertThat(s.responseTimeTarget()).contains(Duration.ofHours(1));
        Touchpoint checkout = j.touchpoint("checkout").orElseThrow();
        assertThat(checkout.targets().csat()).isEqualTo(OptionalDouble.of(90));
        assertThat(j.touchpoint("gives-up").orElseThrow().outcome()).contains(Outcome.ABANDONED);
        assertThat(j.touchpoint("done").orElseThrow().exit()).isTrue();

        Journey again = read(JourneyWriter.toYaml(j)).journey().orElseThrow();
        assertThat(again.withoutLocations()).isEqualTo(j.withoutLocations());
    }

    @Test
    void anOutcomeWithNextStepsIsAConflict() {
        List<Problem> problems = read(JOURNEY.replace("targets: {csat: 90}", "outcome: completed")).problems();
        assertThat(problems).extracting(Problem::code).containsExactly("format.conflict");
        assertThat(problems.get(0).location().line()).isEqualTo(18);
    }

    @Test
    void anUnknownOutcomeNamesTheNearest() {
        Problem p = read(JOURNEY.replace("outcome: abandoned", "outcome: abandonned")).problems().get(0);
        assertThat(p.code()).isEqualTo("format.bad-value");
        assertThat(p.hint()).contains("abandoned");
    }

    @Test
    void valueNeedsALifetimeValueOrItsInputs() {
        List<Problem> problems = read(JOURNEY.replace("annual-revenue: 180", "currency-code: 1")
                .replace("    churn: {start: 2400, end: 2100, per: quarter}\n", "")).problems();
        assertThat(problems).extracting(Problem::code).contains("format.unknown-key", "format.missing-key");
    }

    @Test
    void churnEndMustBeBelowStartAndCountsPositive() {
        assertThat(read(JOURNEY.replace("end: 2100", "end: 2500")).problems())
                .extracting(Problem::code).containsExactly("format.missing-key", "range.value");
        assertThat(read(JOURNEY.replace("count: 4000", "count: 0")).problems())
                .extracting(Problem::code).containsExactly("range.value");
        assertThat(read(JOURNEY.replace("per: month", "per: fortnight")).problems())
                .extracting(Problem::code).containsExactly("format.bad-value");
    }

    @Test
    void aTargetTimeMustBeAboveZero() {
        Problem p = read(JOURNEY.replace("response-time: 1h", "response-time: 0m")).problems().get(0);
        assertThat(p.code()).isEqualTo("format.bad-duration");
        assertThat(p.message()).isEqualTo("'0m' is not a duration above zero");
    }
}
