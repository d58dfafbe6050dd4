package dev.journeymaps.model.graph;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.PersonaRoutes;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.Transition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * A journey as a directed graph of touchpoints (vertices, by id) and flows (edges), with the default wiring applied:
 * a touchpoint without {@code next} leads to the following touchpoint, across stage boundaries, and the journey's last
 * touchpoint is an exit.
 *
 * <p>Entries are touchpoints nothing leads to; when every touchpoint has a predecessor (the whole journey is a
 * loop), the first touchpoint is the entry, because that is where the map starts. Exits are touchpoints with no
 * outgoing flow. When ids repeat, the first touchpoint with an id stands for it; references to unknown ids are left
 * out of the graph (the validator reports both). Every collection answered keeps the journey's order.
 */
public final class JourneyGraph {

    private final Journey journey;
    private final Map<String, Touchpoint> touchpoints;
    /** The same touchpoints as a list, in journey order: asked for by every route's solver and what-ifs. */
    private final List<Touchpoint> inOrder;
    private final List<Flow> flows;
    /**
     * Each touchpoint's outgoing flows, in flow order, by the id of a touchpoint that has any: its run of the flow
     * list. What a map asks, and most of what the analysis asks, without JGraphT's graph; one map, not two, so that
     * validating 100,000 touchpoints still fits 128 MB.
     */
    private final Map<String, List<Flow>> outgoing;
    /**
     * The graph for the algorithms (reach, loops) and incoming flows, built the first time one is asked for: a map is
     * drawn with the outgoing flows alone, and JGraphT's graph of 100,000 touchpoints was about 25 MB of the heap
     * while it was drawn.
     */
    private volatile Graph<String, Flow> graph;
    /** Each persona's route as a graph, built when first asked for (see {@link #route}). */
    private final Map<String, JourneyGraph> routes = new ConcurrentHashMap<>();
    /** {@link #routeTouchpoints()} once counted, -1 before; racing threads count the same. */
    private volatile long routeTouchpoints = -1;
    /** {@link #routesDiffer()} once asked, null before. */
    private volatile Boolean routesDiffer;
    /**
     * The strongly connected sets of the whole graph once found, null before: validation asks for the loops and the
     * analysis for the flow order of the same graph, and JGraphT's search over 10,000 touchpoints is not free.
     * Racing threads find the same sets. Kept as lists, which hold a set of one touchpoint (most of them) in a
     * tenth of the memory of JGraphT's hash sets.
     */
    private volatile List<List<String>> components;

    private JourneyGraph(Journey journey) {
        this.journey = journey;
        this.touchpoints = journey.touchpointsById();
        this.inOrder = List.copyOf(touchpoints.values());
        this.flows = List.copyOf(wire(inOrder));
        Map<String, List<Flow>> out = new HashMap<>();
        // a touchpoint's flows are wired one after the other, so its flows are a run of the list
        for (int i = 0; i < flows.size(); ) {
            String from = flows.get(i).from();
            int end = i + 1;
            while (end < flows.size() && flows.get(end).from().equals(from)) {
                end++;
            }
            out.put(from, flows.subList(i, end));
            i = end;
        }
        this.outgoing = out;
    }

    /** The touchpoints and flows as a JGraphT graph, built once, whichever thread asks first. */
    private Graph<String, Flow> graph() {
        Graph<String, Flow> built = graph;
        if (built == null) {
            synchronized (this) {
                built = graph;
                if (built == null) {
                    built = new FlowGraph();
                    touchpoints.keySet().forEach(built::addVertex);
                    for (Flow f : flows) {
                        built.addEdge(f.from(), f.to(), f);
                    }
                    graph = built;
                }
            }
        }
        return built;
    }

    /** The graph of {@code journey}. */
    public static JourneyGraph of(Journey journey) {
        return new JourneyGraph(journey);
    }

