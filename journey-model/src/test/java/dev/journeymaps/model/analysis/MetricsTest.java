package dev.journeymaps.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.journeymaps.model.AnswerScale;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MetricsTest {

    /** Of a metric's two readings, the one the analysis uses is the one it reports; another metric's is not. */
    @Test
    void theUsedReadingOfAMetricIsTheOneTheAnalysisUses() {
        MetricReading authored = new MetricReading("csat", MetricReading.Source.AUTHORED, 41, "41%", 0, false);
        MetricReading survey = new MetricReading("csat", MetricReading.Source.SURVEY, 58, "58%", 120, true);
        MetricReading nps = new MetricReading("nps", MetricReading.Source.AUTHORED, -35, "-35", 0, true);
        java.util.List<MetricReading> readings = java.util.List.of(authored, survey, nps);

        assertThat(MetricReading.used(readings, "csat")).contains(survey);
        assertThat(MetricReading.used(readings, "nps")).contains(nps);
        assertThat(MetricReading.used(readings, "ces")).isEmpty();
        assertThat(MetricReading.used(java.util.List.of(authored), "csat")).as("none used").isEmpty();
    }

    @Test
    void npsIsPercentPromotersMinusPercentDetractors() {
        // 10 answers: 4 promoters (9, 10, 9, 10), 3 passives (7, 8, 7), 3 detractors (0, 6, 5) → 40% − 30% = 10
        NetPromoterScore nps = NetPromoterScore.ofAnswers(9, 10, 9, 10, 7, 8, 7, 0, 6, 5);
        assertThat(nps).isEqualTo(new NetPromoterScore(4, 3, 3));
        assertThat(nps.responses()).isEqualTo(10);
        assertThat(nps.score().getAsDouble()).isCloseTo(10.0, within(1e-12));
        assertThat(nps.detractorPercent().getAsDouble()).isCloseTo(30.0, within(1e-12));
    }

    @Test
    void npsOfNoAnswersIsEmptyNotZero() {
        assertThat(NetPromoterScore.EMPTY.score()).isEmpty();
        assertThat(NetPromoterScore.EMPTY.responses()).isZero();
    }

    @Test
    void npsOfOnlyPassivesIsZero() {
        assertThat(NetPromoterScore.ofAnswers(7, 8, 8, 7).score().getAsDouble()).isZero();
    }

    @Test
    void npsOfOneAnswerIsAnExtreme() {
        assertThat(NetPromoterScore.ofAnswers(10).score().getAsDouble()).isEqualTo(100.0);
        assertThat(NetPromoterScore.ofAnswers(6).score().getAsDouble()).isEqualTo(-100.0);
        assertThat(NetPromoterScore.ofAnswers(0).responses()).isEqualTo(1);
    }

    @Test
    void npsRefusesAnswersOffTheScale() {
        assertThatThrownBy(() -> NetPromoterScore.ofAnswer(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetPromoterScore.ofAnswer(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void csatIsSatisfiedAnswersOverResponses() {
        // 4 and 5 are satisfied: 3 of 5 → 60%
        CustomerSatisfaction csat = CustomerSatisfaction.ofAnswers(5, 4, 3, 1, 4);
        assertThat(csat).isEqualTo(new CustomerSatisfaction(3, 5));
        assertThat(csat.percent().getAsDouble()).isCloseTo(60.0, within(1e-12));
        assertThat(CustomerSatisfaction.EMPTY.percent()).isEmpty();
        assertThat(CustomerSatisfaction.ofAnswers(3).percent().getAsDouble()).isZero();
    }

    @Test
    void cesIsEasyAnswersOverResponses() {
        // 1 of 4 agreed it was easy → 25%
        CustomerEffortScore ces = CustomerEffortScore.ofAnswers(2, 5, 3, 1);
        assertThat(ces.percent().getAsDouble()).isCloseTo(25.0, within(1e-12));
        assertThat(CustomerEffortScore.EMPTY.percent()).isEmpty();
        assertThat(CustomerEffortScore.ofAnswers(4).percent().getAsDouble()).isEqualTo(100.0);
    }

    @Test
    void averageTimeIsTotalOverRequests() {
        // 1h + 3h + 8h = 12h over 3 requests → 4h
        AverageTime t = AverageTime.of(Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(8));
        assertThat(t.requests()).isEqualTo(3);
        assertThat(t.average()).contains(Duration.ofHours(4));
        assertThat(AverageTime.EMPTY.average()).isEmpty();
        assertThat(AverageTime.of(Duration.ofMinutes(45)).average()).contains(Duration.ofMinutes(45));
    }

    @Test
    void firstContactResolutionIsResolvedOverRequests() {
        FirstContactResolution fcr = FirstContactResolution.of(true, true, false, true);
        assertThat(fcr.percent().getAsDouble()).isCloseTo(75.0, within(1e-12));
        assertThat(FirstContactResolution.EMPTY.percent()).isEmpty();
    }

    @Test
    void churnRateIsLostOverStart() {
        // 500 customers at the start of Q1, 450 of them still there at the end → 10%
        ChurnRate churn = new ChurnRate(500, 450);
        assertThat(churn.rate().getAsDouble()).isCloseTo(0.10, within(1e-12));
        assertThat(ChurnRate.EMPTY.rate()).isEmpty();
        assertThat(churn.merge(new ChurnRate(100, 80))).isEqualTo(new ChurnRate(600, 530));
        assertThatThrownBy(() -> new ChurnRate(10, 11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lifetimeValueIsRevenueTimesYearsMinusAcquisitionCost() {
        // 1,200 a year for 3 years, 400 to win → 3,200
        CustomerLifetimeValue one = CustomerLifetimeValue.of(1, 1_200, 3, 400);
        assertThat(one.value().getAsDouble()).isCloseTo(3_200, within(1e-9));
        // a second cohort of 3 customers worth 800 each: mean of 4 customers = (3,200 + 2,400) / 4 = 1,400
        CustomerLifetimeValue both = one.merge(CustomerLifetimeValue.of(3, 500, 2, 200));
        assertThat(both.customers()).isEqualTo(4);
        assertThat(both.value().getAsDouble()).isCloseTo(1_400, within(1e-9));
        assertThat(CustomerLifetimeValue.EMPTY.value()).isEmpty();
    }

    @Test
    void twoBatchesMergeToWhatOneBatchGives() {
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            int[] answers = random.ints(random.nextInt(50), 0, 11).toArray();
            int cut = answers.length == 0 ? 0 : random.nextInt(answers.length + 1);
            NetPromoterScore whole = NetPromoterScore.ofAnswers(answers);
            NetPromoterScore left = NetPromoterScore.ofAnswers(java.util.Arrays.copyOfRange(answers, 0, cut));
            NetPromoterScore right =
                    NetPromoterScore.ofAnswers(java.util.Arrays.copyOfRange(answers, cut, answers.length));
            assertThat(left.merge(right)).as("seed %d", seed).isEqualTo(whole);
            assertThat(right.merge(left)).as("seed %d", seed).isEqualTo(whole);
        }
    }

    @Test
    void mergingIsAssociativeForEverySummary() {
        TouchpointSurvey a = TouchpointSurvey.EMPTY.with(NetPromoterScore.ofAnswers(9, 3))
                .with(CustomerSatisfaction.ofAnswers(5))
                .withResponseTime(AverageTime.of(Duration.ofHours(2)));
        TouchpointSurvey b = TouchpointSurvey.EMPTY.with(CustomerEffortScore.ofAnswers(1, 4))
                .with(FirstContactResolution.of(true))
                .withResolutionTime(AverageTime.of(Duration.ofDays(1)));
        TouchpointSurvey c = TouchpointSurvey.EMPTY.with(NetPromoterScore.ofAnswers(7))
                .withResponseTime(AverageTime.of(Duration.ofMinutes(30)));
        assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
        assertThat(a.merge(TouchpointSurvey.EMPTY)).isEqualTo(a);
        assertThat(a.merge(b).merge(c).responses()).isEqualTo(10);
    }

    @Test
    void proportionsCarryTheirWilsonInterval() {
        // 10 satisfied of 24: p = 0.4167, centre (p + z²/2n) / (1 + z²/n), half-width as in docs/metrics.md
        Interval csat = new CustomerSatisfaction(10, 24).interval();
        assertThat(csat.low()).isCloseTo(24.4673, within(1e-4));
        assertThat(csat.high()).isCloseTo(61.1657, within(1e-4));
        // never outside 0..100, never zero-width at 0%
        Interval none = new CustomerEffortScore(0, 4).interval();
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(48.99, within(1e-2));
        assertThat(new FirstContactResolution(2, 4).interval().low()).isCloseTo(15.0036, within(1e-4));
        assertThat(CustomerSatisfaction.EMPTY.interval()).isEqualTo(Interval.NONE);
        assertThat(Interval.NONE.isKnown()).isFalse();
    }

    @Test
    void npsIntervalComesFromItsThreeCategoryVariance() {
        // 4 promoters, 3 passives, 3 detractors: variance (0.4 + 0.3) − (0.4 − 0.3)² = 0.69, se = √(0.69 / 10)
        Interval nps = new NetPromoterScore(4, 3, 3).interval();
        assertThat(nps.low()).isCloseTo(-41.4850, within(1e-4));
        assertThat(nps.high()).isCloseTo(61.4850, within(1e-4));
        assertThat(new NetPromoterScore(1, 0, 1).interval()).isEqualTo(new Interval(-100, 100));
        assertThat(NetPromoterScore.EMPTY.interval()).isEqualTo(Interval.NONE);
    }

    @Test
    void averageTimeIntervalNeedsTheSumOfSquares() {
        // 1h, 3h, 8h: mean 14,400 s, s² = (959,040,000 − 3 × 14,400²) / 2, se = s / √3; the lower bound is cut at 0
        AverageTime times = AverageTime.of(Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(8));
        assertThat(times.squaredSeconds()).isEqualTo(959_040_000L);
        assertThat(times.interval().low()).isZero();
        assertThat(times.interval().high()).isCloseTo(29_088.2353, within(1e-3));
        assertThat(new AverageTime(3, Duration.ofHours(12)).interval()).isEqualTo(Interval.NONE);
        assertThat(AverageTime.of(Duration.ofHours(1)).interval()).isEqualTo(Interval.NONE);
    }

    @Test
    void squaresBeyondALongAreUnknownWhateverTheMergeOrder() {
        AverageTime huge = AverageTime.ofOne(Duration.ofDays(40_000));
        assertThat(huge.squaredSeconds()).isEqualTo(AverageTime.UNKNOWN_SQUARES);
        AverageTime big = AverageTime.ofOne(Duration.ofDays(25_000));
        assertThat(big.merge(big).merge(big).squaredSeconds()).isEqualTo(AverageTime.UNKNOWN_SQUARES);
        assertThat(big.merge(big.merge(big))).isEqualTo(big.merge(big).merge(big));
    }

    @Test
    void csatAndCesCountTheTopBoxesOfTheirScale() {
        assertThat(CustomerSatisfaction.ofAnswer(3, AnswerScale.ONE_TO_THREE)).isEqualTo(new CustomerSatisfaction(1, 1));
        assertThat(CustomerSatisfaction.ofAnswer(2, AnswerScale.ONE_TO_THREE)).isEqualTo(new CustomerSatisfaction(0, 1));
        assertThat(CustomerSatisfaction.ofAnswer(5, AnswerScale.ONE_TO_SEVEN)).isEqualTo(new CustomerSatisfaction(0, 1));
        assertThat(CustomerSatisfaction.ofAnswer(8, AnswerScale.ONE_TO_TEN)).isEqualTo(new CustomerSatisfaction(1, 1));
        assertThat(CustomerEffortScore.ofAnswer(5, AnswerScale.ONE_TO_SEVEN)).isEqualTo(new CustomerEffortScore(1, 1));
        assertThat(CustomerEffortScore.ofAnswer(3, AnswerScale.ONE_TO_FIVE)).isEqualTo(new CustomerEffortScore(0, 1));
        assertThatThrownBy(() -> CustomerSatisfaction.ofAnswer(4, AnswerScale.ONE_TO_THREE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AnswerScale.parse("1..7")).contains(AnswerScale.ONE_TO_SEVEN);
        assertThat(AnswerScale.parse("1–10")).contains(AnswerScale.ONE_TO_TEN);
        assertThat(AnswerScale.parse("1-4")).isEmpty();
    }
}
