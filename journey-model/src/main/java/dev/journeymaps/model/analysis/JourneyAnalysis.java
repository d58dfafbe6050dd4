package dev.journeymaps.model.analysis;

import dev.journeymaps.model.validate.Problem;
import java.util.AbstractList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * Everything the analysis found in a journey.
 *
 * @param journeyId the journey
 * @param options the options it was analysed with
 * @param touchpoints every touchpoint's analysis, in journey order
 * @param stages every stage's friction and funnel, in stage order
 * @param hotspots touchpoints with friction ≥ the threshold, highest impact first
 * @param flow where customers go
 * @param experienceScore 0..100: 100 × (1 − Σ friction × reach / Σ reach) over all touchpoints, the share of
 *     customer steps free of friction
 * @param problems what was wrong in the survey data (the journey's own problems come from the validator)
 * @param periods the survey figures per period, earliest first; empty without dated answers
 * @param business customers lost and what a customer is worth
 * @param personas each persona's route analysed on its own, in persona order; empty without personas, and when the
 *     routes would be too large to solve ({@link dev.journeymaps.model.PersonaRoutes#MAX_TOUCHPOINTS})
 * @param routedByPersona whether the journey's reach, funnel and exits are the share-weighted sum of the persona
 *     routes (the touchpoints name their personas), rather than the flow through one graph
 */
public record JourneyAnalysis(
        String journeyId,
        AnalysisOptions options,
        Map<String, TouchpointAnalysis> touchpoints,
        List<StageAnalysis> stages,
        List<Hotspot> hotspots,
        CustomerFlow flow,
        double experienceScore,
        List<Problem> problems,
        List<PeriodAnalysis> periods,
        BusinessEffect business,
        List<PersonaAnalysis> personas,
        boolean routedByPersona) {

    public JourneyAnalysis {
        Objects.requireNonNull(journeyId, "journeyId");
        Objects.requireNonNull(options, "options");
        touchpoints = Collections.unmodifiableMap(new LinkedHashMap<>(touchpoints));
        stages = List.copyOf(stages);
        hotspots = new Ranked(hotspots);
        Objects.requireNonNull(flow, "flow");
        problems = List.copyOf(problems);
        periods = List.copyOf(periods);
        Objects.requireNonNull(business, "business");
        personas = List.copyOf(personas);
        if (routedByPersona && personas.isEmpty()) {
            throw new IllegalArgumentException("a journey routed by persona needs its personas' routes");
        }
    }

    /** An analysis of a journey not routed by persona, without persona routes. */
    public JourneyAnalysis(String journeyId, AnalysisOptions options, Map<String, TouchpointAnalysis> touchpoints,
            List<StageAnalysis> stages, List<Hotspot> hotspots, CustomerFlow flow, double experienceScore,
            List<Problem> problems, List<PeriodAnalysis> periods, BusinessEffect business) {
        this(journeyId, options, touchpoints, stages, hotspots, flow, experienceScore, problems, periods, business,
                List.of(), false);
    }

    /** The route of {@code personaId} analysed on its own, if the journey has that persona and it was routed. */
    public Optional<PersonaAnalysis> persona(String personaId) {
        return personas.stream().filter(p -> p.personaId().equals(personaId)).findFirst();
    }

    /** An analysis without a business effect beyond the customers lost, 0. */
    public JourneyAnalysis(String journeyId, AnalysisOptions options, Map<String, TouchpointAnalysis> touchpoints,
            List<StageAnalysis> stages, List<Hotspot> hotspots, CustomerFlow flow, double experienceScore,
            List<Problem> problems, List<PeriodAnalysis> periods) {
        this(journeyId, options, touchpoints, stages, hotspots, flow, experienceScore, problems, periods,
                BusinessEffect.of(options, 0));
    }

    /**
     * The hotspots with a what-if, largest gain first: the experience score gained, then the customers kept, then
     * rank. What to fix first.
     */
    public List<Hotspot> fixFirst() {
        return hotspots.stream()
                .filter(h -> h.whatIf().isPresent())
                .sorted(java.util.Comparator
                        .comparingLong((Hotspot h) -> -Math.round(h.whatIf().orElseThrow().gain() * 1e9))
                        .thenComparingLong(h -> -Math.round(h.whatIf().orElseThrow().customersKept() * 1e9))
                        .thenComparingInt(Hotspot::rank))
                .toList();
    }

    /** An analysis without periods. */
    public JourneyAnalysis(String journeyId, AnalysisOptions options, Map<String, TouchpointAnalysis> touchpoints,
            List<StageAnalysis> stages, List<Hotspot> hotspots, CustomerFlow flow, double experienceScore,
            List<Problem> problems) {
        this(journeyId, options, touchpoints, stages, hotspots, flow, experienceScore, problems, List.of(),
                BusinessEffect.of(options, 0));
    }

    /**
     * How the survey figure of {@code metric} at {@code touchpointId} moved between the last two periods with answers
     * for it; empty when fewer than two periods have some.
     */
    public Optional<MetricTrend> trend(String touchpointId, String metric) {
        MetricReading latest = null;
        SurveyPeriod latestPeriod = null;
        for (int i = periods.size() - 1; i >= 0; i--) {
            PeriodAnalysis p = periods.get(i);
            Optional<MetricReading> r = p.touchpoints().stream()
                    .filter(t -> t.touchpointId().equals(touchpointId))
                    .flatMap(t -> t.metrics().stream())
                    .filter(m -> m.metric().equals(metric) && m.source() == MetricReading.Source.SURVEY)
                    .findFirst();
            if (r.isEmpty()) {
                continue;
            }
            if (latest == null) {
                latest = r.get();
                latestPeriod = p.period();
            } else {
                return Optional.of(new MetricTrend(metric, latestPeriod, latest.value(), latest.responses(),
                        p.period(), r.get().value(), r.get().responses()));
            }
        }
        return Optional.empty();
    }

    /** The analysis of {@code touchpointId}, if it is in the journey. */
    public Optional<TouchpointAnalysis> touchpoint(String touchpointId) {
        return Optional.ofNullable(touchpoints.get(touchpointId));
    }

    /** The hotspot rank of {@code touchpointId}, if it is a hotspot. */
    public Optional<Integer> hotspotRank(String touchpointId) {
        if (hotspots instanceof Ranked ranked) {
            return Optional.ofNullable(ranked.ranks.get(touchpointId));
        }
        return hotspots.stream()
                .filter(h -> h.touchpoint().touchpointId().equals(touchpointId))
                .map(Hotspot::rank)
                .findFirst();
    }

    /**
     * The hotspots, unmodifiable, with their ranks by touchpoint: maps ask for the rank of every touchpoint, and
     * searching the list each time made drawing quadratic in the number of touchpoints.
     */
    private static final class Ranked extends AbstractList<Hotspot> implements RandomAccess {
        private final List<Hotspot> hotspots;
        private final Map<String, Integer> ranks = new HashMap<>();

        Ranked(List<Hotspot> hotspots) {
            this.hotspots = List.copyOf(hotspots);
            for (Hotspot h : this.hotspots) {
                ranks.putIfAbsent(h.touchpoint().touchpointId(), h.rank());
            }
        }

        @Override
        public Hotspot get(int index) {
            return hotspots.get(index);
        }

        @Override
        public int size() {
            return hotspots.size();
        }
    }
}
