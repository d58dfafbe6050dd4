package dev.journeymaps.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.Metrics;
import dev.journeymaps.model.Outcome;
import dev.journeymaps.model.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Abandonment charged to its cause, targets for every metric, customers lost, value at risk and what-ifs. */
class FrictionCostTest {

    private static final double EPS = 1e-9;

    /** entry → step (share lost to "gives-up") → done; both steps neutral with effort 2. */
    private static Journey losing(double lost, Optional<Outcome> outcome, Emotion exitEmotion) {
        return Journey.builder("j", "J")
                .stage("s", "S", s -> s
                        .touchpoint("step", "Step", t -> t.emotion(Emotion.NEUTRAL).effort(2)
                                .next("done", 1 - lost, "").next("gives-up", lost, "gives up"))
                        .touchpoint("gives-up", "Gives up", t -> {
                            t.emotion(exitEmotion);
                            outcome.ifPresentOrElse(t::outcome, t::exit);
                        })
                        .touchpoint("done", "Done", t -> t.emotion(Emotion.HAPPY).outcome(Outcome.COMPLETED)))
                .build();
    }

    private static TouchpointAnalysis step(Journey j, AnalysisOptions options) {
        return Analyzer.analyze(j, options).touchpoint("step").orElseThrow();
    }

    private static ComponentScore component(TouchpointAnalysis t, FrictionComponent c) {
        return t.components().get(c.ordinal());
    }

    @Test
    void losingAFifthWeighsLikeACriticalPainPoint() {
        TouchpointAnalysis t = step(losing(0.2, Optional.of(Outcome.ABANDONED), Emotion.NEUTRAL),
                AnalysisOptions.DEFAULTS);
        ComponentScore a = component(t, FrictionComponent.ABANDONMENT);
        assertThat(a.normalised()).isEqualTo(1.0);
        assertThat(a.input()).isEqualTo("20% of customers here sent to abandoned exits (gives-up)");
        assertThat(a.inputs()).containsExactly(new ComponentScore.Input("abandonment", 20, "%", List.of("gives-up")));
        // effort 0.2 × 0.25 + abandonment 0.3 × 1, over emotion, effort, pain points, drop-off and abandonment (1.15)
        assertThat(t.friction()).isCloseTo(0.35 / 1.15, within(EPS));
        // the same step with a critical pain point instead of the loss scores the same
        Journey painful = Journey.builder("j", "J")
                .stage("s", "S", s -> s
                        .touchpoint("step", "Step", x -> x.emotion(Emotion.NEUTRAL).effort(2)
                                .painPoint("Shipping costs a surprise", Severity.CRITICAL)
                                .next("done", 0.8, "").next("gives-up", 0.2, ""))
                        .touchpoint("gives-up", "Gives up", x -> x.outcome(Outcome.COMPLETED))
                        .touchpoint("done", "Done", x -> x.outcome(Outcome.COMPLETED)))
                .build();
        // pain points are always evidence, abandonment only with a step to an abandoned exit: 0.35 / 0.85
        assertThat(step(painful, AnalysisOptions.DEFAULTS).friction()).isCloseTo(0.35 / 0.85, within(EPS));
    }

    @Test
    void aStepThatLosesAFifthOutranksOneThatLosesLittle() {
        double fifth = step(losing(0.2, Optional.of(Outcome.ABANDONED), Emotion.NEUTRAL), AnalysisOptions.DEFAULTS)
                .friction();
        double little = step(losing(0.02, Optional.of(Outcome.ABANDONED), Emotion.NEUTRAL), AnalysisOptions.DEFAULTS)
                .friction();
        assertThat(fifth).isGreaterThan(little);
        assertThat(step(losing(0.02, Optional.of(Outcome.ABANDONED), Emotion.NEUTRAL), AnalysisOptions.DEFAULTS)
                .components().get(FrictionComponent.ABANDONMENT.ordinal()).normalised()).isCloseTo(0.1, within(EPS));
    }

    @Test
    void aCompletedExitIsNoLoss() {
        TouchpointAnalysis t = step(losing(0.2, Optional.of(Outcome.COMPLETED), Emotion.ANGRY),
                AnalysisOptions.DEFAULTS);
        assertThat(component(t, FrictionComponent.ABANDONMENT).weight()).isZero();
        assertThat(t.customersLost()).isZero();
    }

    @Test
    void aNegativeExitWithoutOutcomeIsReadAsAbandoned() {
        TouchpointAnalysis t = step(losing(0.1, Optional.empty(), Emotion.FRUSTRATED), AnalysisOptions.DEFAULTS);
        assertThat(component(t, FrictionComponent.ABANDONMENT).normalised()).isCloseTo(0.5, within(EPS));
        assertThat(t.customersLost()).isCloseTo(100, within(EPS));
        TouchpointAnalysis calm = step(losing(0.1, Optional.empty(), Emotion.NEUTRAL), AnalysisOptions.DEFAULTS);
        assertThat(component(calm, FrictionComponent.ABANDONMENT).weight()).isZero();
    }

