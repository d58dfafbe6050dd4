package dev.journeymaps.model;

import java.util.List;

/**
 * The channels journey-maps knows by name. A touchpoint's channel is free text; these get icons and completion.
 */
public final class Channels {

    /** The known channels, in the order documentation lists them. */
    public static final List<String> KNOWN = List.of(
            "web", "mobile-app", "email", "social", "phone", "chat", "sms", "store", "in-person", "mail", "other");

    private Channels() {}

    /** Whether {@code channel} is one of {@link #KNOWN}. */
    public static boolean isKnown(String channel) {
        return KNOWN.contains(channel);
    }
}
