package dev.journeymaps.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.graph.JourneyGraph;
import org.junit.jupiter.api.Test;

class CustomerFlowTest {

    private static final double EPS = 1e-12;

    @Test
    void followsBranchesAndLoopsOfADamagedDelivery() {
        CustomerFlow flow = FlowSolver.solve(JourneyGraph.of(Journeys.damagedDelivery()));

        assertThat(flow.touchpoint("insta-ad").orElseThrow().reach()).isCloseTo(1.0, within(EPS));
        assertThat(flow.touchpoint("checkout").orElseThrow().reach()).isCloseTo(1.0, within(EPS));
        assertThat(flow.touchpoint("unboxing").orElseThrow().reach()).isCloseTo(0.9, within(EPS));
        // support loops back to itself 20% of the time: 0.9 / (1 − 0.2) = 1.125 passes, but 90% of customers
        TouchpointFlow support = flow.touchpoint("support").orElseThrow();
        assertThat(support.reach()).isCloseTo(0.9, within(EPS));
        assertThat(support.visits()).isCloseTo(1.125, within(EPS));
        assertThat(support.dropOff()).isCloseTo(0.0, within(EPS));
        assertThat(flow.exits()).containsOnlyKeys("cart-abandoned", "refund");
        assertThat(flow.exits().get("cart-abandoned")).isCloseTo(0.1, within(EPS));
        assertThat(flow.exits().get("refund")).isCloseTo(0.9, within(EPS));
        assertThat(flow.circling()).isZero();
    }

    @Test
    void whatIsNotPassedOnDropsOff() {
        Journey journey = Journey.builder("trial", "SaaS trial")
                .stage("trial", "Trial", s -> s
                        .touchpoint("signup", "Signs up", t -> t.next("onboarding", 0.6, ""))
                        .touchpoint("onboarding", "Onboarding call", t -> t.next("paid", 0.5, ""))
                        .touchpoint("paid", "Pays", t -> {}))
                .build();
        CustomerFlow flow = FlowSolver.solve(JourneyGraph.of(journey));
        assertThat(flow.touchpoint("signup").orElseThrow().dropOff()).isCloseTo(0.4, within(EPS));
        assertThat(flow.touchpoint("signup").orElseThrow().dropOffRate()).isCloseTo(0.4, within(EPS));
        assertThat(flow.touchpoint("onboarding").orElseThrow().dropOff()).isCloseTo(0.3, within(EPS));
        assertThat(flow.touchpoint("onboarding").orElseThrow().dropOffRate()).isCloseTo(0.5, within(EPS));
        assertThat(flow.exits().get("paid")).isCloseTo(0.3, within(EPS));
        assertThat(flow.stages()).singleElement().satisfies(s -> {
            assertThat(s.reach()).isCloseTo(1.0, within(EPS));
            assertThat(s.dropOff()).isCloseTo(0.7, within(EPS));
            assertThat(s.ended()).isCloseTo(0.3, within(EPS));
        });
    }

    @Test
    void spreadsUnassignedSharesEvenlyAndEntriesShareCustomers() {
        Journey journey = Journey.builder("two-doors", "Two ways in")
                .stage("start", "Start", s -> s
                        .touchpoint("ad", "Sees an ad", t -> t.next("shop"))
                        .touchpoint("friend", "Hears from a friend", t -> t
                                .next("shop", 0.4, "")
                                .next("store")
                                .next("leaves")))
                .stage("buy", "Buy", s -> s
                        .touchpoint("shop", "Web shop", t -> t.exit())
                        .touchpoint("store", "Store", t -> t.exit())
                        .touchpoint("leaves", "Leaves", t -> t.exit()))
                .build();
        CustomerFlow flow = FlowSolver.solve(JourneyGraph.of(journey));
        // half start at each entry; the friend passes 40% to the shop and 30% each to store and leaves
        assertThat(flow.exits().get("shop")).isCloseTo(0.5 + 0.5 * 0.4, within(EPS));
        assertThat(flow.exits().get("store")).isCloseTo(0.15, within(EPS));
        assertThat(flow.exits().get("leaves")).isCloseTo(0.15, within(EPS));
    }

