package dev.journeymaps.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
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
