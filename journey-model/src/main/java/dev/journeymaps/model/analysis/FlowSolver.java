package dev.journeymaps.model.analysis;

import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.graph.Flow;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Solves the customer flow as an absorbing Markov chain, one loop at a time.
 *
 * <p>Each touchpoint passes its customers on along its flows with the flow's probability (see
 * {@link #probabilities}); what it does not pass on drops off, and exits absorb everyone who arrives. The touchpoints
 * are grouped into loops (strongly connected over flows with a positive probability) and the groups are solved in
 * topological order, so no loop is ever revisited and the cost is linear outside loops. Inside a group of {@code k}
 * touchpoints with transition matrix {@code Q} and arrivals {@code b} from earlier groups, the expected passes are
 * {@code m = bᵀ (I − Q)⁻¹} and the reach of touchpoint {@code j} (the probability of passing it at least once) is
 * {@code m_j / N_jj}, where {@code N = (I − Q)⁻¹} and {@code N_jj} is the expected number of passes of a customer
 * who starts at {@code j}. Groups up to {@value #DENSE_LIMIT} touchpoints are inverted exactly (Gauss–Jordan);
 * larger ones are solved by Gauss–Seidel iteration to a relative tolerance of {@value #TOLERANCE}. A group that
 * nobody leaves and where nobody drops off is a trap: everyone entering it passes all of its touchpoints and circles
 * forever.
 */
final class FlowSolver {

    static final int DENSE_LIMIT = 400;
    static final double TOLERANCE = 1e-14;
    private static final int MAX_SWEEPS = 1_000_000;

    private final JourneyGraph graph;
    private final List<Touchpoint> nodes;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[] probability;
    private final double[] leak;
    private final double[] inflow;
    private final double[] visits;
    private final double[] reach;
    private double circling;

    private FlowSolver(JourneyGraph graph) {
        this.graph = graph;
        this.nodes = graph.touchpoints();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        this.probability = probabilities(graph);
        this.leak = new double[nodes.size()];
        this.inflow = new double[nodes.size()];
        this.visits = new double[nodes.size()];
        this.reach = new double[nodes.size()];
    }

    static CustomerFlow solve(JourneyGraph graph) {
        return new FlowSolver(graph).run();
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
        List<String> entries = graph.entries();
        for (String entry : entries) {
            inflow[index.get(entry)] += 1.0 / entries.size();
        }
        for (List<String> group : graph.groupsInFlowOrder(f -> probability[f.index()] > 0)) {
            solveGroup(group.stream().mapToInt(index::get).toArray());
        }
        return result();
    }

    private void solveGroup(int[] group) {
        Map<Integer, Integer> local = new HashMap<>();
        for (int a = 0; a < group.length; a++) {
            local.put(group[a], a);
        }
        boolean internal = false;
        double escape = 0;
        for (int node : group) {
            escape += leak[node] + (graph.outgoing(nodes.get(node).id()).isEmpty() ? 1 : 0);
            for (Flow f : graph.outgoing(nodes.get(node).id())) {
                boolean inside = local.containsKey(index.get(f.to()));
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
            solveDense(group, local);
        } else {
            solveIteratively(group, local);
        }
        for (int node : group) {
            for (Flow f : graph.outgoing(nodes.get(node).id())) {
                int to = index.get(f.to());
                if (!local.containsKey(to)) {
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

    private double[][] transitions(int[] group, Map<Integer, Integer> local) {
        double[][] q = new double[group.length][group.length];
        for (int a = 0; a < group.length; a++) {
            for (Flow f : graph.outgoing(nodes.get(group[a]).id())) {
                Integer b = local.get(index.get(f.to()));
                if (b != null) {
                    q[a][b] += probability[f.index()];
                }
            }
        }
        return q;
    }

    private void solveDense(int[] group, Map<Integer, Integer> local) {
        double[][] n = Matrices.inverse(Matrices.identityMinus(transitions(group, local)));
        for (int j = 0; j < group.length; j++) {
            double m = 0;
            for (int a = 0; a < group.length; a++) {
                m += inflow[group[a]] * n[a][j];
            }
            visits[group[j]] = m;
            reach[group[j]] = Math.min(1, m / n[j][j]);
        }
    }

    private void solveIteratively(int[] group, Map<Integer, Integer> local) {
        int k = group.length;
        List<List<int[]>> incoming = new ArrayList<>();
        List<List<int[]>> outgoing = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            incoming.add(new ArrayList<>());
            outgoing.add(new ArrayList<>());
        }
        for (int a = 0; a < k; a++) {
            for (Flow f : graph.outgoing(nodes.get(group[a]).id())) {
                Integer b = local.get(index.get(f.to()));
                if (b != null && probability[f.index()] > 0) {
                    outgoing.get(a).add(new int[] {b, f.index()});
                    incoming.get(b).add(new int[] {a, f.index()});
                }
            }
        }
        double[] b = new double[k];
        for (int a = 0; a < k; a++) {
            b[a] = inflow[group[a]];
        }
        double[] m = gaussSeidel(b, incoming);
        for (int j = 0; j < k; j++) {
            double[] unit = new double[k];
            unit[j] = 1;
            double njj = gaussSeidel(unit, outgoing)[j];
            visits[group[j]] = m[j];
            reach[group[j]] = Math.min(1, m[j] / njj);
        }
    }

    /** Solves {@code x_a = c_a + Σ p(e) x_b} over the edges {@code (b, e)} listed for {@code a}. */
    private double[] gaussSeidel(double[] c, List<List<int[]>> edges) {
        double[] x = c.clone();
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double change = 0;
            double size = 0;
            for (int a = 0; a < x.length; a++) {
                double v = c[a];
                for (int[] e : edges.get(a)) {
                    v += probability[e[1]] * x[e[0]];
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
