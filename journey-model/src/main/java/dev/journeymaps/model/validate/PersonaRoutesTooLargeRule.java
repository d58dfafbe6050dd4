package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.PersonaRoutes;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.stream.Stream;

/**
 * {@code flow.persona-routes-too-large}: routing every persona separately costs personas × touchpoints; past
 * {@link PersonaRoutes#MAX_TOUCHPOINTS} the analysis routes all customers through one graph instead, and says so.
 */
final class PersonaRoutesTooLargeRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        if (!graph.routesDiffer()) {
            return Stream.empty();
        }
        long size = graph.routeTouchpoints();
        if (size <= PersonaRoutes.MAX_TOUCHPOINTS) {
            return Stream.empty();
        }
        return Stream.of(Problem.warning("flow.persona-routes-too-large",
                        "the personas' routes hold " + size + " touchpoints together, more than "
                                + PersonaRoutes.MAX_TOUCHPOINTS + "; every customer is routed through the whole"
                                + " journey instead, and the default wiring may join personas' paths",
                        journey.personas().get(0).location())
                .withHint("split the journey, or analyse fewer personas in it"));
    }
}
