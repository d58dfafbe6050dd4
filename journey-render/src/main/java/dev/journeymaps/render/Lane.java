package dev.journeymaps.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A row of the journey map. Stages are the columns; lanes are the rows, drawn in the order asked for. A lane with
 * nothing to show for a journey (no thoughts written, say) is left out.
 */
public enum Lane {
    /** The persona header: name, description, demographics, goals and needs of each persona. */
    PERSONAS,
    /** A card per touchpoint with its name, channel and actors; flows as arrows between cards. */
    TOUCHPOINTS,
    /** The channel of each touchpoint, as its own row. */
    CHANNELS,
    /** The emotion curve, one per persona when personas feel differently. */
    EMOTIONS,
    /** What the customer thinks, as quotes. */
    THOUGHTS,
    /** Pain points with their severity. */
    PAIN_POINTS,
    /** Opportunities with owner, due date and KPI. */
    OPPORTUNITIES,
    /** CSAT, NPS, CES, first-contact resolution, response and resolution time. */
    METRICS,
    /** Friction: a heat strip with each touchpoint's friction score, and hotspots with their rank. */
    FRICTION,
    /** The service blueprint: backstage and support actions under the line of visibility. */
    BLUEPRINT;

    /**
     * The lanes drawn when none are asked for: every lane except {@link #CHANNELS}, which the cards already show.
     */
    public static final List<Lane> DEFAULT = List.of(
            PERSONAS, TOUCHPOINTS, EMOTIONS, THOUGHTS, PAIN_POINTS, OPPORTUNITIES, METRICS, FRICTION, BLUEPRINT);

    /** Every lane in its usual order. */
    public static final List<Lane> ALL = List.of(values());

    /** The name used on the command line and in YAML, such as {@code pain-points}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The lane named {@code name} ({@code pain-points}, {@code PAIN_POINTS}; case-insensitive), or empty. */
    public static Optional<Lane> parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(l -> l.label().equals(wanted)).findFirst();
    }
}