    private List<Flow> wire(List<Touchpoint> ordered) {
        List<Flow> wired = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Touchpoint t = ordered.get(i);
            if (t.exit()) {
                continue;
            }
            if (t.hasExplicitNext()) {
                for (Transition n : t.next()) {
                    if (touchpoints.containsKey(n.to())) {
                        wired.add(new Flow(wired.size(), t.id(), n.to(), n.share(), n.label(), false, n.location()));
                    }
                }
            } else if (i + 1 < ordered.size()) {
                wired.add(new Flow(
                        wired.size(), t.id(), ordered.get(i + 1).id(), OptionalDouble.empty(), "", true,
                        t.location()));
            }
        }
        return wired;
    }

    /** The journey this graph was built from. */
    public Journey journey() {
        return journey;
    }

    /**
     * The graph of {@code personaId}'s route through the journey ({@link Journey#forPersona}), built the first time it
     * is asked for and kept with this graph: validation and analysis both walk every persona's route, and taking a
     * route and wiring its graph was a tenth of a large journey's run each time. Safe to ask from several threads.
     *
     * @throws IllegalArgumentException when the journey has no such persona
     */
    public JourneyGraph route(String personaId) {
        Objects.requireNonNull(personaId, "personaId");
        return routes.computeIfAbsent(personaId, id -> of(journey.forPersona(id)));
    }

    /**
     * The touchpoints of every persona's route, summed ({@link PersonaRoutes#size}), counted the first time it is
     * asked for: three rules and the analysis each ask.
     */
    public long routeTouchpoints() {
        long counted = routeTouchpoints;
        if (counted < 0) {
            counted = PersonaRoutes.size(journey);
            routeTouchpoints = counted;
        }
        return counted;
    }

    /** Whether some touchpoint leaves a persona out ({@link PersonaRoutes#differ}), found the first time it is asked. */
    public boolean routesDiffer() {
        Boolean differ = routesDiffer;
        if (differ == null) {
            differ = PersonaRoutes.differ(journey);
            routesDiffer = differ;
        }
        return differ;
    }

    /** The touchpoints, in journey order, one per id. */
    public List<Touchpoint> touchpoints() {
        return inOrder;
    }

    /** The touchpoint with this id, if any. */
    public Optional<Touchpoint> touchpoint(String id) {
        return Optional.ofNullable(touchpoints.get(id));
    }

    /** Every flow, written and implicit, in journey order. */
    public List<Flow> flows() {
        return flows;
    }

    /** The flows leaving {@code id}, in the order they were written. */
    public List<Flow> outgoing(String id) {
        return outgoing.getOrDefault(id, List.of());
    }

    /** The flows arriving at {@code id}, in journey order. */
    public List<Flow> incoming(String id) {
        return touchpoints.containsKey(id) ? sorted(graph().incomingEdgesOf(id)) : List.of();
    }

    /** The distinct touchpoint ids customers can go to from {@code id}. */
    public List<String> successors(String id) {
        return outgoing(id).stream().map(Flow::to).distinct().toList();
    }

    /** Touchpoints nothing leads to (or the first touchpoint, when every touchpoint has a predecessor). */
    public List<String> entries() {
        // From the flows themselves: asking the graph for each touchpoint's incoming flows made a set view and a
        // stream per touchpoint, for every persona's route as well as the journey.
        Set<String> led = new HashSet<>();
        for (Flow f : flows) {
            if (!f.isSelfLoop()) {
                led.add(f.to());
            }
        }
        List<String> entries = new ArrayList<>();
        for (String id : touchpoints.keySet()) {
            if (!led.contains(id)) {
                entries.add(id);
            }
        }
        if (entries.isEmpty() && !touchpoints.isEmpty()) {
            return List.of(touchpoints.keySet().iterator().next());
        }
        return List.copyOf(entries);
    }

    /** Touchpoints where customers end their journey: those with no outgoing flow. */
    public List<String> exits() {
        return touchpoints.keySet().stream().filter(id -> !outgoing.containsKey(id)).toList();
    }

    /** Whether {@code id} is an exit. */
    public boolean isExit(String id) {
        return !outgoing.containsKey(id) && touchpoints.containsKey(id);
    }

    /** Every touchpoint reachable from an entry, entries included, in journey order. */
    public Set<String> reachableFromEntries() {
        return inJourneyOrder(reach(graph(), entries()));
    }

    /** Every touchpoint from which some exit can be reached, exits included, in journey order. */
    public Set<String> canReachExit() {
        return inJourneyOrder(reach(new EdgeReversedGraph<>(graph()), exits()));
    }

    /**
     * The loops: groups of touchpoints that can each reach all the others, in journey order; a touchpoint that
     * leads to itself is a loop of one.
     */
    public List<List<String>> loops() {
        Map<String, Integer> position = positions();
        Comparator<String> inJourneyOrder = Comparator.comparing(position::get);
        List<List<String>> loops = new ArrayList<>();
        Graph<String, Flow> g = graph();
        for (List<String> component : components()) {
            String any = component.iterator().next();
            if (component.size() > 1 || g.containsEdge(any, any)) {
                loops.add(component.stream().sorted(inJourneyOrder).toList());
            }
        }
        loops.sort(Comparator.comparing(loop -> position.get(loop.get(0))));
        return loops;
    }

    /** Each touchpoint's place in the journey, from 0, by id. */
    private Map<String, Integer> positions() {
        Map<String, Integer> position = new HashMap<>(2 * inOrder.size());
        for (int i = 0; i < inOrder.size(); i++) {
            position.put(inOrder.get(i).id(), i);
        }
        return position;
    }

    /** The strongly connected sets of the whole graph, found on first use. */
    private List<List<String>> components() {
        List<List<String>> found = components;
        if (found == null) {
            List<Set<String>> sets = new KosarajuStrongConnectivityInspector<>(graph()).stronglyConnectedSets();
            List<List<String>> lists = new ArrayList<>(sets.size());
            for (Set<String> set : sets) {
                lists.add(List.copyOf(set));
            }
            found = List.copyOf(lists);
            components = found;
        }
        return found;
    }

    private static Set<String> reach(Graph<String, Flow> g, List<String> starts) {
        Set<String> seen = new LinkedHashSet<>();
        if (starts.isEmpty()) {
            return seen;
        }
        new BreadthFirstIterator<>(g, starts).forEachRemaining(seen::add);
        return seen;
    }

    private Set<String> inJourneyOrder(Set<String> ids) {
        Set<String> ordered = new LinkedHashSet<>();
        touchpoints.keySet().stream().filter(ids::contains).forEach(ordered::add);
        return Collections.unmodifiableSet(ordered);
    }

    private static List<Flow> sorted(Set<Flow> edges) {
        List<Flow> list = new ArrayList<>(edges);
        list.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return list;
    }

    /** The predecessors of {@code id}, distinct, in journey order. */
    public List<String> predecessors(String id) {
        return touchpoints.containsKey(id)
                ? List.copyOf(inJourneyOrder(new LinkedHashSet<>(Graphs.predecessorListOf(graph(), id))))
                : List.of();
    }

    /**
     * The touchpoints in groups that can each reach all the others over the flows {@code carries} accepts (a loop, or
     * a single touchpoint), ordered so that every accepted flow between two groups goes from an earlier group to a
     * later one: the topological order of the condensation. Groups that could come in either order come in journey
     * order of their first touchpoint; touchpoints in a group come in journey order. Linear in the size of the graph
     * but for sorting each group and ordering the groups ready to come next (a priority queue).
     */
    public List<List<String>> groupsInFlowOrder(Predicate<Flow> carries) {
        // When every flow is carried (the usual case: no share of 0), the graph the rules walked is the one to use;
        // otherwise a copy rather than a MaskSubgraph view, whose vertex set counts itself in linear time on every
        // call. Copying for every solve was a fifth of analysing 10,000 touchpoints.
        boolean all = true;
        for (Flow f : flows) {
            if (!carries.test(f)) {
                all = false;
                break;
            }
        }
        List<? extends Collection<String>> sets;
        if (all) {
            sets = components();
        } else {
            Graph<String, Flow> copy = new FlowGraph();
            touchpoints.keySet().forEach(copy::addVertex);
            for (Flow f : flows) {
                if (carries.test(f)) {
                    copy.addEdge(f.from(), f.to(), f);
                }
            }
            sets = new KosarajuStrongConnectivityInspector<>(copy).stronglyConnectedSets();
        }
        // The rest in positions (a touchpoint's place in the journey) and int arrays: a map of positions, a graph of
        // the groups and JGraphT's ordering of it took a fifth of analysing a journey of 10,000 touchpoints, for
        // each persona's route again.
        Map<String, Integer> position = positions();
        List<int[]> groups = new ArrayList<>(sets.size());
        for (Collection<String> set : sets) {
            int[] group = new int[set.size()];
            int k = 0;
            for (String id : set) {
                group[k++] = position.get(id);
            }
            Arrays.sort(group);
            groups.add(group);
        }
        groups.sort(BY_FIRST_POSITION);
        int[] groupOf = new int[inOrder.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int at : groups.get(g)) {
                groupOf[at] = g;
            }
        }
        // The groups in topological order, the first in journey order of those whose predecessors are all placed
        // (Kahn's algorithm with the smallest ready group first: the order JGraphT's TopologicalOrderIterator gives
        // with that comparator). A flow between two groups may count twice: it is also taken away twice.
        int[] waitingFor = new int[groups.size()];
        int[] edgeStart = new int[groups.size() + 1];
        List<int[]> between = new ArrayList<>();
        for (Flow f : flows) {
            int from = groupOf[position.get(f.from())];
            int to = groupOf[position.get(f.to())];
            if (from != to && carries.test(f)) {
                between.add(new int[] {from, to});
                waitingFor[to]++;
                edgeStart[from + 1]++;
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            edgeStart[g + 1] += edgeStart[g];
        }
        int[] edgeEnd = new int[between.size()];
        int[] filled = Arrays.copyOf(edgeStart, groups.size());
        for (int[] e : between) {
            edgeEnd[filled[e[0]]++] = e[1];
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int g = 0; g < groups.size(); g++) {
            if (waitingFor[g] == 0) {
                ready.add(g);
            }
        }
        List<List<String>> ordered = new ArrayList<>(groups.size());
        while (!ready.isEmpty()) {
            int g = ready.poll();
            int[] group = groups.get(g);
            String[] ids = new String[group.length];
            for (int i = 0; i < group.length; i++) {
                ids[i] = inOrder.get(group[i]).id();
            }
            ordered.add(List.of(ids));
            for (int e = edgeStart[g]; e < edgeStart[g + 1]; e++) {
                if (--waitingFor[edgeEnd[e]] == 0) {
                    ready.add(edgeEnd[e]);
                }
            }
        }
        return ordered;
    }

    private static final Comparator<int[]> BY_FIRST_POSITION = (a, b) -> Integer.compare(a[0], b[0]);

    /**
     * A directed graph of touchpoints and flows that allows loops and several flows between two touchpoints, without
     * JGraphT's default index of the flows between each pair of touchpoints (a pair, a set and a map entry for every
     * flow, about 100 bytes): nothing asks for the flows between two given touchpoints but the loop check, which
     * looks at one touchpoint's own flows.
     */
    private static final class FlowGraph extends AbstractBaseGraph<String, Flow> {
        private static final long serialVersionUID = 1L;

        FlowGraph() {
            super(null, null, DefaultGraphType.directedPseudograph(), new DefaultGraphSpecificsStrategy<>());
        }
    }
}
