package dev.journeymaps.render.svg;

import dev.journeymaps.render.layout.Role;
import dev.journeymaps.render.theme.Theme;
import dev.journeymaps.render.theme.Theme.Slot;

/** What each role of the scene looks like in a theme. */
final class Palette {

    /**
     * How a piece is painted.
     *
     * @param fill the fill colour, or {@code none}
     * @param stroke the outline colour, or {@code none}
     * @param strokeWidth the outline width, 0 for none
     */
    record Paint(String fill, String stroke, double strokeWidth) {}

    private static final Slot[] SEVERITY = {
        Slot.SEVERITY_LOW, Slot.SEVERITY_MEDIUM, Slot.SEVERITY_HIGH, Slot.SEVERITY_CRITICAL
    };
    private static final Slot[] EMOTION = {
        Slot.EMOTION_ANGRY, Slot.EMOTION_FRUSTRATED, Slot.EMOTION_NEUTRAL, Slot.EMOTION_HAPPY, Slot.EMOTION_DELIGHTED
    };
    private static final Slot[] HEAT = {Slot.HEAT_1, Slot.HEAT_2, Slot.HEAT_3, Slot.HEAT_4, Slot.HEAT_5};
    private static final Slot[] CURVES = {Slot.CURVE, Slot.CURVE_2, Slot.CURVE_3, Slot.CURVE_4};
    private static final String[] CURVE_DASHES = {"", "7 4", "2 3", "9 3 2 3"};

    private final Theme theme;

    Palette(Theme theme) {
        this.theme = theme;
    }

    /** The dash pattern of persona curve {@code level}; empty for a solid line. */
    static String curveDash(int level) {
        return CURVE_DASHES[Math.floorMod(level, CURVE_DASHES.length)];
    }

    /** The paint of {@code role} in its variant {@code level}. */
    Paint paint(Role role, int level) {
        return switch (role) {
            case BACKGROUND -> fill(Slot.BACKGROUND);
            case EMOTION_LANE, LANE -> new Paint(c(Slot.LANE), c(Slot.LANE_BORDER), 1);
            case STAGE_BAND -> fill(level % 2 == 0 ? Slot.BAND : Slot.BAND_ALT);
            case STAGE_HEADER -> fill(level % 2 == 0 ? Slot.HEADER : Slot.HEADER_ALT);
            case CARD, PERSONA_CARD -> new Paint(c(Slot.CARD), c(Slot.CARD_BORDER), 1.2);
            case TITLE, STAGE_NAME, CARD_NAME, PERSONA_NAME, THOUGHT_TEXT, OPPORTUNITY_TEXT, METRIC_TEXT, ACTION_TEXT,
                    PERSONA_TEXT, REACH_TEXT, TREND_TEXT -> fill(Slot.INK);
            case DESCRIPTION, STAGE_GOAL, LANE_LABEL, CARD_CHANNEL, FLOW_LABEL, AXIS_LABEL, EXIT_LABEL, DETAIL_TEXT,
                    LEGEND_TITLE, LEGEND_TEXT ->
                    fill(Slot.MUTED);
            case PAIN_TEXT, TREND_WORSE, LOSS_TEXT -> fill(Slot.PAIN);
            // The lowest step is left unfilled, outlined only: quiet touchpoints stay quiet.
            case HEAT -> level <= 0 ? line(Slot.HEAT_1, 1) : fill(HEAT[Math.min(4, level)]);
            case HOTSPOT_COLUMN -> fill(Slot.HOTSPOT);
            case HOTSPOT_BADGE -> fill(Slot.INK);
            case HOTSPOT_RANK -> fill(Slot.BACKGROUND);
            case PAIN_MARKER -> fill(SEVERITY[Math.max(0, Math.min(3, level))]);
            case MOMENT_OF_TRUTH -> fill(Slot.MOMENT_OF_TRUTH);
            case OPPORTUNITY_MARKER -> fill(Slot.OPPORTUNITY);
            case EXIT_MARKER, ARROW_HEAD, SPLIT_NODE -> fill(Slot.FLOW);
            case FLOW -> line(Slot.FLOW, 1.5);
            case FUNNEL_BAR -> fill(Slot.CURVE);
            case CHANNEL_ICON -> line(Slot.MUTED, 1.5);
            case EMOTION_ZERO, VISIBILITY_LINE -> line(Slot.ZERO_LINE, 1);
            case EMOTION_CURVE -> line(CURVES[Math.floorMod(level, CURVES.length)], 2.5);
            case EMOTION_POINT -> new Paint(c(EMOTION[Math.max(0, Math.min(4, level + 2))]), c(Slot.POINT_OUTLINE),
                    1.5);
            case DIFF_GAIN -> fill(Slot.EMOTION_HAPPY);
            case DIFF_LOSS -> fill(Slot.EMOTION_ANGRY);
            // added, removed, changed, unchanged: dark fills that carry white text in every theme
            case DIFF_BADGE -> fill(level == 0 ? Slot.OPPORTUNITY : level == 1 ? Slot.PAIN
                    : level == 2 ? Slot.CURVE : Slot.MUTED);
            case DIFF_BADGE_TEXT -> fill(Slot.BACKGROUND);
            // the stage header's tint carries ink in every theme, so the initials read as a stage name does
            case ACTOR_CHIP -> new Paint(c(Slot.HEADER), c(Slot.CARD_BORDER), 1);
            case ACTOR_INITIALS -> fill(Slot.INK);
            case STAGE, TOUCHPOINT, CONNECTOR, TRANSITION, LANE_CELL, PERSONA, EMOTION_LEGEND,
                    FRICTION_LEGEND, LEGEND, OVERVIEW, EMOTION_NOTE, ACTOR -> new Paint("none",
                    "none", 0);
        };
    }

    private String c(Slot slot) {
        return theme.colour(slot);
    }

    private Paint fill(Slot slot) {
        return new Paint(c(slot), "none", 0);
    }

    private Paint line(Slot slot, double width) {
        return new Paint("none", c(slot), width);
    }
}
