package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code entries.shares-below-one}: written entries say where every customer starts, so their shares should add up
 * to 1; the analysis scales a smaller sum up, which shifts every reach, and says so.
 */
final class EntrySharesBelowOneRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        List<JourneySettings.Entry> entries = journey.settings().entries();
        double sum = entries.stream().mapToDouble(JourneySettings.Entry::share).sum();
        if (entries.isEmpty() || sum >= 1 - ShareSumRule.TOLERANCE) {
            return Stream.empty();
        }
        return Stream.of(Problem.warning("entries.shares-below-one",
                        "the entry shares add up to " + ShareSumRule.trim(sum)
                                + ", less than 1; the analysis scales them up to 1",
                        entries.get(0).location())
                .withHint("name every touchpoint where customers start, with shares that add up to 1"));
    }
}
