package dev.journeymaps.render.svg;

import java.util.Map;

/**
 * The drawings of the icons, our own: outline paths on a 16 by 16 grid, stroked in the colour of the element that
 * uses them (no fill, no colour of their own), so they follow every theme, greyscale included. Drawn as lines of
 * 1.5 units, they stay legible at 12 to 16 pixels.
 */
final class IconSymbols {

    /** The side of the grid the paths are drawn on. */
    static final int GRID = 16;

    static final String GENERIC = "other";

    private static final Map<String, String> PATHS = Map.ofEntries(
            // A globe: outline, equator, and one meridian.
            Map.entry("web", "M1.5 8 A6.5 6.5 0 1 0 14.5 8 A6.5 6.5 0 1 0 1.5 8 Z M1.5 8 H14.5"
                    + " M8 1.5 C4.8 4.5 4.8 11.5 8 14.5 C11.2 11.5 11.2 4.5 8 1.5 Z"),
            // A phone with a home button.
            Map.entry("mobile-app", "M5.5 1.5 H10.5 Q12 1.5 12 3 V13 Q12 14.5 10.5 14.5 H5.5 Q4 14.5 4 13 V3"
                    + " Q4 1.5 5.5 1.5 Z M7 12 H9 M4 3.8 H12"),
            // An envelope with its flap.
            Map.entry("email", "M1.5 3.5 H14.5 V12.5 H1.5 Z M1.5 3.5 L8 9 L14.5 3.5"),
            // Three people-nodes joined: sharing.
            Map.entry("social", "M2.2 8 A1.8 1.8 0 1 0 5.8 8 A1.8 1.8 0 1 0 2.2 8 Z"
                    + " M10.2 3.5 A1.8 1.8 0 1 0 13.8 3.5 A1.8 1.8 0 1 0 10.2 3.5 Z"
                    + " M10.2 12.5 A1.8 1.8 0 1 0 13.8 12.5 A1.8 1.8 0 1 0 10.2 12.5 Z"
                    + " M5.6 7.1 L10.4 4.4 M5.6 8.9 L10.4 11.6"),
            // A telephone handset.
            Map.entry("phone", "M3.5 1.8 L6 1.8 L7.2 5.2 L5.6 6.5 C6.4 8.3 7.7 9.6 9.5 10.4 L10.8 8.8 L14.2 10"
                    + " L14.2 12.5 Q14.2 14.2 12.5 14.2 C7.2 13.8 2.2 8.8 1.8 3.5 Q1.8 1.8 3.5 1.8 Z"),
            // Two speech bubbles: a conversation.
            Map.entry("chat", "M1.5 2 H10 V8.5 H5 L2.8 10.5 V8.5 H1.5 Z M12 5 H14.5 V11.5 H13.2 V13.8 L10.8 11.5"
                    + " H6 V10.5"),
            // One speech bubble with a short message in it.
            Map.entry("sms", "M2 2.5 H14 V11 H7 L4 14 V11 H2 Z M4.8 6.8 H5.6 M7.6 6.8 H8.4 M10.4 6.8 H11.2"),
            // A shop front: awning, walls and a door.
            Map.entry("store", "M1.5 6 L2.8 2 H13.2 L14.5 6 Z M2.8 6 V14 H13.2 V6 M6.5 14 V10 H9.5 V14"),
            // A person: head and shoulders.
            Map.entry("in-person", "M5.5 4.5 A2.5 2.5 0 1 0 10.5 4.5 A2.5 2.5 0 1 0 5.5 4.5 Z"
                    + " M2.5 14.5 C2.5 10.8 5 9 8 9 C11 9 13.5 10.8 13.5 14.5"),
            // A post box with its flag up.
            Map.entry("mail", "M5 4.5 H11.5 Q14.5 4.5 14.5 7.5 V13 H1.5 V8 Q1.5 4.5 5 4.5 Z"
                    + " M5 4.5 Q8.5 4.5 8.5 8 V13 M11.5 9.5 V2 H14"),
            // A rounded square with three dots: some other channel.
            Map.entry(GENERIC, "M4 2 H12 Q14 2 14 4 V12 Q14 14 12 14 H4 Q2 14 2 12 V4 Q2 2 4 2 Z"
                    + " M4.9 8 H5.3 M7.8 8 H8.2 M10.7 8 H11.1"));

    private IconSymbols() {}

    /** The path of the icon {@code name}, the generic icon's for a name without a drawing. */
    static String path(String name) {
        return PATHS.getOrDefault(name, PATHS.get(GENERIC));
    }

    /** The name the icon {@code name} is drawn under: itself when it has a drawing, else the generic icon's. */
    static String drawn(String name) {
        return PATHS.containsKey(name) ? name : GENERIC;
    }
}
