package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Transition;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.Locale;
import java.util.stream.Stream;

/** {@code flow.shares-exceed-one}: a touchpoint cannot pass on more customers than reach it. */
final class ShareSumRule implements Rule {

    /** Sums of decimal shares such as 0.7 + 0.2 + 0.1 are not exactly 1 in binary. */
    static final double TOLERANCE = 1e-9;

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        return journey.touchpoints().stream().flatMap(t -> {
            double sum = t.next().stream()
                    .map(Transition::share)
                    .filter(s -> s.isPresent())
                    .mapToDouble(s -> s.getAsDouble())
                    .sum();
            if (sum <= 1 + TOLERANCE) {
                return Stream.empty();
            }
            return Stream.of(Problem.error(
                            "flow.shares-exceed-one",
                            String.format(Locale.ROOT, "the shares leaving touchpoint '%s' add up to %s, more than 1",
                                    t.id(), trim(sum)),
                            t.locationOf("next"))
                    .withHint("shares are parts of the customers at this touchpoint; what is not passed on drops off"));
        });
    }

    static String trim(double x) {
        return String.format(Locale.ROOT, "%.4f", x).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
