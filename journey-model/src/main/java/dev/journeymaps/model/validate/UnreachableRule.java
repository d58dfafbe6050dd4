package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code flow.unreachable}: every touchpoint can be reached from an entry. A touchpoint nothing leads to is an entry
 * itself, so what this finds are loops that no entry leads into.
 */
final class UnreachableRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        Set<String> reachable = graph.reachableFromEntries();
        String entries = String.join(", ", graph.entries());
        return graph.touchpoints().stream()
                .filter(t -> !reachable.contains(t.id()))
                .map(t -> Problem.error(
                                "flow.unreachable",
                                "no customer can reach touchpoint '" + t.id() + "' from where the journey starts ("
                                        + entries + ")",
                                t.location())
                        .withHint("add a 'next' step that leads here, or remove the touchpoint"));
    }
}
