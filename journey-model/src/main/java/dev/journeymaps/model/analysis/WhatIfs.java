package dev.journeymaps.model.analysis;

import dev.journeymaps.model.graph.Flow;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The what-if of each hotspot: the analysis redone with its friction removed and its abandoned share routed on.
 *
 * <p>Removing a touchpoint's friction changes no other touchpoint's friction (each is judged on its own inputs and
 * its own steps), so without abandonment only its contribution leaves the experience score and the sums give the
 * answer at once. With abandonment, the customers it sent to abandoned exits go on along its other steps in
 * proportion to their shares (or end there, no longer lost, when it has no other step), which changes the reach
 * downstream: the flow is solved again. The customers kept are the fall in customers ending at abandoned exits, so a
 * customer routed on and lost further down at another abandoned exit is not counted as kept. Bounded: at most {@value #MAX_HOTSPOTS} hotspots get a what-if, and flow solves stop once they
 * would pass {@value #MAX_WORK} touchpoints and flows in all; hotspots past either bound get none.
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

    WhatIfs(JourneyGraph graph, double[] probability, CustomerFlow flow,
            Map<String, FrictionRules.Abandonment> losses, Map<String, TouchpointAnalysis> touchpoints, double score,
            BusinessEffect business) {
        this.graph = graph;
        this.probability = probability;
        this.flow = flow;
        this.losses = losses;
        this.touchpoints = touchpoints;
        this.score = score;
        this.business = business;
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
        double abandoned = abandoned(flow);
        long cost = graph.touchpoints().size() + (long) graph.flows().size();
        long work = 0;
        List<Hotspot> out = new ArrayList<>();
        for (Hotspot h : ranked) {
            TouchpointAnalysis t = h.touchpoint();
            FrictionRules.Abandonment loss = losses.get(t.touchpointId());
            Optional<WhatIf> whatIf = Optional.empty();
            if (h.rank() > MAX_HOTSPOTS) {
                whatIf = Optional.empty();
            } else if (loss == null || loss.share() <= 0) {
                double rest = reach > 0 ? (impact - t.impact()) / reach
                        : touchpoints.size() > 0 ? (friction - t.friction()) / touchpoints.size() : 0;
                whatIf = Optional.of(whatIf(100 * (1 - FrictionRules.clamp(rest)), 0));
            } else if (work + cost <= MAX_WORK) {
                work += cost;
                whatIf = Optional.of(rerouted(t.touchpointId(), abandoned));
            }
            out.add(new Hotspot(h.rank(), t, whatIf));
        }
        return out;
    }

    private WhatIf whatIf(double experienceScore, double kept) {
        return new WhatIf(experienceScore, experienceScore - score, kept, business.perPeriod(kept),
                business.value(kept));
    }

    /** The what-if of a touchpoint that loses customers: its abandoned share routed on, the flow solved again. */
    private WhatIf rerouted(String id, double abandonedBefore) {
        double[] p = probability.clone();
        double lost = 0;
        double rest = 0;
        for (Flow f : graph.outgoing(id)) {
            if (Analyzer.isAbandoned(graph, f.to())) {
                lost += p[f.index()];
                p[f.index()] = 0;
            } else {
                rest += p[f.index()];
            }
        }
        if (rest > 0) {
            for (Flow f : graph.outgoing(id)) {
                p[f.index()] *= (rest + lost) / rest;
            }
        }
        // with nowhere else to go, those who gave up here end here instead: not passed on, and no longer lost
        CustomerFlow after = FlowSolver.solve(graph, p);
        double impact = 0;
        double reach = 0;
        double friction = 0;
        for (TouchpointAnalysis a : touchpoints.values()) {
            double f = a.touchpointId().equals(id) ? 0 : a.friction();
            double r = after.touchpoint(a.touchpointId()).orElseThrow().reach();
            impact += f * r;
            reach += r;
            friction += f;
        }
        double mean = reach > 0 ? impact / reach : touchpoints.isEmpty() ? 0 : friction / touchpoints.size();
        return whatIf(100 * (1 - FrictionRules.clamp(mean)), 1000 * (abandonedBefore - abandoned(after)));
    }

    /** The share of all customers ending at an abandoned exit: the customers lost. */
    private double abandoned(CustomerFlow f) {
        double abandoned = 0;
        for (Map.Entry<String, Double> e : f.exits().entrySet()) {
            if (Analyzer.isAbandoned(graph, e.getKey())) {
                abandoned += e.getValue();
            }
        }
        return abandoned;
    }
}
