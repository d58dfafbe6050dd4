package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.stream.Stream;

/** {@code name.empty}: the journey's title and every persona, stage and touchpoint name say something. */
final class EmptyNameRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        return Stream.of(
                        Stream.of(check("the journey's title", journey.title(), journey.location())),
                        journey.personas().stream().map(p -> check("persona '" + p.id() + "'", p.name(), p.location())),
                        journey.stages().stream().map(s -> check("stage '" + s.id() + "'", s.name(), s.location())),
                        journey.touchpoints().stream()
                                .map(t -> check("touchpoint '" + t.id() + "'", t.name(), t.location())))
                .flatMap(s -> s)
                .flatMap(s -> s);
    }

    private static Stream<Problem> check(String what, String name, SourceLocation at) {
        if (!name.isBlank()) {
            return Stream.empty();
        }
        return Stream.of(Problem.error("name.empty", "the name of " + what + " is empty", at)
                .withHint("names are what readers of the map see; write a few words"));
    }
}
