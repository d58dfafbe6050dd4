package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** {@code reference.unknown-persona}: actors and per-persona emotions name personas of the journey. */
final class UnknownPersonaRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        List<String> ids = journey.personas().stream().map(Persona::id).toList();
        Set<String> known = Set.copyOf(ids);
        return journey.touchpoints().stream().flatMap(t -> Stream.concat(
                IntStream.range(0, t.actors().size())
                        .filter(i -> !known.contains(t.actors().get(i)))
                        .mapToObj(i -> unknown(t, t.actors().get(i), "actors/" + i, "actor", ids)),
                t.emotionByPersona().keySet().stream()
                        .filter(p -> !known.contains(p))
                        .map(p -> unknown(t, p, "emotion/" + p, "emotion", ids))));
    }

    private static Problem unknown(Touchpoint t, String id, String part, String role, List<String> ids) {
        String guess = Suggestions.didYouMean(id, ids);
        String hint = !guess.isEmpty() ? guess
                : ids.isEmpty() ? "the journey has no personas; add one under 'personas:'"
                : "known personas: " + String.join(", ", ids);
        return Problem.error("reference.unknown-persona",
                        "touchpoint '" + t.id() + "' names unknown persona '" + id + "' as " + role,
                        t.locationOf(part))
                .withHint(hint);
    }
}
