package dev.journeymaps.model.analysis;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import java.util.List;

/**
 * The part of all customers each persona's route carries: the shares written ({@code personas[].share}); the rest
 * of 1 split evenly over personas without one (everybody alike when none is written: an assumption the validator
 * names, {@code flow.persona-share-assumed}); nothing for a persona with no touchpoint; then scaled to sum to 1.
 */
final class PersonaShares {

    private PersonaShares() {}

    /** The weight of each persona's route, in persona order; {@code routes} are their routes, in the same order. */
    static double[] weights(List<Persona> personas, List<Journey> routes) {
        int n = personas.size();
        double[] w = new double[n];
        double stated = 0;
        int unstated = 0;
        for (Persona p : personas) {
            if (p.share().isPresent()) {
                stated += p.share().getAsDouble();
            } else {
                unstated++;
            }
        }
        double rest = unstated == n ? 1.0 / n : Math.max(0, 1 - stated) / Math.max(1, unstated);
        double sum = 0;
        int lived = 0;
        for (int i = 0; i < n; i++) {
            boolean empty = routes.get(i).stages().stream().allMatch(s -> s.touchpoints().isEmpty());
            w[i] = empty ? 0 : personas.get(i).share().orElse(rest);
            lived += empty ? 0 : 1;
            sum += w[i];
        }
        if (sum <= 0) {
            // every share written is 0: nothing to weigh by, so alike
            for (int i = 0; i < n; i++) {
                boolean empty = routes.get(i).stages().stream().allMatch(s -> s.touchpoints().isEmpty());
                w[i] = empty || lived == 0 ? 0 : 1.0 / lived;
            }
            return w;
        }
        if (sum != 1) {
            for (int i = 0; i < n; i++) {
                w[i] /= sum;
            }
        }
        return w;
    }
}
