package dev.journeymaps.render.svg;

import dev.journeymaps.render.layout.Role;

/**
 * The light palette: what each role of the scene looks like. Colours are constants chosen here, never taken from
 * the journey. (The themes of a later step replace this class.)
 */
final class Palette {

    /**
     * How a piece is painted.
     *
     * @param fill the fill colour, or {@code none}
     * @param stroke the outline colour, or {@code none}
     * @param strokeWidth the outline width, 0 for none
     */
    record Paint(String fill, String stroke, double strokeWidth) {
        static Paint fill(String colour) {
            return new Paint(colour, "none", 0);
        }

        static Paint line(String colour, double width) {
            return new Paint("none", colour, width);
        }
    }

    private static final String INK = "#1b1f2a";
    private static final String MUTED = "#4b5263";
    private static final String[] SEVERITY = {"#8a6d00", "#b45309", "#c62828", "#7f0000"};
    private static final String[] EMOTION = {"#c62828", "#e65100", "#757575", "#558b2f", "#1b5e20"};

    private Palette() {}

    /** The paint of {@code role} in its variant {@code level}. */
    static Paint paint(Role role, int level) {
        return switch (role) {
            case BACKGROUND, EMOTION_LANE -> new Paint("#ffffff", role == Role.BACKGROUND ? "none" : "#d5dae3",
                    role == Role.BACKGROUND ? 0 : 1);
            case STAGE_BAND -> Paint.fill(level % 2 == 0 ? "#f3f5f9" : "#e9edf4");
            case STAGE_HEADER -> Paint.fill(level % 2 == 0 ? "#dbe3f1" : "#d0daec");
            case CARD -> new Paint("#ffffff", "#7d8799", 1.2);
            case TITLE, STAGE_NAME, CARD_NAME -> Paint.fill(INK);
            case DESCRIPTION, STAGE_GOAL, LANE_LABEL, CARD_CHANNEL, FLOW_LABEL, AXIS_LABEL, EXIT_LABEL -> Paint.fill(MUTED);
            case PAIN_TEXT -> Paint.fill("#b71c1c");
            case PAIN_MARKER -> Paint.fill(SEVERITY[Math.max(0, Math.min(3, level))]);
            case MOMENT_OF_TRUTH -> Paint.fill("#5e35b1");
            case EXIT_MARKER, ARROW_HEAD -> Paint.fill(MUTED);
            case FLOW -> Paint.line(MUTED, 1.5);
            case EMOTION_ZERO -> Paint.line("#9aa3b5", 1);
            case EMOTION_CURVE -> Paint.line("#2f5fc4", 2.5);
            case EMOTION_POINT -> new Paint(EMOTION[Math.max(0, Math.min(4, level + 2))], "#ffffff", 1.5);
            case STAGE, TOUCHPOINT, CONNECTOR, TRANSITION -> Paint.fill("none");
        };
    }
}
