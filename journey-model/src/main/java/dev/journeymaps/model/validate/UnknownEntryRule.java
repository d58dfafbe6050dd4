package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.List;
import java.util.stream.Stream;

/** {@code entries.unknown-touchpoint}: every {@code journey.entries} key is a touchpoint of the journey. */
final class UnknownEntryRule implements Rule {

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        List<JourneySettings.Entry> entries = journey.settings().entries();
        if (entries.isEmpty()) {
            return Stream.empty();
        }
        List<String> ids = graph.touchpoints().stream().map(Touchpoint::id).toList();
        return entries.stream()
                .filter(e -> graph.touchpoint(e.touchpointId()).isEmpty())
                .map(e -> Problem.error("entries.unknown-touchpoint",
                                "customers cannot start at unknown touchpoint '" + e.touchpointId() + "'",
                                e.location())
                        .withHint(hint(e.touchpointId(), ids)));
    }

    private static String hint(String wrong, List<String> ids) {
        String guess = Suggestions.didYouMean(wrong, ids);
        return guess.isEmpty() ? "the keys of 'entries' are ids of touchpoints in any stage of this journey" : guess;
    }
}
