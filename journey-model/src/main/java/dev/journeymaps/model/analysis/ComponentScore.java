package dev.journeymaps.model.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One component's part in a friction score, with everything needed to recompute it by hand:
 * {@code contribution = weight × normalised}, and the score is the sum of the contributions.
 *
 * @param component which component
 * @param input the raw input in English ({@code "angry (-2)"}, {@code "CES 40% (survey, 25 answers)"}), or
 *     {@code "not given"}: for logs and the JSON; reports say {@code inputs} in their own language
 * @param normalised the input on 0 (no friction) .. 1 (worst)
 * @param weight the component's weight over the weights of the components with evidence; 0 without evidence
 * @param contribution {@code weight × normalised}
 * @param inputs the same input as values, for a report to put in its own words; one for most components, one per
 *     metric where several count (CSAT and NPS)
 */
public record ComponentScore(
        FrictionComponent component,
        String input,
        double normalised,
        double weight,
        double contribution,
        List<Input> inputs) {

    public ComponentScore {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(input, "input");
        inputs = List.copyOf(inputs);
    }

    /** A score whose input is only said in English. */
    public ComponentScore(
            FrictionComponent component, String input, double normalised, double weight, double contribution) {
        this(component, input, normalised, weight, contribution, List.of());
    }

    /**
     * One input of a component as values. {@code kind} says what it is and how to read {@code args}:
     *
     * <ul>
     *   <li>{@code not-given}: no evidence; {@code none}: no pain points listed.
     *   <li>{@code emotion}: {@code value} the score −2..2, args {@code [emotion label]}; {@code emotion-mean}: the
     *       mean, args {@code [number of personas]}.
     *   <li>{@code effort}: {@code value} 1..5, args {@code [5]}.
     *   <li>{@code pain-points}: {@code value} how many, args {@code [worst severity label]}.
     *   <li>{@code drop-off}, {@code abandonment}: {@code value} a percent of the customers here (unit {@code %});
     *       abandonment's args are the abandoned exits.
     *   <li>a metric ({@code csat}, {@code nps}, {@code ces}, {@code first-contact-resolution},
     *       {@code response-time}, {@code resolution-time}): {@code value} as the metric reads (percent, points or
     *       seconds), args {@code [display, source, answers, confidence, target]}: source {@code authored} or
     *       {@code survey}, answers the number of survey answers, confidence {@code low} or empty, target the target
     *       as written or empty ({@code no-target} when a time has none).
     * </ul>
     *
     * @param kind what the input is
     * @param value its figure
     * @param unit {@code %}, {@code s} or empty
     * @param args the rest, as text
     */
    public record Input(String kind, double value, String unit, List<String> args) {
        /** No evidence for the component. */
        public static final Input NOT_GIVEN = new Input("not-given", 0, "", List.of());

        public Input {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(unit, "unit");
            args = List.copyOf(args);
        }

        /** The {@code i}-th argument, or empty when there are fewer. */
        public String arg(int i) {
            return i < args.size() ? args.get(i) : "";
        }
    }
}
