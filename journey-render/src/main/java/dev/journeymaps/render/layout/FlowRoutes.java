package dev.journeymaps.render.layout;

import dev.journeymaps.model.graph.Flow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.HashMap;
import java.util.function.ToIntFunction;

/**
 * Routes the flows that leave the straight order (branches, skips, loops) through corridors above and below the row
 * of cards, so that no arrow crosses a card: forward flows above, backward flows and loops below. Each route gets a
 * track in its corridor on which it overlaps no other route.
 */
final class FlowRoutes {

    /** Horizontal distance between two ports on one card edge. */
    private static final double PORT_STEP = 10;
    /** Space kept between two routes on one track. */
    private static final double TRACK_GAP = 8;

    /**
     * A planned route.
     *
     * @param flow the flow drawn
     * @param above whether it runs in the corridor above the cards (forward) or below (backward, loops)
     * @param x1 where it leaves the source card
     * @param x2 where it enters the target card
     * @param track its track, 0 nearest the cards
     */
    record Route(Flow flow, boolean above, double x1, double x2, int track) {
        double lo() {
            return Math.min(x1, x2);
        }

        double hi() {
            return Math.max(x1, x2);
        }
    }

    /** The routes and how many tracks each corridor needs. */
    record Plan(List<Route> routes, int tracksAbove, int tracksBelow) {}

    private FlowRoutes() {}

    /**
     * Plans routes for {@code flows}, given each touchpoint's position in map order ({@code positionOf}) and the
     * left edge of each position's card.
     */
    static Plan plan(List<Flow> flows, ToIntFunction<String> positionOf, double[] cardX,
            double cardWidth) {
        int n = cardX.length;
        int[] outAbove = new int[n];
        int[] inAbove = new int[n];
        int[] outBelow = new int[n];
        int[] inBelow = new int[n];
        int maxPorts = Math.max(1, (int) ((cardWidth / 2 - 12) / PORT_STEP));
        List<Route> unplaced = new ArrayList<>();
        for (Flow f : flows) {
            int from = positionOf.applyAsInt(f.from());
            int to = positionOf.applyAsInt(f.to());
            boolean above = to > from;
            double mid = cardWidth / 2;
            double x1;
            double x2;
            if (above) {
                x1 = cardX[from] + mid + 6 + (outAbove[from]++ % maxPorts) * PORT_STEP;
                x2 = cardX[to] + mid - 6 - (inAbove[to]++ % maxPorts) * PORT_STEP;
            } else {
                x1 = cardX[from] + mid - 6 - (outBelow[from]++ % maxPorts) * PORT_STEP;
                x2 = cardX[to] + mid + 6 + (inBelow[to]++ % maxPorts) * PORT_STEP;
            }
            unplaced.add(new Route(f, above, x1, x2, -1));
        }
        List<Route> placed = assignTracks(unplaced);
        return new Plan(placed, tracks(placed, true), tracks(placed, false));
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
            Route at = new Route(r.flow(), r.above(), r.x1(), r.x2(), track);
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
