package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.PersonaRoutes;
import dev.journeymaps.model.graph.EntryShares;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code flow.even-split}: when customers can start at several touchpoints and the journey does not say how many
 * start where, the analysis splits them evenly; every reach then rests on that assumption, not on data. A journey
 * routed by persona is checked route by route: a persona's customers start where their own route starts.
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
        if (graph.routesDiffer() && graph.routeTouchpoints() <= PersonaRoutes.MAX_TOUCHPOINTS) {
            // each persona is routed on their own, from the entries of their own route
            return journey.personas().stream()
                    .map(p -> EntryShares.of(graph.route(p.id())))
                    .filter(EntryShares::even)
                    .findFirst()
                    .map(entries -> problem(journey, entries))
                    .stream();
        }
        EntryShares entries = EntryShares.of(graph);
        if (!entries.even()) {
            return Stream.empty();
        }
        return Stream.of(problem(journey, entries));
    }

    private static Problem problem(Journey journey, EntryShares entries) {
        Map<String, Double> shares = entries.shares();
        String ids = String.join(", ", shares.keySet());
        String example = shares.keySet().stream()
                .map(id -> id + ": " + ShareSumRule.trim(1.0 / shares.size()))
                .collect(Collectors.joining(", ", "{", "}"));
        return Problem.warning("flow.even-split",
                        String.format(Locale.ROOT, "customers start at %d touchpoints (%s) and the journey does not say"
                                + " how many start where; reach rests on an even split", shares.size(), ids),
                        journey.location())
                .withHint("write the measured shares under journey: entries: " + example);
    }
}
