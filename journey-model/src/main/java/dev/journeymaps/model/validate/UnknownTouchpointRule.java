package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/** {@code reference.unknown-touchpoint}: every {@code next} step leads to a touchpoint of the journey. */
final class UnknownTouchpointRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        Set<String> ids = new LinkedHashSet<>();
        journey.touchpoints().forEach(t -> ids.add(t.id()));
        return journey.touchpoints().stream()
                .flatMap(t -> t.next().stream()
                        .filter(n -> !ids.contains(n.to()))
                        .map(n -> Problem.error(
                                        "reference.unknown-touchpoint",
                                        "touchpoint '" + t.id() + "' leads to unknown touchpoint '" + n.to() + "'",
                                        n.location().isKnown() ? n.location() : t.location())
                                .withHint(hint(n.to(), ids))));
    }

    private static String hint(String wrong, Set<String> ids) {
        String guess = Suggestions.didYouMean(wrong, ids);
        return guess.isEmpty() ? "'next' takes the id of a touchpoint in any stage of this journey" : guess;
    }

}