    @Test
    void customersLostCountEveryPassOfALoop() {
        // step passes 50% back to itself, 25% on and 25% to the abandoned exit: 2 passes, half of all customers lost
        Journey j = Journey.builder("j", "J")
                .stage("s", "S", s -> s
                        .touchpoint("step", "Step", t -> t.next("step", 0.5, "").next("done", 0.25, "")
                                .next("gives-up", 0.25, ""))
                        .touchpoint("gives-up", "Gives up", t -> t.outcome(Outcome.ABANDONED))
                        .touchpoint("done", "Done", t -> t.outcome(Outcome.COMPLETED)))
                .build();
        JourneyAnalysis a = Analyzer.analyze(j, AnalysisOptions.DEFAULTS);
        assertThat(a.touchpoint("step").orElseThrow().customersLost()).isCloseTo(500, within(EPS));
        assertThat(a.business().customersLost()).isCloseTo(500, within(EPS));
    }

    @Test
    void aTimeMissGrowsWithItsSizeSoNineHoursAgainstOneIsCritical() {
        Journey j = Journey.builder("j", "J")
                .stage("s", "S", s -> s.touchpoint("reply", "Reply", t -> t.emotion(Emotion.NEUTRAL)
                        .responseTime(Duration.ofHours(9))))
                .build();
        AnalysisOptions options = AnalysisOptions.DEFAULTS.withResponseTimeTarget(Duration.ofHours(1));
        TouchpointAnalysis t = Analyzer.analyze(j, options).touchpoint("reply").orElseThrow();
        ComponentScore slow = component(t, FrictionComponent.SLOW_RESPONSE);
        assertThat(slow.normalised()).isEqualTo(1.0);
        // weighs like a critical pain point: 0.3 × 1 over emotion 0.3, pain points 0.3, drop-off 0.05, slow 0.3
        assertThat(slow.contribution()).isCloseTo(0.3 / 0.95, within(EPS));
        assertThat(FrictionRules.timeMiss(2 * 3600, 3600)).isEqualTo(0.5);
        assertThat(FrictionRules.timeMiss(1.5 * 3600, 3600)).isEqualTo(0.25);
    }

    @Test
    void aScoreMissIsPointsShortOverFortyOrEightyForNps() {
        assertThat(FrictionRules.scoreMiss("csat", 60, 80)).isEqualTo(0.5);
        assertThat(FrictionRules.scoreMiss("nps", 0, 40)).isEqualTo(0.5);
        assertThat(FrictionRules.scoreMiss("ces", 90, 80)).isNegative();
    }

    @Test
    void aTouchpointsTargetsReplaceTheJourneysMetricByMetric() {
        Metrics journey = new Metrics(OptionalDouble.of(80), OptionalDouble.of(20), OptionalDouble.empty(),
                OptionalDouble.empty(), Optional.of(Duration.ofHours(4)), Optional.empty());
        Journey j = Journey.builder("j", "J")
                .stage("s", "S", s -> s.touchpoint("desk", "Desk", t -> t.csat(60).nps(-20)
                        .responseTime(Duration.ofHours(6))
                        .targets(new Metrics(OptionalDouble.of(70), OptionalDouble.empty(), OptionalDouble.empty(),
                                OptionalDouble.empty(), Optional.empty(), Optional.empty()))))
                .build();
        TouchpointAnalysis t = Analyzer.analyze(j, AnalysisOptions.DEFAULTS.withTargets(journey))
                .touchpoint("desk").orElseThrow();
        ComponentScore miss = component(t, FrictionComponent.TARGET_MISS);
        // CSAT 10 points below its own target 70 (0.25), NPS 40 below the journey's 20 (0.5): the worse counts
        assertThat(miss.normalised()).isCloseTo(0.5, within(EPS));
        assertThat(miss.input()).isEqualTo(
                "CSAT 60% (authored) against target 70%, NPS -20 (authored) against target 20");
        assertThat(miss.inputs()).extracting(ComponentScore.Input::kind).containsExactly("csat", "nps");
        assertThat(miss.inputs().get(0).args()).containsExactly("60%", "authored", "", "", "70%");
        // 6h against the journey's 4h: (6 − 4) / 8
        assertThat(component(t, FrictionComponent.SLOW_RESPONSE).normalised()).isCloseTo(0.25, within(EPS));
    }

