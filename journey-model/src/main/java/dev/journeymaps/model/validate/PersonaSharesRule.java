package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code flow.persona-shares-incomplete} and {@code flow.persona-shares-sum}: the personas' shares say how many
 * customers each stands for, so they are given for all personas or none, and add up to 1. The analysis splits the
 * rest evenly over personas without a share and scales the shares to sum to 1, which shifts every reach.
 */
final class PersonaSharesRule implements Rule {

    /** Shares are written with two or three decimals; 0.333 × 3 is near enough to 1. */
    static final double TOLERANCE = 0.001;

    @Override
    public Stream<Problem> check(Journey journey, JourneyGraph graph) {
        List<Persona> personas = journey.personas();
        List<Persona> without = personas.stream().filter(p -> p.share().isEmpty()).toList();
        if (without.size() == personas.size()) {
            return Stream.empty();
        }
        if (!without.isEmpty()) {
            return Stream.of(Problem.warning("flow.persona-shares-incomplete",
                            "persona " + Quote.of(without.get(0).id()) + " has no share while "
                                    + (personas.size() - without.size()) + " of the " + personas.size()
                                    + " personas have one; the analysis splits the rest evenly over "
                                    + names(without),
                            without.get(0).location())
                    .withHint("give every persona a share (the part of all customers they stand for), or none"));
        }
        double sum = personas.stream().mapToDouble(p -> p.share().getAsDouble()).sum();
        if (Math.abs(sum - 1) <= TOLERANCE) {
            return Stream.empty();
        }
        return Stream.of(Problem.warning("flow.persona-shares-sum",
                        "the personas' shares add up to " + ShareSumRule.trim(sum)
                                + ", not 1; the analysis scales them to sum to 1",
                        personas.get(0).location())
                .withHint("the shares are parts of all customers: " + personas.stream()
                        .map(p -> Quote.cut(p.id()) + " " + ShareSumRule.trim(p.share().getAsDouble() / sum))
                        .collect(Collectors.joining(", ")) + " would keep their proportions"));
    }

    private static String names(List<Persona> personas) {
        return personas.stream().map(p -> Quote.of(p.id())).collect(Collectors.joining(", "));
    }
}
