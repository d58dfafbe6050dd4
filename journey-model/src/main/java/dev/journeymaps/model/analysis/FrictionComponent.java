package dev.journeymaps.model.analysis;

import java.util.Arrays;
import java.util.Optional;

/** The named parts of a touchpoint's friction score; see {@code docs/metrics.md} for how each is normalised. */
public enum FrictionComponent {
    /** How negative the customer feels: the mean emotion below neutral, −2 → 1. */
    NEGATIVE_EMOTION("negative-emotion"),
    /** How hard it is: survey or authored CES, else the authored effort 1..5. */
    EFFORT("effort"),
    /** How badly the worst pain point hurts: low 0.25, medium 0.5, high 0.75, critical 1. */
    PAIN_POINTS("pain-points"),
    /** The share of customers at the touchpoint who are not passed on. */
    DROP_OFF("drop-off"),
    /** How dissatisfied customers say they are: the worse of 1 − CSAT/100 and (100 − NPS)/200. */
    DISSATISFACTION("dissatisfaction"),
    /**
     * How far response and resolution times overshoot their targets: the worse of (time − target) / (2 × target),
     * capped at 1, so three times the target or more is 1.
     */
    SLOW_RESPONSE("slow-response"),
    /** The share of customers here sent on to an abandoned exit: 5 × share, capped at 1 (a fifth lost is 1). */
    ABANDONMENT("abandonment"),
    /**
     * How far CSAT, CES and first-contact resolution (points short / 40) and NPS (points short / 80) fall short of
     * their targets, the worst of them, capped at 1.
     */
    TARGET_MISS("target-miss");

    private final String key;

    FrictionComponent(String key) {
        this.key = key;
    }

    /** The kebab-case name used in YAML ({@code journey.analysis.weights}) and in reports. */
    public String key() {
        return key;
    }

    /** The component called {@code key}, if any. */
    public static Optional<FrictionComponent> parse(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
