package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code flow.loop-without-exit} (warning): customers who enter a loop from which no exit can be reached never end
 * their journey. A warning, not an error: maps of subscriptions sometimes mean exactly that.
 */
final class LoopWithoutExitRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        Set<String> canExit = graph.canReachExit();
        return graph.loops().stream()
                .filter(loop -> loop.stream().noneMatch(canExit::contains))
                .map(loop -> problem(graph, loop));
    }

    private static Problem problem(JourneyGraph graph, List<String> loop) {
        String first = loop.get(0);
        return Problem.warning(
                        "flow.loop-without-exit",
                        "customers who reach the loop " + String.join(" -> ", loop) + " -> " + first
                                + " can never leave it",
                        graph.touchpoint(first).orElseThrow().location())
                .withHint("add a 'next' step out of the loop, or mark a touchpoint in it with 'exit: true'");
    }
}
