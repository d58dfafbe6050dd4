package dev.journeymaps.model;

import java.util.List;
import java.util.Locale;

/**
 * The channels journey-maps knows by name. A touchpoint's channel is free text; these get icons and completion.
 */
public final class Channels {

    /** The known channels, in the order documentation lists them. */
    public static final List<String> KNOWN = List.of(
            "web", "mobile-app", "email", "social", "phone", "chat", "sms", "store", "in-person", "mail", "other");

    private Channels() {}

    /**
     * {@code channel} as written, in the form the known names take: trimmed, lower case, spaces and underscores as
     * hyphens ({@code "Mobile App"} is {@code mobile-app}). What the map's icons and words look a channel up by.
     */
    public static String key(String channel) {
        return channel.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
    }

    /** Whether {@code channel} is one of {@link #KNOWN}. */
    public static boolean isKnown(String channel) {
        return KNOWN.contains(channel);
    }
}
