package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.graph.Flow;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * {@code flow.crosses-personas}: a touchpoint without {@code next} leads to the following one, and when the two name
 * personas and share none, that default joins two personas' paths. Customers of one persona then "reach" the
 * other's touchpoints and both show the same reach, an artefact of the order the touchpoints were written in.
 */
final class CrossesPersonasRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        return graph.flows().stream().filter(Flow::implicit).flatMap(f -> {
            Touchpoint from = graph.touchpoint(f.from()).orElseThrow();
            Touchpoint to = graph.touchpoint(f.to()).orElseThrow();
            return crossing(from, to).stream();
        });
    }

    private static Optional<Problem> crossing(Touchpoint from, Touchpoint to) {
        List<String> mine = from.actors();
        List<String> theirs = to.actors();
        if (mine.isEmpty() || theirs.isEmpty() || !Collections.disjoint(mine, theirs)) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning("flow.crosses-personas",
                        "touchpoint " + Quote.of(from.id()) + " (" + names(mine) + ") has no next and so leads to "
                                + Quote.of(to.id()) + " (" + names(theirs) + "), which none of its personas lives;"
                                + " the flow joins two personas' paths",
                        from.location())
                .withHint("say where " + Quote.of(from.id()) + "'s customers go: next: [...] with a touchpoint of "
                        + "the same persona, or exit: true"));
    }

    private static String names(List<String> personas) {
        // a loop, not a stream: a journey whose order joins personas throughout makes this warning per touchpoint
        StringJoiner names = new StringJoiner(", ");
        for (String persona : personas) {
            names.add(Quote.cut(persona));
        }
        return names.toString();
    }
}
