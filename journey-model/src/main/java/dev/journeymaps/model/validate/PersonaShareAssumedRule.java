package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.PersonaRoutes;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code flow.persona-share-assumed}: touchpoints that name their personas route each persona separately, and the
 * journey's reach is their routes weighed by the personas' shares. Without shares every persona counts alike: an
 * assumption, not data, on which every reach rests.
 */
final class PersonaShareAssumedRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        // a persona no touchpoint involves carries nobody: only the others are weighed
        long n = journey.personas().stream()
                .filter(p -> journey.touchpoints().stream().anyMatch(t -> t.involves(p.id())))
                .count();
        // Routes too large to route separately (flow.persona-routes-too-large) weigh no shares: nothing is assumed.
        if (n < 2 || journey.personas().stream().anyMatch(p -> p.share().isPresent())
                || !graph.routesDiffer() || graph.routeTouchpoints() > PersonaRoutes.MAX_TOUCHPOINTS) {
            return Stream.empty();
        }
        return Stream.of(Problem.warning("flow.persona-share-assumed",
                        String.format(Locale.ROOT, "touchpoints name their personas, so each of the %d personas is"
                                + " routed separately, and no persona has a share; reach rests on an even split"
                                + " (%s each)", n, ShareSumRule.trim(1.0 / n)),
                        journey.personas().get(0).location())
                .withHint("write the part of all customers each persona stands for: share: 0.6 under each persona"));
    }
}
