package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.Transition;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** {@code reference.unknown-touchpoint}: every {@code next} step leads to a touchpoint of the journey. */
final class UnknownTouchpointRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        Set<String> ids = new HashSet<>();
        List<String> candidates = new ArrayList<>();
        journey.touchpoints().forEach(t -> {
            if (ids.add(t.id())) {
                candidates.add(t.id());
            }
        });
        Suggestions.Budget guesses = Suggestions.budget();
        List<Problem> problems = new ArrayList<>();
        for (Touchpoint t : journey.touchpoints()) {
            for (Transition n : t.next()) {
                if (!ids.contains(n.to())) {
                    String guess = guesses.didYouMean(n.to(), candidates);
                    problems.add(Problem.error(
                                    "reference.unknown-touchpoint",
                                    "touchpoint " + Quote.of(t.id()) + " leads to unknown touchpoint "
                                            + Quote.of(n.to()),
                                    n.location().isKnown() ? n.location() : t.location())
                            .withHint(guess.isEmpty()
                                    ? "'next' takes the id of a touchpoint in any stage of this journey" : guess));
                }
            }
        }
        return problems.stream();
    }
}
