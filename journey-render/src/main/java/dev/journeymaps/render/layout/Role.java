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
    CHANNEL_ICON,
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
    EMOTION_POINT,
    EMOTION_LEGEND,
    LANE,
    LANE_CELL,
    THOUGHT_TEXT,
    OPPORTUNITY_TEXT,
    OPPORTUNITY_MARKER,
    DETAIL_TEXT,
    METRIC_TEXT,
    ACTION_TEXT,
    VISIBILITY_LINE,
    PERSONA,
    PERSONA_CARD,
    PERSONA_NAME,
    PERSONA_TEXT,
    HEAT,
    /** The friction scale, explained under the friction lane's label. */
    FRICTION_LEGEND,
    /** The share of customers who reach a touchpoint, on its card. */
    REACH_TEXT,
    HOTSPOT_BADGE,
    HOTSPOT_RANK,
    /** The tint of a hotspot's column through every lane of its row. */
    HOTSPOT_COLUMN,
    /** A survey figure's trend since the previous period, when it held or got better. */
    TREND_TEXT,
    /** A survey figure's trend since the previous period, when it got worse. */
    TREND_WORSE,
    /** The customers a touchpoint sends to an abandoned exit, per 1,000 entering the journey. */
    LOSS_TEXT,
    /** The thought or pain point written at the emotion curve's lowest or highest point, with its leader line. */
    EMOTION_NOTE,
    /** Where the future state's emotion curve lies above the current one. */
    DIFF_GAIN,
    /** Where the future state's emotion curve lies below the current one. */
    DIFF_LOSS,
    /** What became of a touchpoint; its level is the {@code TouchpointChange.Kind} ordinal. */
    DIFF_BADGE,
    DIFF_BADGE_TEXT,
    /** The key to the map's symbols; it holds the symbols in their own roles, so they look as on the map. */
    LEGEND,
    /** The first page of a map of several pages: the journey at a glance. */
    OVERVIEW,
    /** The share of customers who reach a stage, as a bar of the overview's funnel. */
    FUNNEL_BAR,
    /** The key's name, where lanes have theirs. */
    LEGEND_TITLE,
    /** What a symbol of the key means. */
    LEGEND_TEXT,
    /** The dot on a card's edge from which three or more branches fan out. */
    SPLIT_NODE,
    /** One person or system taking part in a touchpoint, on its card; its tooltip is the full name. */
    ACTOR,
    /** The round chip of an actor, sized to its initials. */
    ACTOR_CHIP,
    /** An actor's initials, two letters, in its chip. */
    ACTOR_INITIALS
}
