package dev.journeymaps.model.analysis;

import dev.journeymaps.model.graph.Flow;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The what-if of each hotspot: the analysis redone with its friction removed and its abandoned share routed on.
 *
 * <p>Removing a touchpoint's friction changes no other touchpoint's friction (each is judged on its own inputs and
 * its own steps), so without abandonment only its contribution leaves the experience score and the sums give the
 * answer at once. With abandonment, the customers it sent to abandoned exits go on along its other steps in
 * proportion to their shares (or end there, no longer lost, when it has no other step), which changes the reach
 * downstream: the flow is solved again. The customers kept are the fall in customers ending at abandoned exits, so a
 * customer routed on and lost further down at another abandoned exit is not counted as kept. A journey routed by
 * persona is solved again route by route, and the reach and the customers kept are weighed by the personas' shares.
 * Bounded: at most {@value #MAX_HOTSPOTS} hotspots get a what-if, and flow solves stop once they would pass
 * {@value #MAX_WORK} touchpoints and flows in all (a persona route's analysis gets its part of that); hotspots past
 * either bound get none.
 */
final class WhatIfs {

    static final int MAX_HOTSPOTS = 2_000;
    static final long MAX_WORK = 5_000_000L;

    private final JourneyGraph graph;
    private final double[] probability;
    private final CustomerFlow flow;
    private final Map<String, FrictionRules.Abandonment> losses;
    private final Map<String, TouchpointAnalysis> touchpoints;
    private final double score;
    private final BusinessEffect business;
    private final List<Analyzer.Route> routes;
    private final long maxWork;

    WhatIfs(Analyzer.Solved solved, List<Analyzer.Route> routes, Map<String, TouchpointAnalysis> touchpoints,
            double score, BusinessEffect business, long maxWork) {
        this.graph = solved.graph();
        this.probability = solved.probability();
        this.flow = solved.flow();
        this.losses = solved.losses();
        this.routes = List.copyOf(routes);
        this.touchpoints = touchpoints;
        this.score = score;
        this.business = business;
        this.maxWork = maxWork;
    }

    /** {@code ranked} with the what-if of each, within the bounds. */
    List<Hotspot> of(List<Hotspot> ranked) {
        double impact = 0;
        double reach = 0;
        double friction = 0;
        for (TouchpointAnalysis a : touchpoints.values()) {
            impact += a.impact();
            reach += a.reach();
            friction += a.friction();
        }
        double abandoned = routes.isEmpty() ? abandoned(graph, flow) : abandonedOnRoutes();
        long cost = routes.isEmpty() ? graph.touchpoints().size() + (long) graph.flows().size()
                : routes.stream().mapToLong(r -> r.solved().size()).sum();
        long work = 0;
        List<Hotspot> out = new ArrayList<>();
        for (Hotspot h : ranked) {
            TouchpointAnalysis t = h.touchpoint();
            Optional<WhatIf> whatIf = Optional.empty();
            if (h.rank() > MAX_HOTSPOTS) {
                whatIf = Optional.empty();
            } else if (!loses(t.touchpointId())) {
                double rest = reach > 0 ? (impact - t.impact()) / reach
                        : touchpoints.size() > 0 ? (friction - t.friction()) / touchpoints.size() : 0;
                whatIf = Optional.of(whatIf(100 * (1 - FrictionRules.clamp(rest)), 0));
            } else if (work + cost <= maxWork) {
                work += cost;
                whatIf = Optional.of(routes.isEmpty() ? rerouted(t.touchpointId(), abandoned)
                        : reroutedOnRoutes(t.touchpointId(), abandoned));
            }
            out.add(new Hotspot(h.rank(), t, whatIf));
        }
        return out;
    }

    private WhatIf whatIf(double experienceScore, double kept) {
        return new WhatIf(experienceScore, experienceScore - score, kept, business.perPeriod(kept),
                business.value(kept));
    }

    /** Whether {@code id} sends customers to abandoned exits: in the journey's graph, or on some persona route. */
    private boolean loses(String id) {
        if (routes.isEmpty()) {
            FrictionRules.Abandonment loss = losses.get(id);
            return loss != null && loss.share() > 0;
        }
        return routes.stream().map(r -> r.solved().losses().get(id)).anyMatch(l -> l != null && l.share() > 0);
    }

    /** The what-if of a touchpoint that loses customers: its abandoned share routed on, the flow solved again. */
    private WhatIf rerouted(String id, double abandonedBefore) {
        CustomerFlow after = FlowSolver.solve(graph, routedOn(graph, probability, id));
        return whatIf(id, tp -> after.touchpoint(tp).orElseThrow().reach(),
                1000 * (abandonedBefore - abandoned(graph, after)));
    }

    /** As {@link #rerouted}, on every persona route that passes {@code id}, weighed by the routes' shares. */
    private WhatIf reroutedOnRoutes(String id, double abandonedBefore) {
        Map<String, Double> reach = new HashMap<>();
        double abandonedAfter = 0;
        for (Analyzer.Route r : routes) {
            JourneyGraph g = r.solved().graph();
            CustomerFlow after = g.touchpoint(id).isPresent()
                    ? FlowSolver.solve(g, routedOn(g, r.solved().probability(), id)) : r.solved().flow();
            abandonedAfter += r.share() * abandoned(g, after);
            after.touchpoints().forEach((tp, f) -> reach.merge(tp, r.share() * f.reach(), Double::sum));
        }
        return whatIf(id, tp -> Math.min(1, reach.getOrDefault(tp, 0.0)), 1000 * (abandonedBefore - abandonedAfter));
    }

    /**
     * The probabilities of {@code g} with what {@code id} sends to abandoned exits routed on along its other steps,
     * in proportion; with nowhere else to go, those who gave up there end there instead: not passed on, and no
     * longer lost.
     */
    private static double[] routedOn(JourneyGraph g, double[] probability, String id) {
        double[] p = probability.clone();
        double lost = 0;
        double rest = 0;
        for (Flow f : g.outgoing(id)) {
            if (Analyzer.isAbandoned(g, f.to())) {
                lost += p[f.index()];
                p[f.index()] = 0;
            } else {
                rest += p[f.index()];
            }
        }
        if (rest > 0) {
            for (Flow f : g.outgoing(id)) {
                p[f.index()] *= (rest + lost) / rest;
            }
        }
        return p;
    }

    /** The what-if with {@code id}'s friction removed and every touchpoint reached as {@code reachAfter} says. */
    private WhatIf whatIf(String id, ToDoubleFunction<String> reachAfter, double kept) {
        double impact = 0;
        double reach = 0;
        double friction = 0;
        for (TouchpointAnalysis a : touchpoints.values()) {
            double f = a.touchpointId().equals(id) ? 0 : a.friction();
            double r = reachAfter.applyAsDouble(a.touchpointId());
            impact += f * r;
            reach += r;
            friction += f;
        }
        double mean = reach > 0 ? impact / reach : touchpoints.isEmpty() ? 0 : friction / touchpoints.size();
        return whatIf(100 * (1 - FrictionRules.clamp(mean)), kept);
    }

    /** The share of customers on the persona routes ending at an abandoned exit, weighed by the routes' shares. */
    private double abandonedOnRoutes() {
        double abandoned = 0;
        for (Analyzer.Route r : routes) {
            abandoned += r.share() * abandoned(r.solved().graph(), r.solved().flow());
        }
        return abandoned;
    }

    /** The share of all customers ending at an abandoned exit of {@code g}: the customers lost. */
    private static double abandoned(JourneyGraph g, CustomerFlow f) {
        double abandoned = 0;
        for (Map.Entry<String, Double> e : f.exits().entrySet()) {
            if (Analyzer.isAbandoned(g, e.getKey())) {
                abandoned += e.getValue();
            }
        }
        return abandoned;
    }
}
