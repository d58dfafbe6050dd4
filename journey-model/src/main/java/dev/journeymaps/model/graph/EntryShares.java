package dev.journeymaps.model.graph;

import dev.journeymaps.model.JourneySettings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where customers start a journey and what share of them starts at each place: the one answer the flow analysis and
 * the validator share.
 *
 * <p>Written entries ({@code journey.entries}) are used when any of them names a touchpoint of the graph: their shares
 * are scaled to sum to 1 (the validator reports sums above 1 as an error and below 1 as a warning); unknown ids are
 * left out. When nothing is written, customers start at the graph's entries (touchpoints nothing leads to), split
 * evenly: an assumption, not data, which {@link #even()} admits.
 *
 * @param shares the share of all customers starting at each touchpoint, summing to 1 (empty for an empty graph), in
 *     the order written, else in journey order
 * @param even whether the shares are an even split over two or more entries because nothing was written
 */
public record EntryShares(Map<String, Double> shares, boolean even) {

    public EntryShares {
        shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    }

    /** Where the customers of {@code graph}'s journey start. */
    public static EntryShares of(JourneyGraph graph) {
        Map<String, Double> written = new LinkedHashMap<>();
        double total = 0;
        for (JourneySettings.Entry e : graph.journey().settings().entries()) {
            if (graph.touchpoint(e.touchpointId()).isPresent()) {
                written.merge(e.touchpointId(), e.share(), Double::sum);
                total += e.share();
            }
        }
        if (total > 0) {
            double sum = total;
            written.replaceAll((id, share) -> share / sum);
            return new EntryShares(written, false);
        }
        List<String> entries = graph.entries();
        Map<String, Double> even = new LinkedHashMap<>();
        entries.forEach(id -> even.put(id, 1.0 / entries.size()));
        return new EntryShares(even, entries.size() > 1);
    }
}
