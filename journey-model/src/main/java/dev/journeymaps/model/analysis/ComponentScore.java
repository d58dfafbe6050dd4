package dev.journeymaps.model.analysis;

import java.util.Objects;

/**
 * One component's part in a friction score, with everything needed to recompute it by hand:
 * {@code contribution = weight × normalised}, and the score is the sum of the contributions.
 *
 * @param component which component
 * @param input the raw input as a reader would say it ({@code "angry (-2)"}, {@code "CES 40% (survey, 25
 *     answers)"}), or {@code "not given"}
 * @param normalised the input on 0 (no friction) .. 1 (worst)
 * @param weight the component's weight over the weights of the components with evidence; 0 without evidence
 * @param contribution {@code weight × normalised}
 */
public record ComponentScore(
        FrictionComponent component, String input, double normalised, double weight, double contribution) {

    public ComponentScore {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(input, "input");
    }
}
