package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code reference.unknown-persona}: actors and per-persona emotions name personas of the journey. */
final class UnknownPersonaRule implements Rule {

    /** How many persona ids a hint lists: enough to spot the right one, never a wall of text. */
    private static final int LISTED = 10;

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        List<String> ids = journey.personas().stream().map(Persona::id).toList();
        Set<String> known = Set.copyOf(new java.util.HashSet<>(ids));
        String listed = ids.isEmpty() ? "the journey has no personas; add one under 'personas:'" : known(ids);
        Suggestions.Budget guesses = Suggestions.budget();
        List<Problem> problems = new ArrayList<>();
        for (Touchpoint t : journey.touchpoints()) {
            for (int i = 0; i < t.actors().size(); i++) {
                String actor = t.actors().get(i);
                if (!known.contains(actor)) {
                    problems.add(unknown(t, actor, "actors/" + i, "actor", guesses.didYouMean(actor, ids), listed));
                }
            }
            for (String p : t.emotionByPersona().keySet()) {
                if (!known.contains(p)) {
                    problems.add(unknown(t, p, "emotion/" + p, "emotion", guesses.didYouMean(p, ids), listed));
                }
            }
        }
        return problems.stream();
    }

    private static String known(List<String> ids) {
        String shown = ids.stream().limit(LISTED).map(Quote::cut)
                .collect(Collectors.joining(", "));
        return "known personas: " + shown + (ids.size() > LISTED ? ", … (" + ids.size() + " in all)" : "");
    }

    private static Problem unknown(Touchpoint t, String id, String part, String role, String guess, String listed) {
        return Problem.error("reference.unknown-persona",
                        "touchpoint " + Quote.of(t.id()) + " names unknown persona " + Quote.of(id) + " as " + role,
                        t.locationOf(part))
                .withHint(guess.isEmpty() ? listed : guess);
    }
}
