package dev.journeymaps.render.layout;

import dev.journeymaps.model.Channels;
import java.util.Map;

/**
 * Which icon a channel gets: each known channel its own, common other spellings (such as {@code app} or
 * {@code call-centre}) the icon of the channel they mean, and anything else the generic {@code other} icon.
 */
final class ChannelIcons {

    static final String GENERIC = "other";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("app", "mobile-app"), Map.entry("mobile", "mobile-app"), Map.entry("ios", "mobile-app"),
            Map.entry("android", "mobile-app"), Map.entry("website", "web"), Map.entry("online", "web"),
            Map.entry("e-mail", "email"), Map.entry("newsletter", "email"), Map.entry("call", "phone"),
            Map.entry("call-centre", "phone"), Map.entry("call-center", "phone"), Map.entry("telephone", "phone"),
            Map.entry("live-chat", "chat"), Map.entry("chatbot", "chat"), Map.entry("whatsapp", "chat"),
            Map.entry("messenger", "chat"), Map.entry("text", "sms"), Map.entry("shop", "store"),
            Map.entry("branch", "store"), Map.entry("in-store", "store"), Map.entry("post", "mail"),
            Map.entry("letter", "mail"), Map.entry("face-to-face", "in-person"), Map.entry("visit", "in-person"),
            Map.entry("social-media", "social"));

    private ChannelIcons() {}

    /** The icon of {@code channel}, or empty for no channel. */
    static String of(String channel) {
        String key = Channels.key(channel);
        if (key.isEmpty()) {
            return "";
        }
        if (Channels.isKnown(key)) {
            return key;
        }
        return ALIASES.getOrDefault(key, GENERIC);
    }
}
