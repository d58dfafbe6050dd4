package dev.journeymaps.model.analysis;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.MemoryBudget;
import dev.journeymaps.model.Outcome;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.PersonaRoutes;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.graph.Flow;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * The analysis of {@code journey}, with what customers said in {@code surveys}. Each persona's route is analysed
     * on its own ({@link JourneyAnalysis#personas()}); when the touchpoints name their personas, the journey's reach,
     * funnel and exits are the routes' weighed by the personas' shares (docs/metrics.md, "Persona routes").
     */
    public static JourneyAnalysis analyze(Journey journey, AnalysisOptions options, SurveyResult surveys) {
        return analyze(JourneyGraph.of(journey), options, surveys);
    }

    /**
     * The analysis of the journey of {@code graph}, as {@link #analyze(Journey, AnalysisOptions, SurveyResult)} has
     * it: for a caller that validated the journey with the same graph, whose persona routes are then taken once.
     */
    public static JourneyAnalysis analyze(JourneyGraph graph, AnalysisOptions options, SurveyResult surveys) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(surveys, "surveys");
        Journey journey = graph.journey();
        List<PersonaAnalysis> personas = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        long routeTouchpoints = graph.routeTouchpoints();
        boolean bounded = routeTouchpoints <= PersonaRoutes.MAX_TOUCHPOINTS;
        boolean differ = graph.routesDiffer();
        boolean ownEmotions = journey.touchpoints().stream().anyMatch(t -> !t.emotionByPersona().isEmpty());
        if (!journey.personas().isEmpty() && bounded && (differ || ownEmotions)) {
            // Each persona's route is taken and solved on its own, so the routes are solved side by side on the
            // common fork-join pool when memory allows; each route's arithmetic is the same sequence either way, so
            // the figures are too. A route is analysed (friction, hotspots, what-ifs) only when its analysis is first
            // asked (PersonaAnalysis): a map of the whole journey needs the routes' flow, not their analyses.
            // The routes share one budget of what-ifs, so that many personas cost no more than one journey.
            long budget = WhatIfs.MAX_WORK / journey.personas().size();
            List<Solved> solved = (sideBySide(routeTouchpoints) ? journey.personas().parallelStream()
                    : journey.personas().stream())
                    .map(p -> Solved.of(graph.route(p.id())))
                    .toList();
            List<Journey> routed = solved.stream().map(s -> s.graph().journey()).toList();
            double[] shares = PersonaShares.weights(journey.personas(), routed);
            for (int i = 0; i < routed.size(); i++) {
                Persona persona = journey.personas().get(i);
                Solved route = solved.get(i);
                personas.add(new PersonaAnalysis(persona.id(), shares[i], persona.share().isPresent(),
                        route.graph().touchpoints().size(),
                        () -> analyse(route.graph().journey(), route, options, surveys, List.of(), List.of(), budget)));
                if (differ && shares[i] > 0) {
                    routes.add(new Route(shares[i], route));
                }
            }
        }
        double[] probability = FlowSolver.probabilities(graph);
        CustomerFlow flow = routes.isEmpty() ? FlowSolver.solve(graph, probability)
                : combined(graph, probability, routes);
        Solved whole = new Solved(graph, probability, flow, abandonments(graph, probability));
        JourneyAnalysis analysis = analyse(journey, whole, options, surveys, routes, personas, WhatIfs.MAX_WORK);
        if (journey.personas().isEmpty() || !bounded || differ || ownEmotions) {
            return analysis;
        }
        // Every route is the whole journey, touchpoint for touchpoint: each persona's analysis is the journey's.
        List<Journey> routed = journey.personas().stream().map(p -> journey.forPersona(p.id())).toList();
        double[] shares = PersonaShares.weights(journey.personas(), routed);
        for (int i = 0; i < routed.size(); i++) {
            Persona persona = journey.personas().get(i);
            personas.add(new PersonaAnalysis(persona.id(), shares[i], persona.share().isPresent(), analysis));
        }
        return new JourneyAnalysis(analysis.journeyId(), options, analysis.touchpoints(), analysis.stages(),
                analysis.hotspots(), flow, analysis.experienceScore(), analysis.problems(), analysis.periods(),
                analysis.business(), personas, false);
    }

    /**
     * A journey's graph solved: each flow's probability, where customers go, what each touchpoint sends to abandoned
     * exits.
     */
    record Solved(JourneyGraph graph, double[] probability, CustomerFlow flow,
            Map<String, FrictionRules.Abandonment> losses) {

        static Solved of(JourneyGraph graph) {
            double[] probability = FlowSolver.probabilities(graph);
            return new Solved(graph, probability, FlowSolver.solve(graph, probability),
                    abandonments(graph, probability));
        }

        /** The touchpoints and flows of the graph: what solving it again costs. */
        long size() {
            return graph.touchpoints().size() + (long) graph.flows().size();
        }
    }

    /**
     * About what analysing a route takes per touchpoint while it is analysed: the analysis it keeps (about 2.5 KB a
     * touchpoint, explanations and all) and what solving it and its what-ifs make on the way. The routes are now only
     * solved side by side (each is analysed when asked), which takes less; the bound is kept, as it is safe.
     */
    private static final long ROUTE_BYTES_PER_TOUCHPOINT = 8 * 1024;

    /**
     * Whether the personas' routes, {@code routeTouchpoints} touchpoints together, are solved side by side: when
     * that fits the {@link MemoryBudget}. Side by side, the garbage of several routes is alive at once: 100,000
     * touchpoints of two personas ran out of a 512 MB heap that holds them one after the other.
     */
    static boolean sideBySide(long routeTouchpoints) {
        return MemoryBudget.fits(routeTouchpoints, ROUTE_BYTES_PER_TOUCHPOINT);
    }

    /** One persona's route solved, and the part of all customers it carries (above 0). */
    record Route(double share, Solved solved) {}

    private static JourneyAnalysis analyse(Journey journey, Solved solved, AnalysisOptions options,
            SurveyResult surveys, List<Route> routes, List<PersonaAnalysis> personas, long whatIfWork) {
        JourneyGraph graph = solved.graph();
        CustomerFlow flow = solved.flow();
        Map<String, FrictionRules.Abandonment> losses = solved.losses();
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
                double lost = routes.isEmpty() ? lost(f, loss) : lost(routes, t.id());
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
        List<Hotspot> hotspots = new WhatIfs(solved, routes, touchpoints, score, business, whatIfWork)
                .of(hotspots(touchpoints.values(), options.hotspotThreshold()));
        return new JourneyAnalysis(journey.id(), options, touchpoints, stages, hotspots, flow, score,
                surveys.problems(), periods(journey, graph, flow, losses, rules, options, surveys),
                BusinessEffect.of(options, lostInAll), personas, !routes.isEmpty());
    }

    /** Customers per 1,000 entering whom a touchpoint sends straight to abandoned exits. */
    private static double lost(TouchpointFlow f, FrictionRules.Abandonment loss) {
        return Double.isFinite(f.visits()) ? 1000 * f.visits() * loss.share() : 0;
    }

    /** The customers {@code id} loses on every route, weighed by the routes' shares. */
    private static double lost(List<Route> routes, String id) {
        double lost = 0;
        for (Route r : routes) {
            Optional<TouchpointFlow> f = r.solved().flow().touchpoint(id);
            if (f.isPresent()) {
                lost += r.share() * lost(f.get(),
                        r.solved().losses().getOrDefault(id, FrictionRules.Abandonment.NONE));
            }
        }
        return lost;
    }

    /**
     * The flow of the whole journey as the sum of its persona routes weighed by their shares: reach, passes,
     * drop-off, endings, the funnel and the customers circling. A touchpoint's drop-off rate stays its own (what its
     * steps leave unassigned), so its friction does not depend on how the routes are weighed.
     */
    static CustomerFlow combined(JourneyGraph graph, double[] probability, List<Route> routes) {
        Map<String, TouchpointFlow> touchpoints = new LinkedHashMap<>();
        Map<String, Double> exits = new LinkedHashMap<>();
        for (Touchpoint t : graph.touchpoints()) {
            String id = t.id();
            double reach = 0;
            double visits = 0;
            double dropOff = 0;
            double ended = 0;
            boolean exit = graph.isExit(id);
            for (Route r : routes) {
                Optional<TouchpointFlow> found = r.solved().flow().touchpoint(id);
                if (found.isEmpty()) {
                    continue;
                }
                TouchpointFlow f = found.get();
                reach += r.share() * f.reach();
                visits += r.share() * f.visits();
                dropOff += r.share() * f.dropOff();
                ended += r.share() * f.ended();
                exit |= r.solved().graph().isExit(id);
            }
            double passed = 0;
            for (Flow f : graph.outgoing(id)) {
                passed += probability[f.index()];
            }
            double leak = graph.outgoing(id).isEmpty() ? 0 : Math.max(0, 1 - passed);
            touchpoints.put(id, new TouchpointFlow(id, Math.min(1, reach), visits, leak, dropOff, ended));
            if (exit) {
                exits.put(id, ended);
            }
        }
        List<StageFunnel> stages = new ArrayList<>();
        for (int i = 0; i < graph.journey().stages().size(); i++) {
            double reach = 0;
            double dropOff = 0;
            double ended = 0;
            for (Route r : routes) {
                StageFunnel s = r.solved().flow().stages().get(i);
                reach += r.share() * s.reach();
                dropOff += r.share() * s.dropOff();
                ended += r.share() * s.ended();
            }
            stages.add(new StageFunnel(graph.journey().stages().get(i).id(), Math.min(1, reach), dropOff, ended));
        }
        double circling = 0;
        for (Route r : routes) {
            circling += r.share() * r.solved().flow().circling();
        }
        return new CustomerFlow(touchpoints, exits, stages, circling);
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
