package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** {@code id.duplicate}: ids are unique among personas, among stages and among touchpoints. */
final class DuplicateIdRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        return Stream.of(
                        duplicates("persona", journey.personas(), p -> p.id(), p -> p.location()),
                        duplicates("stage", journey.stages(), s -> s.id(), s -> s.location()),
                        duplicates("touchpoint", journey.touchpoints(), t -> t.id(), t -> t.location()))
                .flatMap(s -> s);
    }

    private static <T> Stream<Problem> duplicates(
            String kind, List<T> items, Function<T, String> id, Function<T, SourceLocation> at) {
        Map<String, SourceLocation> first = new HashMap<>();
        Stream.Builder<Problem> out = Stream.builder();
        for (T item : items) {
            SourceLocation earlier = first.putIfAbsent(id.apply(item), at.apply(item));
            if (earlier != null && !id.apply(item).isEmpty()) {
                out.add(Problem.error(
                                "id.duplicate",
                                kind + " id '" + id.apply(item) + "' is already used"
                                        + (earlier.isKnown() ? " at line " + earlier.line() : ""),
                                at.apply(item))
                        .withHint("give each " + kind + " its own id"));
            }
        }
        return out.build();
    }
}
