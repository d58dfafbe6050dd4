package dev.journeymaps.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Metrics;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.Transition;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Properties of the analysis over seeded generated journeys; replay one with {@code -Djourney.seed=N}. */
class AnalysisPropertiesTest {

    private static final int CASES = 300;
    private static final AnalysisOptions OPTIONS = AnalysisOptions.DEFAULTS.withResponseTimeTarget(Duration.ofHours(4));

    @Test
    void frictionStaysBetweenZeroAndOneAndIsTheSumOfItsContributions() {
        Seeds.forEach(1_000, CASES, seed -> {
            JourneyAnalysis analysis = Analyzer.analyze(RandomJourneys.generate(seed), OPTIONS);
            assertThat(analysis.touchpoints().values()).allSatisfy(a -> {
                assertThat(a.friction()).isBetween(0.0, 1.0);
                assertThat(a.reach()).isBetween(0.0, 1.0);
                assertThat(a.components().stream().mapToDouble(ComponentScore::contribution).sum())
                        .isCloseTo(a.friction(), within(1e-12));
            });
            assertThat(analysis.experienceScore()).isBetween(0.0, 100.0);
        });
    }

    @Test
    void everyCustomerEndsAtAnExitOrDropsOff() {
        Seeds.forEach(2_000, CASES, seed -> {
            JourneyAnalysis analysis = Analyzer.analyze(RandomJourneys.generate(seed), OPTIONS);
            CustomerFlow flow = analysis.flow();
            double exits = flow.exits().values().stream().mapToDouble(Double::doubleValue).sum();
            if (!analysis.routedByPersona()) {
                // generated journeys are valid; a persona's route can lose its loop's way out to another persona
                assertThat(flow.circling()).isZero();
            }
            assertThat(exits + flow.totalDropOff() + flow.circling()).isCloseTo(1.0, within(1e-9));
        });
    }

    @Test
    void theOrderOfNextEntriesDoesNotMatter() {
        Seeds.forEach(3_000, CASES, seed -> {
            Journey journey = RandomJourneys.generate(seed);
            Journey reversed = mapTouchpoints(journey, t -> {
                List<Transition> next = new ArrayList<>(t.next());
                Collections.reverse(next);
                return copy(t, t.emotion(), t.effort(), t.painPoints(), t.metrics(), next);
            });
            JourneyAnalysis a = Analyzer.analyze(journey, OPTIONS);
            JourneyAnalysis b = Analyzer.analyze(reversed, OPTIONS);
            for (TouchpointAnalysis x : a.touchpoints().values()) {
                TouchpointAnalysis y = b.touchpoint(x.touchpointId()).orElseThrow();
                assertThat(y.friction()).as(x.touchpointId()).isCloseTo(x.friction(), within(1e-9));
                assertThat(y.reach()).as(x.touchpointId()).isCloseTo(x.reach(), within(1e-9));
            }
            assertThat(b.hotspots()).extracting(h -> h.touchpoint().touchpointId())
                    .containsExactlyElementsOf(a.hotspots().stream().map(h -> h.touchpoint().touchpointId()).toList());
        });
    }

    @Test
    void aTouchpointWithoutNegativeSignalsScoresZero() {
        Seeds.forEach(4_000, CASES, seed -> {
            Journey journey = RandomJourneys.generate(seed);
            List<Touchpoint> all = journey.touchpoints();
            String calm = all.get(new SplittableRandom(seed).nextInt(all.size())).id();
            Journey changed = mapTouchpoints(journey, t -> !t.id().equals(calm) ? t : copy(t,
                    Optional.of(Emotion.HAPPY), OptionalInt.of(1), List.of(), Metrics.NONE,
                    t.next().stream().map(n -> new Transition(n.to(), OptionalDouble.empty(), "", n.location()))
                            .toList()));
            Touchpoint t = changed.touchpoint(calm).orElseThrow();
            // a step to an abandoned exit is a negative signal: losing customers
            dev.journeymaps.model.graph.JourneyGraph graph = dev.journeymaps.model.graph.JourneyGraph.of(changed);
            boolean loses = graph.outgoing(calm).stream().anyMatch(f -> Analyzer.isAbandoned(graph, f.to()));
            if (!loses && t.emotionByPersona().values().stream().allMatch(e -> e.score() >= 0)) {
                assertThat(Analyzer.analyze(changed, OPTIONS).touchpoint(calm).orElseThrow().friction()).isZero();
            }
        });
    }

