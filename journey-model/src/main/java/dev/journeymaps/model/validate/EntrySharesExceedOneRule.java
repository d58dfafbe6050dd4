package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.List;
import java.util.stream.Stream;

/** {@code entries.shares-exceed-one}: no more customers can start the journey than there are customers. */
final class EntrySharesExceedOneRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        List<JourneySettings.Entry> entries = journey.settings().entries();
        double sum = entries.stream().mapToDouble(JourneySettings.Entry::share).sum();
        if (sum <= 1 + ShareSumRule.TOLERANCE) {
            return Stream.empty();
        }
        return Stream.of(Problem.error("entries.shares-exceed-one",
                        "the entry shares add up to " + ShareSumRule.trim(sum) + ", more than 1",
                        entries.get(0).location())
                .withHint("each share is the part of all customers who start at that touchpoint; together at most 1"));
    }
}
