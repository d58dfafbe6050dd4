package dev.journeymaps.render.layout;

/** What a piece of the scene means; a writer's theme maps each role to colours and strokes. */
public enum Role {
    BACKGROUND,
    TITLE,
    DESCRIPTION,
    LANE_LABEL,
    AXIS_LABEL,
    STAGE,
    STAGE_BAND,
    STAGE_HEADER,
    STAGE_NAME,
    STAGE_GOAL,
    TOUCHPOINT,
    CARD,
    CARD_NAME,
    CARD_CHANNEL,
    PAIN_TEXT,
    PAIN_MARKER,
    MOMENT_OF_TRUTH,
    EXIT_MARKER,
    EXIT_LABEL,
    CONNECTOR,
    TRANSITION,
    FLOW,
    FLOW_LABEL,
    ARROW_HEAD,
    EMOTION_LANE,
    EMOTION_ZERO,
    EMOTION_CURVE,
    EMOTION_POINT
}
