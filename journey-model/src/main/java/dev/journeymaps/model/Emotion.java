package dev.journeymaps.model;

import java.util.Optional;

/**
 * How a customer feels at a touchpoint, on the five-point scale CX teams use: -2 (angry) to +2 (delighted).
 */
public enum Emotion {
    ANGRY(-2),
    FRUSTRATED(-1),
    NEUTRAL(0),
    HAPPY(1),
    DELIGHTED(2);

    /** The lowest score, {@code -2}. */
    public static final int MIN = -2;
    /** The highest score, {@code +2}. */
    public static final int MAX = 2;

    private final int score;

    Emotion(int score) {
        this.score = score;
    }

    /** The score of this emotion, from -2 to +2. */
    public int score() {
        return score;
    }

    private static final Labels<Emotion> LABELS = new Labels<>(values());

    /** The lower-case name used in YAML, such as {@code frustrated}. */
    public String label() {
        return LABELS.of(this);
    }

    /** The emotion with the given score. */
    public static Emotion of(int score) {
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("emotion must be between -2 and 2, was " + score);
        }
        return values()[score - MIN];
    }

    /** The emotion named {@code name} (case-insensitive), or empty. */
    public static Optional<Emotion> parse(String name) {
        return LABELS.parse(name);
    }
}
