package dev.journeymaps.model.analysis;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Outcome;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Analyses a journey: customer flow through its graph, a friction score per touchpoint explained component by
 * component, stage friction, the journey's experience score and its hotspots ranked by impact.
 *
 * <pre>{@code
 * SurveyResult surveys = SurveyReader.read(Path.of("responses.csv"), journey);
 * JourneyAnalysis analysis = Analyzer.analyze(journey, AnalysisOptions.DEFAULTS, surveys);
 * analysis.hotspots().forEach(h -> System.out.println(h.rank() + " " + h.touchpoint().touchpointId()));
 * }</pre>
 *
 * <p>Any journey can be analysed, also one with validation errors: unknown references are left out of the graph and
 * shares summing above 1 are scaled down. Same journey and options, same analysis.
 */
public final class Analyzer {

    private Analyzer() {}

    /** The analysis of {@code journey} without survey data. */
    public static JourneyAnalysis analyze(Journey journey, AnalysisOptions options) {
        return analyze(journey, options, SurveyResult.NONE);
    }

    /** The analysis of {@code journey}, with what customers said in {@code surveys}. */
    public static JourneyAnalysis analyze(Journey journey, AnalysisOptions options, SurveyResult surveys) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(surveys, "surveys");
        JourneyGraph graph = JourneyGraph.of(journey);
        double[] probability = FlowSolver.probabilities(graph);
        CustomerFlow flow = FlowSolver.solve(graph, probability);
        Map<String, FrictionRules.Abandonment> losses = abandonments(graph, probability);
        FrictionRules rules = new FrictionRules(options);
        BusinessEffect business = BusinessEffect.of(options, 0);
        Map<String, TouchpointAnalysis> touchpoints = new LinkedHashMap<>();
        double lostInAll = 0;
        for (Stage stage : journey.stages()) {
            for (Touchpoint t : stage.touchpoints()) {
                if (graph.touchpoint(t.id()).orElseThrow() != t) {
                    continue;
                }
                TouchpointFlow f = flow.touchpoint(t.id()).orElseThrow();
                FrictionRules.Abandonment loss = losses.getOrDefault(t.id(), FrictionRules.Abandonment.NONE);
                List<MetricReading> readings = FrictionRules.readings(t, surveys.of(t.id()), options.minResponses());
                List<ComponentScore> components = rules.score(t, readings, f, loss);
                double friction = FrictionRules.clamp(
                        components.stream().mapToDouble(ComponentScore::contribution).sum());
                double lost = Double.isFinite(f.visits()) ? 1000 * f.visits() * loss.share() : 0;
                lostInAll += lost;
                touchpoints.put(t.id(), new TouchpointAnalysis(t.id(), stage.id(), friction, f.reach(),
                        friction * f.reach(), components, readings, f, lost, business.value(lost)));
            }
        }
        // One pass to group by stage: filtering every touchpoint for every stage was quadratic in large journeys.
        Map<String, List<TouchpointAnalysis>> byStage = new HashMap<>();
        touchpoints.values().forEach(a -> byStage.computeIfAbsent(a.stageId(), k -> new ArrayList<>()).add(a));
        List<StageAnalysis> stages = new ArrayList<>();
        for (int i = 0; i < journey.stages().size(); i++) {
            Stage stage = journey.stages().get(i);
            List<TouchpointAnalysis> in = byStage.getOrDefault(stage.id(), List.of());
            stages.add(new StageAnalysis(stage.id(), weightedFriction(in), flow.stages().get(i)));
        }
        double score = 100 * (1 - weightedFriction(touchpoints.values()));
        List<Hotspot> hotspots = new WhatIfs(graph, probability, flow, losses, touchpoints, score, business)
                .of(hotspots(touchpoints.values(), options.hotspotThreshold()));
        return new JourneyAnalysis(journey.id(), options, touchpoints, stages, hotspots, flow, score,
                surveys.problems(), periods(journey, graph, flow, losses, rules, options, surveys),
                BusinessEffect.of(options, lostInAll));
    }

    /**
     * What each touchpoint with a step to an abandoned exit sends there, per pass. An exit's outcome is the one
     * written, else abandoned when customers feel negative there ({@link Touchpoint#outcomeOrAssumed()}).
     */
    static Map<String, FrictionRules.Abandonment> abandonments(JourneyGraph graph, double[] probability) {
        Map<String, FrictionRules.Abandonment> losses = new HashMap<>();
        for (Touchpoint t : graph.touchpoints()) {
            double share = 0;
            List<String> exits = new ArrayList<>();
            for (var f : graph.outgoing(t.id())) {
                if (isAbandoned(graph, f.to())) {
                    share += probability[f.index()];
                    if (!exits.contains(f.to())) {
                        exits.add(f.to());
                    }
                }
            }
            if (!exits.isEmpty()) {
                losses.put(t.id(), new FrictionRules.Abandonment(Math.min(1, share), exits, true));
            }
        }
        return losses;
    }

    static boolean isAbandoned(JourneyGraph graph, String id) {
        return graph.isExit(id) && graph.touchpoint(id).orElseThrow().outcomeOrAssumed() == Outcome.ABANDONED;
    }

    /** Each period's figures: the same rules over that period's answers alone, for the touchpoints answered then. */
    private static List<PeriodAnalysis> periods(Journey journey, JourneyGraph graph, CustomerFlow flow,
            Map<String, FrictionRules.Abandonment> losses, FrictionRules rules, AnalysisOptions options,
            SurveyResult surveys) {
        List<PeriodAnalysis> periods = new ArrayList<>();
        surveys.byPeriod().forEach((period, answers) -> {
            List<PeriodAnalysis.Touchpoint> touchpoints = new ArrayList<>();
            for (Touchpoint t : journey.touchpoints()) {
                TouchpointSurvey survey = answers.get(t.id());
                if (survey == null || graph.touchpoint(t.id()).orElseThrow() != t) {
                    continue;
                }
                List<MetricReading> readings = FrictionRules.readings(t, survey, options.minResponses());
                double friction = FrictionRules.clamp(rules.score(t, readings, flow.touchpoint(t.id()).orElseThrow(),
                                losses.getOrDefault(t.id(), FrictionRules.Abandonment.NONE))
                        .stream().mapToDouble(ComponentScore::contribution).sum());
                touchpoints.add(new PeriodAnalysis.Touchpoint(t.id(), friction, readings));
            }
            periods.add(new PeriodAnalysis(period, touchpoints));
        });
        return periods;
    }

    /** Σ friction × reach / Σ reach; the plain mean when nothing is reached; 0 when empty. */
    static double weightedFriction(java.util.Collection<TouchpointAnalysis> analyses) {
        double reach = 0;
        double impact = 0;
        double friction = 0;
        for (TouchpointAnalysis a : analyses) {
            reach += a.reach();
            impact += a.impact();
            friction += a.friction();
        }
        if (analyses.isEmpty()) {
            return 0;
        }
        return FrictionRules.clamp(reach > 0 ? impact / reach : friction / analyses.size());
    }

    private static List<Hotspot> hotspots(java.util.Collection<TouchpointAnalysis> analyses, double threshold) {
        List<TouchpointAnalysis> hot = new ArrayList<>();
        for (TouchpointAnalysis a : analyses) {
            if (a.friction() >= threshold && a.friction() > 0) {
                hot.add(a);
            }
        }
        // rounded so that sums in another order cannot swap equals; the stable sort keeps ties in journey order
        hot.sort(Comparator.comparingLong((TouchpointAnalysis a) -> Math.round(a.impact() * 1e12))
                .thenComparingLong(a -> Math.round(a.friction() * 1e12))
                .reversed());
        List<Hotspot> ranked = new ArrayList<>();
        for (TouchpointAnalysis a : hot) {
            ranked.add(new Hotspot(ranked.size() + 1, a));
        }
        return ranked;
    }
}
