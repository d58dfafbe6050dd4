package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.stream.Stream;

/**
 * {@code flow.outcome-assumed}: an exit that says nothing of its outcome but where the customer feels negative is
 * read as abandoned, and the customers sent there are charged to the touchpoint that sent them. That is a guess the
 * author should confirm with {@code outcome:}.
 */
final class OutcomeAssumedRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        return graph.touchpoints().stream()
                .filter(t -> graph.isExit(t.id()) && t.isOutcomeAssumedAbandoned())
                .map(OutcomeAssumedRule::problem);
    }

    private static Problem problem(Touchpoint t) {
        return Problem.warning("flow.outcome-assumed", "exit '" + t.id() + "' says no outcome and customers feel"
                        + " negative there, so it is read as abandoned: the touchpoints that send customers there are"
                        + " charged with their loss", t.location())
                .withHint("write outcome: abandoned to confirm it, or outcome: completed if customers got what they"
                        + " came for");
    }
}
