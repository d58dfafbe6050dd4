package dev.journeymaps.render.layout;

import dev.journeymaps.model.graph.Flow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The flows of a map found by the positions of their ends, so that a row finds the flows that touch it without reading
 * every flow of the journey: each row reading them all made a wrapped map quadratic (10,000 touchpoints in 100 rows
 * read a million flows per lane).
 */
final class FlowsByPosition {

    private final List<Flow> flows;
    /** Each flow's end position in the high 32 bits and its index in {@link #flows} in the low, sorted. */
    private final long[] byFrom;
    private final long[] byTo;

    FlowsByPosition(List<Flow> flows, Map<String, Integer> positions) {
        this.flows = List.copyOf(flows);
        byFrom = new long[flows.size()];
        byTo = new long[flows.size()];
        for (int i = 0; i < flows.size(); i++) {
            byFrom[i] = key(positions.get(flows.get(i).from()), i);
            byTo[i] = key(positions.get(flows.get(i).to()), i);
        }
        Arrays.sort(byFrom);
        Arrays.sort(byTo);
    }

    private static long key(int position, int index) {
        return ((long) position << 32) | index;
    }

    /** The flows that leave or enter a position in {@code [from, to)}, in the journey's order of flows. */
    List<Flow> touching(int from, int to) {
        int[] found = new int[16];
        int count = 0;
        for (long[] sorted : new long[][] {byFrom, byTo}) {
            for (int i = start(sorted, from); i < sorted.length && (int) (sorted[i] >>> 32) < to; i++) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = (int) sorted[i];
            }
        }
        Arrays.sort(found, 0, count);
        List<Flow> touching = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // A flow within the positions is found from both ends: kept once.
            if (i == 0 || found[i] != found[i - 1]) {
                touching.add(flows.get(found[i]));
            }
        }
        return touching;
    }

    /** The first index of {@code sorted} whose position is at least {@code position}. */
    private static int start(long[] sorted, int position) {
        int i = Arrays.binarySearch(sorted, key(position, 0));
        return i >= 0 ? i : -i - 1;
    }
}
