package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.graph.EntryShares;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code flow.even-split}: when customers can start at several touchpoints and the journey does not say how many
 * start where, the analysis splits them evenly; every reach then rests on that assumption, not on data.
 */
final class EvenSplitRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        // A step to an unknown touchpoint (an error of its own) leaves its target without a predecessor: that
        // entry is the mistake's echo, not a split the author left open.
        if (journey.touchpoints().stream().flatMap(t -> t.next().stream())
                .anyMatch(n -> graph.touchpoint(n.to()).isEmpty())) {
            return Stream.empty();
        }
        EntryShares entries = EntryShares.of(graph);
        if (!entries.even()) {
            return Stream.empty();
        }
        Map<String, Double> shares = entries.shares();
        String ids = String.join(", ", shares.keySet());
        String example = shares.keySet().stream()
                .map(id -> id + ": " + ShareSumRule.trim(1.0 / shares.size()))
                .collect(Collectors.joining(", ", "{", "}"));
        return Stream.of(Problem.warning("flow.even-split",
                        String.format(Locale.ROOT, "customers start at %d touchpoints (%s) and the journey does not say"
                                + " how many start where; reach rests on an even split", shares.size(), ids),
                        journey.location())
                .withHint("write the measured shares under journey: entries: " + example));
    }
}