    @Test
    void valuePerCustomerFollowsFromChurnMadeYearly() {
        AnalysisOptions options = AnalysisOptions.DEFAULTS.withBusiness(
                Optional.of(new JourneySettings.Customers(4000, "month")),
                Optional.of(new JourneySettings.CustomerValue(OptionalDouble.empty(), OptionalDouble.of(180),
                        OptionalDouble.empty(), OptionalLong.of(2400), OptionalLong.of(2100), "quarter",
                        OptionalDouble.of(35), "EUR")));
        BusinessEffect b = BusinessEffect.of(options, 10);
        double yearly = 1 - Math.pow(0.875, 4);
        assertThat(b.yearlyChurn().getAsDouble()).isCloseTo(yearly, within(EPS));
        assertThat(b.years().getAsDouble()).isCloseTo(1 / yearly, within(EPS));
        assertThat(b.valuePerCustomer().getAsDouble()).isCloseTo(180 / yearly - 35, within(EPS));
        // 10 per 1,000 of 4,000 a month are 40 customers a month
        assertThat(b.perPeriod(10).getAsDouble()).isCloseTo(40, within(EPS));
        assertThat(b.value(10).getAsDouble()).isCloseTo(40 * (180 / yearly - 35), within(EPS));
    }

    @Test
    void aMeasuredLifetimeValueIsUsedAsItIsAndWithoutCustomersValueIsPerThousand() {
        AnalysisOptions options = AnalysisOptions.DEFAULTS.withBusiness(Optional.empty(),
                Optional.of(JourneySettings.CustomerValue.ofClv(1200, "")));
        BusinessEffect b = BusinessEffect.of(options, 0);
        assertThat(b.valuePerCustomer()).isEqualTo(OptionalDouble.of(1200));
        assertThat(b.perPeriod(10)).isEmpty();
        assertThat(b.value(10)).isEqualTo(OptionalDouble.of(12_000));
    }

    @Test
    void theWhatIfOfALosingHotspotRoutesItsLossOnAndCountsTheCustomersKept() {
        // step: angry, critical pain point, 20% lost; the rest go on to done
        Journey j = Journey.builder("j", "J")
                .stage("s", "S", s -> s
                        .touchpoint("step", "Step", t -> t.emotion(Emotion.ANGRY)
                                .painPoint("Breaks", Severity.CRITICAL).next("done", 0.8, "").next("gives-up", 0.2, ""))
                        .touchpoint("gives-up", "Gives up", t -> t.emotion(Emotion.FRUSTRATED)
                                .outcome(Outcome.ABANDONED))
                        .touchpoint("done", "Done", t -> t.emotion(Emotion.HAPPY).outcome(Outcome.COMPLETED)))
                .build();
        JourneyAnalysis a = Analyzer.analyze(j, AnalysisOptions.DEFAULTS.withBusiness(
                Optional.of(new JourneySettings.Customers(2000, "week")),
                Optional.of(JourneySettings.CustomerValue.ofClv(300, "EUR"))));
        Hotspot h = a.hotspots().get(0);
        assertThat(h.touchpoint().touchpointId()).isEqualTo("step");
        WhatIf w = h.whatIf().orElseThrow();
        // step's friction becomes 0 and nobody reaches gives-up: only done (0) is left, reach 1 and 1 → score 100
        assertThat(w.experienceScore()).isCloseTo(100, within(EPS));
        assertThat(w.gain()).isCloseTo(100 - a.experienceScore(), within(EPS));
        assertThat(w.customersKept()).isCloseTo(200, within(EPS));
        assertThat(w.customersKeptPerPeriod().getAsDouble()).isCloseTo(400, within(EPS));
        assertThat(w.valueKept().getAsDouble()).isCloseTo(120_000, within(EPS));
        assertThat(h.touchpoint().valueAtRisk().getAsDouble()).isCloseTo(120_000, within(EPS));
        assertThat(a.fixFirst()).containsExactly(h);
    }

    @Test
    void theWhatIfOfAHotspotThatLosesNobodyOnlyTakesItsFrictionOut() {
        JourneyAnalysis a = Analyzer.analyze(Journeys.damagedDelivery(), AnalysisOptions.DEFAULTS);
        Hotspot unboxing = a.hotspots().get(0);
        WhatIf w = unboxing.whatIf().orElseThrow();
        double impact = a.touchpoints().values().stream().mapToDouble(TouchpointAnalysis::impact).sum();
        double reach = a.touchpoints().values().stream().mapToDouble(TouchpointAnalysis::reach).sum();
        assertThat(w.experienceScore()).isCloseTo(100 * (1 - (impact - unboxing.touchpoint().impact()) / reach),
                within(EPS));
        assertThat(w.customersKept()).isZero();
    }

    @Test
    void aStepWhoseOnlyWayOnIsGivingUpCompletesThereInItsWhatIf() {
        Journey j = Journey.builder("j", "J")
                .stage("s", "S", s -> s
                        .touchpoint("step", "Step", t -> t.emotion(Emotion.ANGRY).next("gives-up", 0.5, ""))
                        .touchpoint("gives-up", "Gives up", t -> t.outcome(Outcome.ABANDONED)))
                .build();
        WhatIf w = Analyzer.analyze(j, AnalysisOptions.DEFAULTS).hotspots().get(0).whatIf().orElseThrow();
        assertThat(w.customersKept()).isCloseTo(500, within(EPS));
    }
}
