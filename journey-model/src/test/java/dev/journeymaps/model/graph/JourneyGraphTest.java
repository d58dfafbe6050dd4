package dev.journeymaps.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneyBuilder;
import dev.journeymaps.model.testing.Seeds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.junit.jupiter.api.Test;

class JourneyGraphTest {

    /** a b | c d e, where b branches to d and e, e loops back to c, and d is an exit. */
    private static Journey branching() {
        return Journey.builder("j", "T")
                .stage("one", "One", s -> s
                        .touchpoint("a", "A", t -> {})
                        .touchpoint("b", "B", t -> t.next("d", 0.6, "happy path").next("e", 0.3, "")))
                .stage("two", "Two", s -> s
                        .touchpoint("c", "C", t -> {})
                        .touchpoint("d", "D", t -> t.exit())
                        .touchpoint("e", "E", t -> t.next("c")))
                .build();
    }

    @Test
    void wiresTouchpointsWithoutNextToTheFollowingOneAcrossStages() {
        JourneyGraph g = JourneyGraph.of(Journey.builder("j", "T")
                .stage("one", "One", s -> s.touchpoint("a", "A", t -> {}).touchpoint("b", "B", t -> {}))
                .stage("two", "Two", s -> s.touchpoint("c", "C", t -> {}))
                .build());
        assertThat(g.flows()).extracting(f -> f.from() + ">" + f.to()).containsExactly("a>b", "b>c");
        assertThat(g.flows()).allMatch(Flow::implicit);
        assertThat(g.entries()).containsExactly("a");
        assertThat(g.exits()).containsExactly("c");
    }

    @Test
    void followsWrittenStepsAndStopsAtExits() {
        JourneyGraph g = JourneyGraph.of(branching());
        assertThat(g.successors("a")).containsExactly("b");
        assertThat(g.successors("b")).containsExactly("d", "e");
        assertThat(g.outgoing("b").get(0).label()).isEqualTo("happy path");
        assertThat(g.successors("c")).containsExactly("d");
        assertThat(g.successors("d")).isEmpty();
        assertThat(g.exits()).containsExactly("d");
        assertThat(g.entries()).containsExactly("a");
        assertThat(g.predecessors("c")).containsExactly("e");
    }

    @Test
    void findsLoopsAndReachability() {
        JourneyGraph g = JourneyGraph.of(branching());
        assertThat(g.loops()).isEmpty();
        JourneyGraph looped = JourneyGraph.of(Journey.builder("j", "T")
                .stage("s", "S", s -> s
                        .touchpoint("a", "A", t -> {})
                        .touchpoint("b", "B", t -> t.next("c"))
                        .touchpoint("c", "C", t -> t.next("b").next("d"))
                        .touchpoint("d", "D", t -> t.next("d").next("e"))
                        .touchpoint("e", "E", t -> {}))
                .build());
        assertThat(looped.loops()).containsExactly(java.util.List.of("b", "c"), java.util.List.of("d"));
        assertThat(looped.reachableFromEntries()).containsExactly("a", "b", "c", "d", "e");
        assertThat(looped.canReachExit()).containsExactly("a", "b", "c", "d", "e");
        assertThat(looped.entries()).containsExactly("a");
    }

    @Test
    void keepsTwoStepsBetweenTheSameTouchpointsAsTwoFlows() {
        JourneyGraph g = JourneyGraph.of(Journey.builder("j", "T")
                .stage("s", "S", s -> s
                        .touchpoint("a", "A", t -> t.next("b", 0.5, "by mail").next("b", 0.5, "by phone"))
                        .touchpoint("b", "B", t -> {}))
                .build());
        assertThat(g.outgoing("a")).extracting(Flow::label).containsExactly("by mail", "by phone");
    }

    @Test
    void startsAtTheFirstTouchpointWhenEverythingIsALoop() {
        JourneyGraph g = JourneyGraph.of(Journey.builder("j", "T")
                .stage("s", "S", s -> s.touchpoint("a", "A", t -> t.next("b")).touchpoint("b", "B", t -> t.next("a")))
                .build());
        assertThat(g.entries()).containsExactly("a");
        assertThat(g.exits()).isEmpty();
    }

