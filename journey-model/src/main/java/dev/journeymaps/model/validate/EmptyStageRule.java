package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.stream.Stream;

/** {@code stage.empty} (warning): a stage without touchpoints draws an empty column. */
final class EmptyStageRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        return journey.stages().stream()
                .filter(s -> s.touchpoints().isEmpty())
                .map(s -> Problem.warning("stage.empty", "stage '" + s.id() + "' has no touchpoints", s.location())
                        .withHint("add the touchpoints customers meet in this stage, or remove the stage"));
    }
}