    @Test
    void customersStartWhereTheEntriesSay() {
        Journey journey = Journey.builder("two-doors", "Two ways in")
                .entry("ad", 0.8)
                .entry("friend", 0.2)
                .stage("start", "Start", s -> s
                        .touchpoint("ad", "Sees an ad", t -> t.next("shop"))
                        .touchpoint("friend", "Hears from a friend", t -> t.next("shop", 0.5, "").next("store")))
                .stage("buy", "Buy", s -> s
                        .touchpoint("shop", "Web shop", t -> t.exit())
                        .touchpoint("store", "Store", t -> t.exit()))
                .build();
        CustomerFlow flow = FlowSolver.solve(JourneyGraph.of(journey));
        assertThat(flow.touchpoint("ad").orElseThrow().reach()).isCloseTo(0.8, within(EPS));
        assertThat(flow.touchpoint("friend").orElseThrow().reach()).isCloseTo(0.2, within(EPS));
        assertThat(flow.exits().get("shop")).isCloseTo(0.8 + 0.2 * 0.5, within(EPS));
        assertThat(flow.exits().get("store")).isCloseTo(0.1, within(EPS));
    }

    @Test
    void entrySharesBelowOneAreScaledUpAndMayStartMidJourney() {
        Journey journey = Journey.builder("mid", "Starts mid-way")
                .entry("ad", 0.3)
                .entry("shop", 0.1)
                .stage("s", "S", st -> st
                        .touchpoint("ad", "Sees an ad", t -> {})
                        .touchpoint("shop", "Web shop", t -> t.exit()))
                .build();
        CustomerFlow flow = FlowSolver.solve(JourneyGraph.of(journey));
        assertThat(flow.touchpoint("ad").orElseThrow().reach()).isCloseTo(0.75, within(EPS));
        assertThat(flow.touchpoint("shop").orElseThrow().reach()).isCloseTo(1.0, within(EPS));
        assertThat(flow.touchpoint("shop").orElseThrow().visits()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void aLoopNobodyLeavesHoldsItsCustomersForever() {
        Journey journey = Journey.builder("hold", "On hold")
                .stage("support", "Support", s -> s
                        .touchpoint("call", "Calls", t -> t.next("hold", 0.5, "").next("done", 0.5, ""))
                        .touchpoint("hold", "Waits on hold", t -> t.next("music"))
                        .touchpoint("music", "Hears music", t -> t.next("hold"))
                        .touchpoint("done", "Done", t -> t.exit()))
                .build();
        CustomerFlow flow = FlowSolver.solve(JourneyGraph.of(journey));
        assertThat(flow.circling()).isCloseTo(0.5, within(EPS));
        assertThat(flow.touchpoint("music").orElseThrow().reach()).isCloseTo(0.5, within(EPS));
        assertThat(flow.exits().get("done")).isCloseTo(0.5, within(EPS));
    }

    @Test
    void largeLoopsSolvedIterativelyAgreeWithTheExactSolution() {
        int size = FlowSolver.DENSE_LIMIT + 10;
        Journey journey = Journey.builder("ring", "A long ring")
                .stage("ring", "Ring", s -> {
                    for (int i = 0; i < size; i++) {
                        int n = i;
                        s.touchpoint("t" + i, "Step " + i, t -> {
                            t.next("t" + ((n + 1) % size), 0.9, "");
                            if (n % 7 == 0) {
                                t.next("out", 0.05, "");
                            }
                        });
                    }
                    s.touchpoint("out", "Leaves", t -> t.exit());
                })
                .build();
        CustomerFlow flow = FlowSolver.solve(JourneyGraph.of(journey));
        double total = flow.exits().values().stream().mapToDouble(Double::doubleValue).sum() + flow.totalDropOff();
        assertThat(total).isCloseTo(1.0, within(1e-9));
        assertThat(flow.touchpoint("t0").orElseThrow().reach()).isCloseTo(1.0, within(1e-9));
        // t1 is reached by everyone who does not leave at t0: 1 − 0.05 − 0.05 (dropped)
        assertThat(flow.touchpoint("t1").orElseThrow().reach()).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void aRingThatKeepsAlmostEveryoneIsSolvedExactly() {
        // 401 touchpoints passing on 99.9999%: an iteration needed millions of sweeps around the ring
        int size = FlowSolver.DENSE_LIMIT + 1;
        Journey journey = ring(size, 0.999999, 1);
        CustomerFlow flow = FlowSolver.solve(JourneyGraph.of(journey));
        assertConserved(flow);
        // everyone passes every touchpoint at least once; t1 drops 1e-6 of the t0 passes each lap
        assertThat(flow.touchpoint("t" + (size - 1)).orElseThrow().reach()).isCloseTo(1.0, within(1e-3));
        // passes per customer: 1 / (1 − 0.999999^size) laps of the whole ring
        double laps = 1 / (1 - Math.pow(0.999999, size));
        assertThat(flow.touchpoint("t0").orElseThrow().visits()).isCloseTo(laps, within(laps * 1e-9));
    }

    @Test
    void aLargeTangledLoopIsSolvedDirectlyAndConserved() {
        // 2,000 touchpoints, each leading on to the next and back to two earlier ones: one strongly connected group
        int size = 2_000;
        java.util.SplittableRandom random = new java.util.SplittableRandom(2_000);
        Journey journey = Journey.builder("tangle", "A tangle")
                .stage("all", "All", s -> {
                    for (int i = 0; i < size; i++) {
                        int n = i;
                        s.touchpoint("t" + i, "Step " + i, t -> t
                                .next("t" + ((n + 1) % size), 0.5, "")
                                .next("t" + random.nextInt(size), 0.3, "")
                                .next("t" + random.nextInt(size), 0.19, ""));
                    }
                })
                .build();
        CustomerFlow flow = FlowSolver.solve(JourneyGraph.of(journey));
        assertConserved(flow);
        assertThat(flow.touchpoint("t0").orElseThrow().reach()).isCloseTo(1.0, within(1e-9));
        flow.touchpoints().values().forEach(t -> assertThat(t.reach()).isBetween(0.0, 1.0));
    }

    @Test
    void aLoopTooLargeForTheDirectSolveIsStillSolvedAndConserved() {
        // Every touchpoint links back to the first: the envelope is the whole triangle, 5·10⁹ entries
        int size = 100_000;
        Journey journey = Journey.builder("fan", "Everyone back to the start")
                .stage("all", "All", s -> {
                    for (int i = 0; i < size; i++) {
                        int n = i;
                        s.touchpoint("t" + i, "Step " + i, t -> t
                                .next("t" + ((n + 1) % size), 0.5, "")
                                .next("t" + (size - 1 - n), 0.4, ""));
                    }
                })
                .build();
        CustomerFlow flow = FlowSolver.solve(JourneyGraph.of(journey));
        assertConserved(flow);
    }

    private static Journey ring(int size, double share, int everyLeaves) {
        return Journey.builder("ring", "A ring")
                .stage("ring", "Ring", s -> {
                    for (int i = 0; i < size; i++) {
                        int n = i;
                        s.touchpoint("t" + i, "Step " + i, t -> t.next("t" + ((n + 1) % size), share, ""));
                    }
                })
                .build();
    }

    private static void assertConserved(CustomerFlow flow) {
        double total = flow.exits().values().stream().mapToDouble(Double::doubleValue).sum() + flow.totalDropOff()
                + flow.circling();
        assertThat(total).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aVeryLongJourneyDoesNotOverflowTheStack() {
        int size = 20_000;
        Journey journey = Journey.builder("long", "A long journey")
                .stage("all", "All", s -> {
                    for (int i = 0; i < size; i++) {
                        s.touchpoint("t" + i, "Step " + i, t -> {});
                    }
                })
                .build();
        CustomerFlow flow = FlowSolver.solve(JourneyGraph.of(journey));
        assertThat(flow.exits().get("t" + (size - 1))).isCloseTo(1.0, within(EPS));
    }
}
