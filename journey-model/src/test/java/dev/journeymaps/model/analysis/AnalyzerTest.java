package dev.journeymaps.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Severity;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    private static final double EPS = 1e-12;

    @Test
    void explainsEveryComponentOfTheUnboxingScore() {
        JourneyAnalysis analysis = Analyzer.analyze(Journeys.damagedDelivery(), AnalysisOptions.DEFAULTS);
        TouchpointAnalysis unboxing = analysis.touchpoint("unboxing").orElseThrow();

        assertThat(unboxing.components())
                .extracting(ComponentScore::component, ComponentScore::input)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FrictionComponent.NEGATIVE_EMOTION, "angry (-2)"),
                        org.assertj.core.groups.Tuple.tuple(FrictionComponent.EFFORT, "not given"),
                        org.assertj.core.groups.Tuple.tuple(FrictionComponent.PAIN_POINTS, "1 pain point, worst high"),
                        org.assertj.core.groups.Tuple.tuple(
                                FrictionComponent.DROP_OFF, "0% of customers here not passed on"),
                        org.assertj.core.groups.Tuple.tuple(
                                FrictionComponent.DISSATISFACTION, "CSAT 41% (authored), NPS -35 (authored)"),
                        org.assertj.core.groups.Tuple.tuple(
                                FrictionComponent.SLOW_RESPONSE, "response time 26h, no target set"),
                        org.assertj.core.groups.Tuple.tuple(FrictionComponent.ABANDONMENT, "not given"),
                        org.assertj.core.groups.Tuple.tuple(FrictionComponent.TARGET_MISS, "not given"));
        // with evidence: emotion 0.3, pain points 0.3, drop-off 0.05, dissatisfaction 0.1 (sum 0.75)
        // (0.3 × 1 (angry) + 0.3 × 0.75 (high) + 0.05 × 0 + 0.1 × max(1 − 0.41, (100 + 35) / 200)) / 0.75 = 0.79
        assertThat(unboxing.friction()).isCloseTo(0.79, within(EPS));
        assertThat(unboxing.components().get(FrictionComponent.EFFORT.ordinal()).weight()).isZero();
        assertThat(unboxing.components().get(FrictionComponent.NEGATIVE_EMOTION.ordinal()).weight())
                .isCloseTo(0.4, within(EPS));
        assertThat(unboxing.components().stream().mapToDouble(ComponentScore::contribution).sum())
                .isCloseTo(unboxing.friction(), within(EPS));
        assertThat(unboxing.components()).allSatisfy(c ->
                assertThat(c.contribution()).isCloseTo(c.weight() * c.normalised(), within(EPS)));
        assertThat(unboxing.reach()).isCloseTo(0.9, within(EPS));
        assertThat(unboxing.impact()).isCloseTo(0.79 * 0.9, within(EPS));
        assertThat(unboxing.topComponents()).extracting(ComponentScore::component).containsExactly(
                FrictionComponent.NEGATIVE_EMOTION, FrictionComponent.PAIN_POINTS, FrictionComponent.DISSATISFACTION);
    }

    @Test
    void aResponseTimeTargetMakesSlowResponsesFriction() {
        AnalysisOptions options = AnalysisOptions.DEFAULTS.withResponseTimeTarget(Duration.ofHours(4));
        TouchpointAnalysis unboxing =
                Analyzer.analyze(Journeys.damagedDelivery(), options).touchpoint("unboxing").orElseThrow();
        ComponentScore slow = unboxing.components().get(FrictionComponent.SLOW_RESPONSE.ordinal());
        // (26h − 4h) / (2 × 4h) = 2.75, capped at 1; slow response now has evidence: (0.5925 + 0.3) / 1.05
        assertThat(slow.input()).isEqualTo("response time 26h (authored) against target 4h");
        assertThat(slow.normalised()).isEqualTo(1.0);
        assertThat(unboxing.friction()).isCloseTo(0.8925 / 1.05, within(EPS));
    }

    @Test
    void ranksTheObviousHotspotFirstAndScoresTheJourney() {
        JourneyAnalysis analysis = Analyzer.analyze(Journeys.damagedDelivery(), AnalysisOptions.DEFAULTS);
        assertThat(analysis.hotspots()).extracting(h -> h.touchpoint().touchpointId()).containsExactly("unboxing");
        assertThat(analysis.hotspotRank("unboxing")).contains(1);
        // frustrated 0.3 × 0.5 + effort 3 0.2 × 0.5, over emotion, effort, pain points and drop-off (0.85)
        double support = 0.25 / 0.85;
        assertThat(analysis.touchpoint("support").orElseThrow().friction()).isCloseTo(support, within(EPS));
        // checkout: effort 0.2 × 0.25 and abandonment 0.3 × (5 × 10%), over 0.85 + 0.3 (abandonment has evidence)
        double checkout = (0.05 + 0.15) / 1.15;
        assertThat(analysis.touchpoint("checkout").orElseThrow().friction()).isCloseTo(checkout, within(EPS));
        // Σ friction × reach: checkout, cart-abandoned 0.1 × 0.15 / 0.65, unboxing, support; Σ reach 4.8
        double impact = checkout + 0.1 * 0.15 / 0.65 + 0.9 * 0.79 + 0.9 * support;
        assertThat(analysis.experienceScore()).isCloseTo(100 * (1 - impact / 4.8), within(1e-9));
        assertThat(analysis.stages()).extracting(StageAnalysis::stageId)
                .containsExactly("awareness", "purchase", "delivery", "resolution");
        // delivery: (0.79 × 0.9 + support × 0.9) / 1.8
        assertThat(analysis.stages().get(2).friction()).isCloseTo((0.79 + support) / 2, within(EPS));
    }

    @Test
    void ranksHotspotsByImpactNotFrictionAlone() {
        Journey journey = Journey.builder("returns", "Returning a parcel")
                .stage("return", "Return", s -> s
                        .touchpoint("form", "Fills in the return form", t -> t
                                .emotion(Emotion.ANGRY).effort(5).painPoint("Form loses input", Severity.HIGH)
                                .next("label", 0.95, "").next("fax", 0.05, "old customers"))
                        .touchpoint("fax", "Faxes the form", t -> t
                                .emotion(Emotion.ANGRY).effort(5).painPoint("Needs a fax", Severity.CRITICAL)
                                .next("label"))
                        .touchpoint("label", "Prints the label", t -> t.emotion(Emotion.HAPPY)))
                .build();
        JourneyAnalysis analysis = Analyzer.analyze(journey, AnalysisOptions.DEFAULTS);
        assertThat(analysis.touchpoint("fax").orElseThrow().friction())
                .isGreaterThan(analysis.touchpoint("form").orElseThrow().friction());
        assertThat(analysis.hotspots()).extracting(h -> h.touchpoint().touchpointId()).containsExactly("form", "fax");
    }

    @Test
    void surveyFiguresWithEnoughAnswersOverrideAuthoredOnesAndBothAreKept() {
        SurveyResult surveys = new SurveyResult(Map.of("unboxing", TouchpointSurvey.EMPTY
                .with(CustomerSatisfaction.ofAnswers(5, 5, 5, 1))), java.util.List.of());
        TouchpointAnalysis unboxing = Analyzer.analyze(Journeys.damagedDelivery(),
                        AnalysisOptions.DEFAULTS.withMinResponses(4), surveys)
                .touchpoint("unboxing").orElseThrow();
        assertThat(unboxing.metrics())
                .filteredOn(r -> r.metric().equals("csat"))
                .extracting(MetricReading::source, MetricReading::display, MetricReading::responses, MetricReading::used,
                        MetricReading::lowConfidence, MetricReading::choice)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MetricReading.Source.AUTHORED, "41%", 0L, false, false,
                                MetricReading.Choice.ENOUGH_RESPONSES),
                        org.assertj.core.groups.Tuple.tuple(MetricReading.Source.SURVEY, "75%", 4L, true, false,
                                MetricReading.Choice.ENOUGH_RESPONSES));
        java.util.List<MetricReading> csat =
                unboxing.metrics().stream().filter(r -> r.metric().equals("csat")).toList();
        assertThat(csat.get(1).interval()).isEqualTo(Interval.wilson(3, 4));
        assertThat(csat.get(0).interval()).isEqualTo(Interval.NONE);
        assertThat(unboxing.components().get(FrictionComponent.DISSATISFACTION.ordinal()).input())
                .isEqualTo("CSAT 75% (survey, 4 answers), NPS -35 (authored)");
    }

    @Test
    void twoAnswersDoNotOverrideAnAuthoredFigure() {
        // the complaint: two answers replaced the map's CSAT. Below min-responses (30) the authored one stays.
        SurveyResult surveys = new SurveyResult(Map.of("unboxing", TouchpointSurvey.EMPTY
                .with(CustomerSatisfaction.ofAnswers(5, 5))), java.util.List.of());
        TouchpointAnalysis unboxing = Analyzer.analyze(Journeys.damagedDelivery(), AnalysisOptions.DEFAULTS, surveys)
                .touchpoint("unboxing").orElseThrow();
        assertThat(unboxing.metrics())
                .filteredOn(r -> r.metric().equals("csat"))
                .extracting(MetricReading::source, MetricReading::used, MetricReading::lowConfidence,
                        MetricReading::choice)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MetricReading.Source.AUTHORED, true, false,
                                MetricReading.Choice.TOO_FEW_RESPONSES),
                        org.assertj.core.groups.Tuple.tuple(MetricReading.Source.SURVEY, false, true,
                                MetricReading.Choice.TOO_FEW_RESPONSES));
        assertThat(unboxing.components().get(FrictionComponent.DISSATISFACTION.ordinal()).input())
                .isEqualTo("CSAT 41% (authored), NPS -35 (authored)");
    }

    @Test
    void aFewAnswersAreUsedLowConfidenceWhenNothingIsAuthored() {
        SurveyResult surveys = new SurveyResult(Map.of("support", TouchpointSurvey.EMPTY
                .with(CustomerEffortScore.ofAnswers(5, 1, 2))), java.util.List.of());
        TouchpointAnalysis support = Analyzer.analyze(Journeys.damagedDelivery(), AnalysisOptions.DEFAULTS, surveys)
                .touchpoint("support").orElseThrow();
        assertThat(support.metrics())
                .filteredOn(r -> r.metric().equals("ces"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.used()).isTrue();
                    assertThat(r.lowConfidence()).isTrue();
                    assertThat(r.choice()).isEqualTo(MetricReading.Choice.NOTHING_AUTHORED);
                });
        assertThat(support.components().get(FrictionComponent.EFFORT.ordinal()).input())
                .isEqualTo("CES 33.3% (survey, 3 answers, low confidence)");
    }

    @Test
    void weightsAreRelative() {
        FrictionWeights onlyEmotion = new FrictionWeights(Map.of(FrictionComponent.NEGATIVE_EMOTION, 3.0));
        JourneyAnalysis analysis =
                Analyzer.analyze(Journeys.damagedDelivery(), AnalysisOptions.DEFAULTS.withWeights(onlyEmotion));
        assertThat(analysis.touchpoint("unboxing").orElseThrow().friction()).isEqualTo(1.0);
        assertThat(analysis.touchpoint("support").orElseThrow().friction()).isEqualTo(0.5);
    }

    @Test
    void analysesEachPeriodAndTheTrendBetweenTheLastTwo() {
        SurveyPeriod october = SurveyPeriod.of(PeriodUnit.MONTH, java.time.LocalDate.of(2026, 10, 1));
        SurveyPeriod november = SurveyPeriod.of(PeriodUnit.MONTH, java.time.LocalDate.of(2026, 11, 1));
        TouchpointSurvey octoberAnswers = TouchpointSurvey.EMPTY.with(CustomerSatisfaction.ofAnswers(5, 1, 1, 1));
        TouchpointSurvey novemberAnswers = TouchpointSurvey.EMPTY.with(CustomerSatisfaction.ofAnswers(5, 5, 4, 1));
        SurveyResult surveys = new SurveyResult(Map.of("unboxing", octoberAnswers.merge(novemberAnswers)),
                Map.of(november, Map.of("unboxing", novemberAnswers), october, Map.of("unboxing", octoberAnswers)),
                java.util.List.of());
        JourneyAnalysis analysis = Analyzer.analyze(Journeys.damagedDelivery(),
                AnalysisOptions.DEFAULTS.withMinResponses(4), surveys);
        assertThat(analysis.periods()).extracting(p -> p.period().label()).containsExactly("2026-10", "2026-11");
        PeriodAnalysis.Touchpoint inOctober = analysis.periods().get(0).touchpoints().get(0);
        assertThat(inOctober.touchpointId()).isEqualTo("unboxing");
        assertThat(inOctober.metrics()).filteredOn(r -> r.used()).extracting(MetricReading::metric,
                MetricReading::value).contains(org.assertj.core.groups.Tuple.tuple("csat", 25.0));
        assertThat(analysis.periods().get(1).touchpoints().get(0).friction()).isLessThan(inOctober.friction());
        MetricTrend trend = analysis.trend("unboxing", "csat").orElseThrow();
        assertThat(trend.period()).isEqualTo(november);
        assertThat(trend.previousPeriod()).isEqualTo(october);
        assertThat(trend.change()).isEqualTo(50.0);
        assertThat(trend.direction()).isEqualTo(MetricTrend.Direction.UP);
        assertThat(trend.isImprovement()).isTrue();
        assertThat(trend.responses()).isEqualTo(4);
        assertThat(analysis.trend("unboxing", "nps")).isEmpty();
        assertThat(analysis.trend("support", "csat")).isEmpty();
    }
}