    /** Worsening an input that is given; giving a new one is more evidence, which may lower the score. */
    @Test
    void worseningAnySingleInputNeverLowersTheScore() {
        Seeds.forEach(5_000, CASES, seed -> {
            Journey journey = RandomJourneys.generate(seed);
            SplittableRandom random = new SplittableRandom(seed);
            List<Touchpoint> all = journey.touchpoints();
            String id = all.get(random.nextInt(all.size())).id();
            int kind = random.nextInt(6);
            Journey worse = mapTouchpoints(journey, t -> t.id().equals(id) ? worsen(t, kind, random) : t);
            double before = Analyzer.analyze(journey, OPTIONS).touchpoint(id).orElseThrow().friction();
            double after = Analyzer.analyze(worse, OPTIONS).touchpoint(id).orElseThrow().friction();
            assertThat(after).as("worsening %d of %s", kind, id).isGreaterThanOrEqualTo(before - 1e-12);
        });
    }

    private static Touchpoint worsen(Touchpoint t, int kind, SplittableRandom random) {
        Metrics m = t.metrics();
        return switch (kind) {
            case 0 -> t.emotion().isEmpty() ? t : copy(t, Optional.of(Emotion.of(Math.max(Emotion.MIN,
                    t.emotion().get().score() - 1))), t.effort(), t.painPoints(), m, t.next());
            case 1 -> t.effort().isEmpty() ? t : copy(t, t.emotion(),
                    OptionalInt.of(Math.min(5, t.effort().getAsInt() + 1)), t.painPoints(), m, t.next());
            case 2 -> {
                List<PainPoint> more = new ArrayList<>(t.painPoints());
                more.add(PainPoint.of("worse", Severity.values()[random.nextInt(4)]));
                yield copy(t, t.emotion(), t.effort(), more, m, t.next());
            }
            case 3 -> copy(t, t.emotion(), t.effort(), t.painPoints(), new Metrics(
                    lower(m.csat(), 0), lower(m.nps(), -100), lower(m.ces(), 0),
                    m.firstContactResolution(), m.responseTime(), m.resolutionTime()), t.next());
            case 4 -> copy(t, t.emotion(), t.effort(), t.painPoints(), new Metrics(m.csat(), m.nps(), m.ces(),
                    m.firstContactResolution(),
                    m.responseTime().map(d -> d.plusHours(1 + random.nextInt(48))),
                    m.resolutionTime()), t.next());
            default -> {
                // pass fewer customers on: halve one written share (or write one where none was)
                if (t.next().isEmpty()) {
                    yield t;
                }
                List<Transition> next = new ArrayList<>();
                for (Transition n : t.next()) {
                    double share = n.share().isPresent() ? n.share().getAsDouble() / 2 : 0;
                    next.add(new Transition(n.to(), OptionalDouble.of(share), n.label(), n.location()));
                }
                // only when every flow already had a share does halving them lower what is passed on for sure
                yield t.next().stream().allMatch(n -> n.share().isPresent())
                        ? copy(t, t.emotion(), t.effort(), t.painPoints(), m, next) : t;
            }
        };
    }

    /** A worse figure where one is given (a new figure would be a new input, not a worse one). */
    private static OptionalDouble lower(OptionalDouble value, double min) {
        return value.isPresent() ? OptionalDouble.of(Math.max(min, value.getAsDouble() - 10)) : value;
    }

    static Journey mapTouchpoints(Journey j, UnaryOperator<Touchpoint> f) {
        List<Stage> stages = j.stages().stream()
                .map(s -> new Stage(s.id(), s.name(), s.goal(), s.touchpoints().stream().map(f).toList(),
                        s.location()))
                .toList();
        return new Journey(j.id(), j.title(), j.description(), j.lang(), j.personas(), stages, j.location());
    }

    static Touchpoint copy(Touchpoint t, Optional<Emotion> emotion, OptionalInt effort, List<PainPoint> painPoints,
            Metrics metrics, List<Transition> next) {
        return t.toBuilder().emotion(emotion).effort(effort).painPoints(painPoints).metrics(metrics).next(next).build();
    }
}