    @Test
    void ordersGroupsAndFindsEntriesAsJGraphTDoesOnSeededJourneys() {
        // groupsInFlowOrder and entries work on positions and arrays; the reference below is how they were written
        // with JGraphT (its strongly connected sets, a graph of the groups, its topological order with the groups'
        // journey order breaking ties). Loops, self-loops, two steps to one touchpoint, exits, shares of 0 left out.
        Seeds.forEach(20261203L, 400, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 1 + random.nextInt(40);
            JourneyBuilder b = Journey.builder("j", "J");
            for (int stage = 0, t = 0; t < n; stage++) {
                int first = t;
                int size = Math.min(n - t, 1 + random.nextInt(6));
                b.stage("s" + stage, "S", s -> {
                    for (int i = first; i < first + size; i++) {
                        int at = i;
                        s.touchpoint("t" + at, "T", tp -> {
                            int roll = random.nextInt(10);
                            if (roll == 0) {
                                tp.exit();
                            } else if (roll < 5) {
                                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                                    tp.next("t" + random.nextInt(n), random.nextInt(4) / 4.0, "");
                                }
                            }
                        });
                    }
                });
                t += size;
            }
            JourneyGraph g = JourneyGraph.of(b.build());
            double[] weight = new double[g.flows().size()];
            for (int i = 0; i < weight.length; i++) {
                weight[i] = random.nextInt(3) == 0 ? 0 : 1;
            }
            for (Predicate<Flow> carries : List.<Predicate<Flow>>of(f -> true, f -> weight[f.index()] > 0)) {
                assertThat(g.groupsInFlowOrder(carries)).isEqualTo(referenceGroups(g, carries));
            }
            assertThat(g.entries()).isEqualTo(referenceEntries(g));
        });
    }

    private static List<List<String>> referenceGroups(JourneyGraph g, Predicate<Flow> carries) {
        Graph<String, Flow> carried = new DirectedPseudograph<>(null, null, false);
        g.touchpoints().forEach(t -> carried.addVertex(t.id()));
        g.flows().stream().filter(carries).forEach(f -> carried.addEdge(f.from(), f.to(), f));
        Map<String, Integer> positions = new HashMap<>();
        g.touchpoints().forEach(t -> positions.put(t.id(), positions.size()));
        List<List<String>> groups = new ArrayList<>();
        for (Set<String> set : new KosarajuStrongConnectivityInspector<>(carried).stronglyConnectedSets()) {
            List<String> group = new ArrayList<>(set);
            group.sort((x, y) -> Integer.compare(positions.get(x), positions.get(y)));
            groups.add(List.copyOf(group));
        }
        groups.sort((x, y) -> Integer.compare(positions.get(x.get(0)), positions.get(y.get(0))));
        Map<String, Integer> groupOf = new HashMap<>();
        Graph<Integer, DefaultEdge> condensation = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < groups.size(); i++) {
            condensation.addVertex(i);
            for (String id : groups.get(i)) {
                groupOf.put(id, i);
            }
        }
        for (Flow f : g.flows()) {
            int from = groupOf.get(f.from());
            int to = groupOf.get(f.to());
            if (from != to && carries.test(f) && !condensation.containsEdge(from, to)) {
                condensation.addEdge(from, to);
            }
        }
        List<List<String>> ordered = new ArrayList<>();
        new TopologicalOrderIterator<>(condensation, Integer::compare).forEachRemaining(i -> ordered.add(groups.get(i)));
        return ordered;
    }

    private static List<String> referenceEntries(JourneyGraph g) {
        Graph<String, Flow> graph = new DirectedPseudograph<>(null, null, false);
        g.touchpoints().forEach(t -> graph.addVertex(t.id()));
        g.flows().forEach(f -> graph.addEdge(f.from(), f.to(), f));
        List<String> entries = g.touchpoints().stream().map(t -> t.id())
                .filter(id -> graph.incomingEdgesOf(id).stream().allMatch(Flow::isSelfLoop))
                .toList();
        return entries.isEmpty() && !g.touchpoints().isEmpty() ? List.of(g.touchpoints().get(0).id()) : entries;
    }

    @Test
    void walksLongChainsWithoutRecursion() {
        // Regression: Gabow's recursive search overflowed the stack on the 10,000-stage file of the hostile corpus.
        dev.journeymaps.model.JourneyBuilder b = Journey.builder("long", "Long");
        for (int i = 0; i < 50_000; i++) {
            int n = i;
            b.stage("s" + n, "S", s -> s.touchpoint("t" + n, "T", t -> {}));
        }
        JourneyGraph g = JourneyGraph.of(b.build());
        assertThat(g.loops()).isEmpty();
        assertThat(g.groupsInFlowOrder(f -> true)).hasSize(50_000);
        assertThat(g.canReachExit()).hasSize(50_000);
    }
}
