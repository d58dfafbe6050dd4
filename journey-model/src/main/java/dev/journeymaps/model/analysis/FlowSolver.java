package dev.journeymaps.model.analysis;

import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.graph.EntryShares;
import dev.journeymaps.model.graph.Flow;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Solves the customer flow as an absorbing Markov chain, one loop at a time.
 *
 * <p>Customers start where {@link EntryShares} says: the written {@code journey.entries}, else the entries split
 * evenly.
 *
 * <p>Each touchpoint passes its customers on along its flows with the flow's probability (see
 * {@link #probabilities}); what it does not pass on drops off, and exits absorb everyone who arrives. The touchpoints
 * are grouped into loops (strongly connected over flows with a positive probability) and the groups are solved in
 * topological order, so no loop is ever revisited and the cost is linear outside loops. Inside a group of {@code k}
 * touchpoints with transition matrix {@code Q} and arrivals {@code b} from earlier groups, the expected passes are
 * {@code m = bᵀ (I − Q)⁻¹} and the reach of touchpoint {@code j} (the probability of passing it at least once) is
 * {@code m_j / N_jj}, where {@code N = (I − Q)⁻¹} and {@code N_jj} is the expected number of passes of a customer
 * who starts at {@code j}. Groups up to {@value #DENSE_LIMIT} touchpoints are inverted exactly (Gauss–Jordan);
 * larger ones are factored by their envelope ({@link EnvelopeSystem}), whose cost depends on the loop's shape and
 * not on its shares (an iteration needs millions of sweeps around a ring that keeps 99.9999% of its customers).
 * Only a loop whose envelope is too large for memory or seconds is solved by a capped iteration. A group that
 * nobody leaves and where nobody drops off is a trap: everyone entering it passes all of its touchpoints and circles
 * forever.
 */
final class FlowSolver {

    static final int DENSE_LIMIT = 400;
    static final double TOLERANCE = 1e-14;
    /** Entries of the largest envelope solved directly: 3M entries are 48 MB of factors. */
    static final long MAX_ENVELOPE = 3_000_000L;
    /** Multiplications of the largest direct solve: a few seconds. */
    static final double MAX_WORK = 4e9;
    /** Steps (an edge or a touchpoint in a sweep) of the iteration when even the envelope is too large. */
    static final long MAX_ITERATION_WORK = 200_000_000L;

    private final JourneyGraph graph;
    private final List<Touchpoint> nodes;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[] probability;
    private final double[] leak;
    private final double[] inflow;
    private final double[] visits;
    private final double[] reach;
    /**
     * Each touchpoint's position in the group being solved, -1 outside it: set and cleared per group, where a map
     * per group boxed every position (a journey without loops is a group per touchpoint).
     */
    private final int[] local;
    private double circling;

    private FlowSolver(JourneyGraph graph, double[] probability) {
        this.graph = graph;
        this.nodes = graph.touchpoints();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        this.probability = probability;
        this.leak = new double[nodes.size()];
        this.inflow = new double[nodes.size()];
        this.visits = new double[nodes.size()];
        this.reach = new double[nodes.size()];
        this.local = new int[nodes.size()];
        Arrays.fill(local, -1);
    }

    static CustomerFlow solve(JourneyGraph graph) {
        return solve(graph, probabilities(graph));
    }

    /** The flow with each flow's probability, by flow index, as given (a what-if routes customers otherwise). */
    static CustomerFlow solve(JourneyGraph graph, double[] probability) {
        return new FlowSolver(graph, probability.clone()).run();
    }

    /**
     * The probability of each flow, by flow index: its written share; a touchpoint's unassigned share (1 minus its
     * written shares) spread evenly over its flows without a share; written shares summing above 1 (an error the
     * validator reports) scaled down to sum to 1.
     */
    static double[] probabilities(JourneyGraph graph) {
        double[] p = new double[graph.flows().size()];
        for (Touchpoint t : graph.touchpoints()) {
            List<Flow> out = graph.outgoing(t.id());
            double assigned = 0;
            int unassigned = 0;
            for (Flow f : out) {
                if (f.share().isPresent()) {
                    assigned += f.share().getAsDouble();
                } else {
                    unassigned++;
                }
            }
            double scale = assigned > 1 ? 1 / assigned : 1;
            double rest = unassigned == 0 ? 0 : Math.max(0, 1 - assigned) / unassigned;
            for (Flow f : out) {
                p[f.index()] = f.share().isPresent() ? f.share().getAsDouble() * scale : rest;
            }
        }
        return p;
    }

    private CustomerFlow run() {
        for (int i = 0; i < nodes.size(); i++) {
            List<Flow> out = graph.outgoing(nodes.get(i).id());
            double passed = 0;
            for (Flow f : out) {
                passed += probability[f.index()];
            }
            leak[i] = out.isEmpty() ? 0 : Math.max(0, 1 - passed);
        }
        EntryShares.of(graph).shares().forEach((entry, share) -> inflow[index.get(entry)] += share);
        for (List<String> group : graph.groupsInFlowOrder(f -> probability[f.index()] > 0)) {
            // A loop, not a stream: a journey without loops is a group per touchpoint.
            int[] members = new int[group.size()];
            for (int i = 0; i < members.length; i++) {
                members[i] = index.get(group.get(i));
            }
            solveGroup(members);
        }
        return result();
    }

    private void solveGroup(int[] group) {
        for (int a = 0; a < group.length; a++) {
            local[group[a]] = a;
        }
        try {
            solveGroupAt(group);
        } finally {
            for (int node : group) {
                local[node] = -1;
            }
        }
    }

    /** Solves {@code group}, whose touchpoints {@link #local} holds the positions of. */
    private void solveGroupAt(int[] group) {
        boolean internal = false;
        double escape = 0;
        for (int node : group) {
            escape += leak[node] + (graph.outgoing(nodes.get(node).id()).isEmpty() ? 1 : 0);
            for (Flow f : graph.outgoing(nodes.get(node).id())) {
                boolean inside = local[index.get(f.to())] >= 0;
                internal |= inside && probability[f.index()] > 0;
                escape += inside ? 0 : probability[f.index()];
            }
        }
        if (!internal) {
            int node = group[0];
            visits[node] = inflow[node];
            reach[node] = Math.min(1, inflow[node]);
        } else if (escape <= 0) {
            trap(group);
            return;
        } else if (group.length <= DENSE_LIMIT) {
            solveDense(group);
        } else {
            solveLarge(group);
        }
        for (int node : group) {
            for (Flow f : graph.outgoing(nodes.get(node).id())) {
                int to = index.get(f.to());
                if (local[to] < 0) {
                    inflow[to] += visits[node] * probability[f.index()];
                }
            }
        }
    }

    private void trap(int[] group) {
        double entering = 0;
        for (int node : group) {
            entering += inflow[node];
        }
        for (int node : group) {
            visits[node] = Double.POSITIVE_INFINITY;
            reach[node] = Math.min(1, entering);
        }
        circling += entering;
    }

    private double[][] transitions(int[] group) {
        double[][] q = new double[group.length][group.length];
        for (int a = 0; a < group.length; a++) {
            for (Flow f : graph.outgoing(nodes.get(group[a]).id())) {
                int b = local[index.get(f.to())];
                if (b >= 0) {
                    q[a][b] += probability[f.index()];
                }
            }
        }
        return q;
    }

    private void solveDense(int[] group) {
        double[][] n = Matrices.inverse(Matrices.identityMinus(transitions(group)));
        for (int j = 0; j < group.length; j++) {
            double m = 0;
            for (int a = 0; a < group.length; a++) {
                m += inflow[group[a]] * n[a][j];
            }
            visits[group[j]] = m;
            reach[group[j]] = Math.min(1, m / n[j][j]);
        }
    }

    /**
     * A loop too large to invert densely: solved directly by its envelope when that fits {@value #MAX_ENVELOPE}
     * entries and about {@value #MAX_WORK} multiplications (rings, chains with returns and most drawn journeys);
     * otherwise by Gauss–Seidel iteration capped at {@value #MAX_ITERATION_WORK} steps, with reach estimated from
     * the passes and each touchpoint's own returns.
     */
    private void solveLarge(int[] group) {
        int k = group.length;
        List<int[]> edges = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (Flow f : graph.outgoing(nodes.get(group[a]).id())) {
                int b = local[index.get(f.to())];
                if (b >= 0 && probability[f.index()] > 0) {
                    edges.add(new int[] {a, b, f.index()});
                }
            }
        }
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        double[] p = new double[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            from[e] = edges.get(e)[0];
            to[e] = edges.get(e)[1];
            p[e] = probability[edges.get(e)[2]];
        }
        double[] b = new double[k];
        for (int a = 0; a < k; a++) {
            b[a] = inflow[group[a]];
        }
        int[] first = EnvelopeSystem.firstLinks(k, from, to);
        double[] m;
        double[] returns;
        if (EnvelopeSystem.entries(first) <= MAX_ENVELOPE && EnvelopeSystem.work(first) <= MAX_WORK) {
            EnvelopeSystem system = EnvelopeSystem.of(first, from, to, p);
            system.factor();
            m = system.solveLeft(b);
            returns = system.inverseDiagonal();
        } else {
            m = gaussSeidel(b, from, to, p);
            returns = new double[k];
            for (int e = 0; e < from.length; e++) {
                if (from[e] == to[e]) {
                    returns[from[e]] += p[e];
                }
            }
            for (int a = 0; a < k; a++) {
                returns[a] = 1 / (1 - returns[a]);
            }
        }
        for (int j = 0; j < k; j++) {
            visits[group[j]] = m[j];
            reach[group[j]] = Math.min(1, m[j] / returns[j]);
        }
    }

    /**
     * Solves {@code m_a = b_a + Σ p(e) m_from(e)} over the edges into {@code a}, sweeping in journey order until it
     * settles to {@value #TOLERANCE} or the work cap is spent.
     */
    private static double[] gaussSeidel(double[] b, int[] from, int[] to, double[] p) {
        int k = b.length;
        int[] start = new int[k + 1];
        for (int t : to) {
            start[t + 1]++;
        }
        for (int a = 0; a < k; a++) {
            start[a + 1] += start[a];
        }
        int[] source = new int[from.length];
        double[] weight = new double[from.length];
        int[] fill = start.clone();
        for (int e = 0; e < from.length; e++) {
            int slot = fill[to[e]]++;
            source[slot] = from[e];
            weight[slot] = p[e];
        }
        double[] x = b.clone();
        long sweeps = Math.max(1, MAX_ITERATION_WORK / Math.max(1, from.length + k));
        for (long sweep = 0; sweep < sweeps; sweep++) {
            double change = 0;
            double size = 0;
            for (int a = 0; a < k; a++) {
                double v = b[a];
                for (int e = start[a]; e < start[a + 1]; e++) {
                    v += weight[e] * x[source[e]];
                }
                change = Math.max(change, Math.abs(v - x[a]));
                size = Math.max(size, Math.abs(v));
                x[a] = v;
            }
            if (change <= TOLERANCE * size) {
                break;
            }
        }
        return x;
    }

    private CustomerFlow result() {
        Map<String, TouchpointFlow> touchpoints = new LinkedHashMap<>();
        Map<String, Double> exits = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String id = nodes.get(i).id();
            boolean isExit = graph.isExit(id);
            boolean trapped = Double.isInfinite(visits[i]);
            double dropOff = trapped ? 0 : visits[i] * leak[i];
            double ended = isExit ? visits[i] : 0;
            touchpoints.put(id, new TouchpointFlow(id, reach[i], visits[i], leak[i], dropOff, ended));
            if (isExit) {
                exits.put(id, ended);
            }
        }
        List<StageFunnel> stages = new ArrayList<>();
        for (Stage stage : graph.journey().stages()) {
            double stageReach = 0;
            double dropOff = 0;
            double ended = 0;
            for (Touchpoint t : stage.touchpoints()) {
                TouchpointFlow f = touchpoints.get(t.id());
                if (f != null && graph.touchpoint(t.id()).orElseThrow() == t) {
                    stageReach = Math.max(stageReach, f.reach());
                    dropOff += f.dropOff();
                    ended += f.ended();
                }
            }
            stages.add(new StageFunnel(stage.id(), stageReach, dropOff, ended));
        }
        return new CustomerFlow(touchpoints, exits, stages, circling);
    }
}
