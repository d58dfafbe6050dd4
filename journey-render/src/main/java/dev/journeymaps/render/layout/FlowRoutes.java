package dev.journeymaps.render.layout;

import dev.journeymaps.model.graph.Flow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Routes the flows that leave the straight order (branches, skips, loops) through corridors above and below the row
 * of cards, so that no arrow crosses a card: forward flows above, backward flows and loops below, but a forward flow
 * that would have to cross more routes above than below runs below. Each route gets a track in its corridor on which
 * it overlaps no other route.
 *
 * <p>Every end of a route has a port of its own on its card's edge: the ports of one edge are spread evenly along it,
 * so that no two arrows leave or land a few pixels apart. They are ordered so that routes sharing a card nest like
 * brackets instead of crossing: on each edge, the arrows whose other end lies to the left come first, the nearest
 * leftmost (the farther one, on a higher track, lands inside it); then a loop's two ends; then the arrows going right,
 * the farthest leftmost (it opens the bracket that the nearer ones close inside). An edge holds at most
 * {@link #PORTS_PER_EDGE} ports {@link #PORT_STEP} apart: past that, the arrows leaving it share one port (the split
 * node, each turning off onto its own track), and if that is still too many, so do the arrows landing on it (one head).
 *
 * <p>An end in another row has no card: the route runs on its track past the row's last (or before its first) card to
 * the row's edge, beside the cards, where it ends in a head pointing out of the row or begins.
 */
final class FlowRoutes {

    /** Space kept between two routes on one track. */
    private static final double TRACK_GAP = 8;
    /** Space kept free at either end of a card's edge (its rounded corner, its badges). */
    private static final double PORT_MARGIN = 14;
    /** The least distance between two ports of one edge: wide enough that two arrow heads (8 across) never touch. */
    static final double PORT_STEP = 16;
    /** The most ports one card edge holds {@link #PORT_STEP} apart between its margins. */
    static final int PORTS_PER_EDGE = (int) Math.floor((JourneyLayout.CARD_WIDTH - 2 * PORT_MARGIN) / PORT_STEP);

    /**
     * A planned route.
     *
     * @param flow the flow drawn
     * @param above whether it runs in the corridor above the cards (forward) or below (backward, loops, and forward
     *     ones that cross fewer routes there)
     * @param x1 where it leaves the source card
     * @param x2 where it enters the target card
     * @param track its track, 0 nearest the cards
     * @param split where on the source card's edge the split node it fans out of stands, NaN without one
     * @param fromOtherRow whether it comes from a card of another row: x1 is then the row's edge
     * @param toOtherRow whether it goes to a card of another row: x2 is then the row's edge
     */
    record Route(Flow flow, boolean above, double x1, double x2, int track, double split, boolean fromOtherRow,
            boolean toOtherRow) {
        double lo() {
            return Math.min(x1, x2);
        }

        double hi() {
            return Math.max(x1, x2);
        }

        boolean fans() {
            return !Double.isNaN(split);
        }

        Route onTrack(int t) {
            return new Route(flow, above, x1, x2, t, split, fromOtherRow, toOtherRow);
        }
    }

    /**
     * A split node: the dot on a card's edge from which the branches that leave the card on that edge fan out.
     *
     * @param x where on the edge
     * @param above on the top edge (else the bottom one)
     */
    record Split(double x, boolean above) {}

    /** The routes, how many tracks each corridor needs and the split nodes. */
    record Plan(List<Route> routes, int tracksAbove, int tracksBelow, List<Split> splits) {}

    /** One end of a route on a card's edge, before it has its place. */
    private record End(int route, int slot, boolean above, boolean out, int group, int distance, int index) {}

    /** The order of ends on one edge: the group, then within it as the class comment says. */
    private static final Comparator<End> ALONG_EDGE = Comparator.comparingInt(End::slot)
            .thenComparing(End::above)
            .thenComparingInt(End::group)
            .thenComparingInt(e -> switch (e.group()) {
                case 0 -> e.distance();
                case 3 -> -e.distance();
                default -> 0;
            })
            // Two routes between the same cards (or the same row edge and card) nest: the first listed is outside.
            .thenComparingInt(e -> e.group() == 0 || e.group() == 2 ? -e.index() : e.index());

    /**
     * Past this many routes in a row, forward routes all run above: choosing a side compares a route with every other
     * (a one-row map of thousands of branches would take quadratic time).
     */
    static final int SIDE_CHOICE_LIMIT = 1_000;

    /** A card with this many branches (loops included) or more shows a split node where two or more of them leave. */
    static final int SPLIT_BRANCHES = 3;

    private FlowRoutes() {}

    /**
     * Plans routes for {@code flows}, given each touchpoint's slot in the row ({@code slotOf}) and the left edge of
     * each slot's card ({@code cardX}); the first and last slots stand for the cards of earlier and later rows: their
     * routes end half a card width to the right of their {@code cardX}, at the row's edges.
     */
    static Plan plan(List<Flow> flows, ToIntFunction<String> slotOf, double[] cardX, double cardWidth) {
        int n = cardX.length;
        int count = flows.size();
        int[] from = new int[count];
        int[] to = new int[count];
        int[] branches = new int[n];
        List<End> ends = new ArrayList<>(2 * count);
        for (int i = 0; i < count; i++) {
            from[i] = slotOf.applyAsInt(flows.get(i).from());
            to[i] = slotOf.applyAsInt(flows.get(i).to());
        }
        boolean[] above = sides(from, to, n);
        for (int i = 0; i < count; i++) {
            Flow f = flows.get(i);
            boolean forward = to[i] > from[i];
            int distance = Math.abs(to[i] - from[i]);
            branches[from[i]]++;
            // Groups along an edge: 0 other end to the left, 1 a loop's start, 2 a loop's end, 3 other end to the right.
            // The same order nests routes below the cards as above: the corridors mirror each other.
            int fromGroup = forward ? 3 : from[i] == to[i] ? 1 : 0;
            int toGroup = forward ? 0 : from[i] == to[i] ? 2 : 3;
            ends.add(new End(i, from[i], above[i], true, fromGroup, distance, f.index()));
            ends.add(new End(i, to[i], above[i], false, toGroup, distance, f.index()));
        }
        ends.sort(ALONG_EDGE);
        double[] x1 = new double[count];
        double[] x2 = new double[count];
        double[] split = new double[count];
        List<Split> splits = new ArrayList<>();
        for (int start = 0; start < ends.size(); ) {
            End first = ends.get(start);
            int end = start;
            int outs = 0;
            double outSum = 0;
            // The port of the farthest branch leaving here, and which ways the branches leave.
            double farthest = Double.NaN;
            int farthestDistance = -1;
            boolean leftward = false;
            boolean rightward = false;
            while (end < ends.size() && ends.get(end).slot() == first.slot()
                    && ends.get(end).above() == first.above()) {
                end++;
            }
            boolean rowEdge = first.slot() == 0 || first.slot() == n - 1;
            int[] port = rowEdge ? new int[end - start + 1] : ports(ends.subList(start, end));
            int ports = port[end - start];
            for (int k = 0; k < end - start; k++) {
                End e = ends.get(start + k);
                // At a row's edge every route ends at the same x, on a track of its own: they stack, not spread.
                double x = rowEdge
                        ? cardX[e.slot()] + cardWidth / 2
                        : cardX[e.slot()] + PORT_MARGIN + (port[k] + 0.5) * (cardWidth - 2 * PORT_MARGIN) / ports;
                if (e.out()) {
                    x1[e.route()] = x;
                    outs++;
                    outSum += x;
                    // Of equal ones, the outermost: leftmost going right, rightmost going left (see the order).
                    if (e.group() == 3 && e.distance() > farthestDistance
                            || e.group() == 0 && e.distance() >= farthestDistance) {
                        farthest = x;
                        farthestDistance = e.distance();
                    }
                    rightward |= e.group() == 3;
                    leftward |= e.group() == 0;
                } else {
                    x2[e.route()] = x;
                }
            }
            boolean fans = !rowEdge && outs >= 2 && branches[first.slot()] >= SPLIT_BRANCHES;
            // The node stands at the port of the farthest branch, which rises straight from it to the outermost track,
            // while the nearer ones fan out towards where they go: no branch sets off the wrong way. Where branches
            // leave both ways, it stands amid them (they are next to each other on the edge, see the order).
            double node = !fans ? Double.NaN
                    : leftward == rightward || Double.isNaN(farthest) ? outSum / outs : farthest;
            if (fans) {
                splits.add(new Split(node, first.above()));
            }
            for (int k = start; k < end; k++) {
                if (ends.get(k).out()) {
                    split[ends.get(k).route()] = node;
                }
            }
            start = end;
        }
        List<Route> unplaced = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            unplaced.add(new Route(flows.get(i), above[i], x1[i], x2[i], -1, split[i],
                    from[i] == 0 || from[i] == n - 1, to[i] == 0 || to[i] == n - 1));
        }
        List<Route> placed = assignTracks(unplaced);
        return new Plan(placed, tracks(placed, true), tracks(placed, false), splits);
    }

    /**
     * Which corridor each route takes, above the cards or not: forward routes above, backward ones and loops below,
     * except a forward route between two cards of the row that interleaves with more routes above than below (one
     * starts inside its span and ends outside it, so one of the two must come down across the other's track): it runs
     * below, where it crosses fewer. Those that interleave most move first. Routes that share a card nest by their
     * ports on either side, so they never count.
     */
    private static boolean[] sides(int[] from, int[] to, int n) {
        int count = from.length;
        boolean[] above = new boolean[count];
        List<Integer> movable = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            above[i] = to[i] > from[i];
            if (above[i] && from[i] != 0 && to[i] != n - 1) {
                movable.add(i);
            }
        }
        if (count > SIDE_CHOICE_LIMIT) {
            return above;
        }
        int[] crossed = new int[count];
        for (int i : movable) {
            for (int j = 0; j < count; j++) {
                if (above[j] && interleave(from, to, i, j)) {
                    crossed[i]++;
                }
            }
        }
        movable.sort(Comparator.comparingInt((Integer i) -> -crossed[i]).thenComparingInt(i -> i));
        for (int i : movable) {
            int up = 0;
            int down = 0;
            for (int j = 0; j < count; j++) {
                if (j != i && interleave(from, to, i, j)) {
                    if (above[j]) {
                        up++;
                    } else {
                        down++;
                    }
                }
            }
            above[i] = down >= up;
        }
        return above;
    }

    /** Whether the spans of routes {@code a} and {@code b} (in slots) overlap with neither holding the other. */
    private static boolean interleave(int[] from, int[] to, int a, int b) {
        int aLo = Math.min(from[a], to[a]);
        int aHi = Math.max(from[a], to[a]);
        int bLo = Math.min(from[b], to[b]);
        int bHi = Math.max(from[b], to[b]);
        return aLo < bLo && bLo < aHi && aHi < bHi || bLo < aLo && aLo < bHi && bHi < aHi;
    }

    /**
     * The port of each of one card edge's {@code ends} (in their order along the edge), and last how many ports the
     * edge has: one each while they fit {@link #PORT_STEP} apart, else one for all the arrows leaving (they are next
     * to each other in the order), and if still too many, one for all those landing as well.
     */
    private static int[] ports(List<End> ends) {
        int m = ends.size();
        int outs = (int) ends.stream().filter(End::out).count();
        int ins = m - outs;
        boolean mergeOuts = m > PORTS_PER_EDGE && outs > 1;
        boolean mergeIns = (mergeOuts ? ins + 1 : m) > PORTS_PER_EDGE && ins > 1;
        int[] port = new int[m + 1];
        int next = -1;
        for (int k = 0; k < m; k++) {
            End e = ends.get(k);
            boolean merged = e.out() ? mergeOuts : mergeIns;
            if (!merged || k == 0 || ends.get(k - 1).out() != e.out()) {
                next++;
            }
            port[k] = next;
        }
        port[m] = next + 1;
        return port;
    }

    private static List<Route> assignTracks(List<Route> routes) {
        List<Route> byLength = new ArrayList<>(routes);
        // Short routes nearest the cards, so long ones arch over them without crossing.
        byLength.sort(Comparator.comparingDouble((Route r) -> r.hi() - r.lo())
                .thenComparingInt(r -> r.flow().index()));
        List<Route> placed = new ArrayList<>();
        // Per side, per track, the routes placed on it by their left end. Routes on one track never overlap, so the
        // one starting last before r ends is the only one r can hit: a lookup, not a scan of every route placed.
        Map<Boolean, List<TreeMap<Double, Route>>> bySide = new HashMap<>();
        for (Route r : byLength) {
            List<TreeMap<Double, Route>> side = bySide.computeIfAbsent(r.above(), k -> new ArrayList<>());
            int track = 0;
            while (track < side.size() && collides(r, side.get(track))) {
                track++;
            }
            if (track == side.size()) {
                side.add(new TreeMap<>());
            }
            Route at = r.onTrack(track);
            side.get(track).put(at.lo(), at);
            placed.add(at);
        }
        placed.sort(Comparator.comparingInt(r -> r.flow().index()));
        return placed;
    }

    private static boolean collides(Route r, TreeMap<Double, Route> track) {
        Map.Entry<Double, Route> before = track.lowerEntry(r.hi() + TRACK_GAP);
        return before != null && r.lo() < before.getValue().hi() + TRACK_GAP;
    }

    private static int tracks(List<Route> placed, boolean above) {
        return placed.stream()
                .filter(r -> r.above() == above)
                .mapToInt(r -> r.track() + 1)
                .max()
                .orElse(0);
    }
}
