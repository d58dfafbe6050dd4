package dev.journeymaps.render.theme;

import dev.journeymaps.model.io.TextFile;
import dev.journeymaps.render.Typography;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a map looks: a colour per {@link Slot} (what a colour means), as {@code #rrggbb}, the font sizes of its main
 * texts and the corner radius of its cards. Four themes are built in:
 * {@link #LIGHT} (the default), {@link #DARK}, {@link #HIGH_CONTRAST} and {@link #PRINT} (greyscale). Every text
 * colour of every built-in theme meets WCAG 2.1 AA contrast against the backgrounds it is drawn on; no information
 * is carried by colour alone (severities and friction scores are also written out, persona curves differ in dash
 * and marker shape). The friction heat scale gets louder with friction in every theme: {@code heat-1} outlines the
 * lowest step, which is left unfilled, and {@code heat-2} .. {@code heat-5} fill the others with a contrast against
 * the lanes that grows step by step (light yellow to deep red on light backgrounds; on the dark theme the ramp is
 * inverted, dim amber to bright coral, so that the worst friction stands out most there too). The scale is
 * colour-blind safe.
 *
 * <p>Custom themes come from a YAML or JSON file ({@link #load(Path)}): a built-in theme they extend, with the
 * colours, brand colour, font sizes and corner radius they change (see {@code docs/rendering.md}).
 *
 * @param name the theme's name, such as {@code light}
 * @param colours a colour for every slot
 * @param typography the font sizes of the title, stage names and card names
 * @param cornerRadius the corner radius of cards, 0 to 24 (8 in the built-in themes); other rounded boxes follow
 *     in proportion
 */
public record Theme(String name, Map<Slot, String> colours, Typography typography, double cornerRadius) {

    /** The corner radius of the cards of the built-in themes. */
    public static final double DEFAULT_RADIUS = 8;

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

    /** What a colour is used for. */
    public enum Slot {
        BACKGROUND, INK, MUTED, BAND, BAND_ALT, HEADER, HEADER_ALT, CARD, CARD_BORDER, LANE, LANE_BORDER, FLOW, PAIN,
        SEVERITY_LOW, SEVERITY_MEDIUM, SEVERITY_HIGH, SEVERITY_CRITICAL,
        EMOTION_ANGRY, EMOTION_FRUSTRATED, EMOTION_NEUTRAL, EMOTION_HAPPY, EMOTION_DELIGHTED, POINT_OUTLINE,
        CURVE, CURVE_2, CURVE_3, CURVE_4, ZERO_LINE, MOMENT_OF_TRUTH, OPPORTUNITY,
        HEAT_1, HEAT_2, HEAT_3, HEAT_4, HEAT_5,
        /** The tint of a hotspot's column, through every lane of its row; text and marks are drawn on it. */
        HOTSPOT
    }

    public Theme {
        Objects.requireNonNull(name, "name");
        EnumMap<Slot, String> copy = new EnumMap<>(Slot.class);
        for (Slot slot : Slot.values()) {
            String colour = colours.get(slot);
            if (colour == null || !COLOUR.matcher(colour).matches()) {
                throw new IllegalArgumentException("theme '" + name + "': " + slot.name().toLowerCase(Locale.ROOT)
                        + " must be a colour like #1b1f2a, was " + colour);
            }
            copy.put(slot, colour);
        }
        colours = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(typography, "typography");
        if (!(cornerRadius >= 0 && cornerRadius <= 24)) {
            throw new IllegalArgumentException("theme '" + name + "': corner radius must be 0 to 24, was "
                    + cornerRadius);
        }
    }

    /** A theme of these colours, with the default font sizes and corner radius. */
    public Theme(String name, Map<Slot, String> colours) {
        this(name, colours, Typography.DEFAULT, DEFAULT_RADIUS);
    }

    /**
     * The theme in the YAML or JSON file {@code file} (JSON when its name ends in {@code .json}), with every problem
     * found; the theme is absent when there are errors.
     *
     * @throws IOException when the file cannot be read
     */
    public static ThemeResult load(Path file) throws IOException {
        // Only a regular file, at most the size a theme may have, in UTF-8: /dev/zero or a pipe is a problem.
        TextFile.Read read = TextFile.read(file, file.toString(), ThemeParser.MAX_CHARS);
        if (read.problem().isPresent()) {
            return new ThemeResult(Optional.empty(), List.of(read.problem().get()));
        }
        String content = read.text();
        String fileName = file.getFileName() == null ? "theme" : file.getFileName().toString();
        return read(content, file.toString(), fileName.replaceFirst("\\.(ya?ml|json)$", ""));
    }

    /**
     * The theme written in {@code content}, read as the file {@code file} (its name is used in problem locations,
     * and JSON is expected when it ends in {@code .json}); named {@code defaultName} unless it names itself.
     */
    public static ThemeResult read(String content, String file, String defaultName) {
        return ThemeReader.read(content, file, defaultName);
    }

    /** The colour for {@code slot}. */
    public String colour(Slot slot) {
        return colours.get(slot);
    }

    public static final Theme LIGHT = of("light",
            "#ffffff", "#1b1f2a", "#4b5263", "#f3f5f9", "#e9edf4", "#dbe3f1", "#d0daec", "#ffffff", "#7d8799",
            "#ffffff", "#d5dae3", "#4b5263", "#b71c1c",
            "#8a6d00", "#b45309", "#c62828", "#7f0000",
            "#c62828", "#e65100", "#757575", "#558b2f", "#1b5e20", "#ffffff",
            "#2f5fc4", "#8e24aa", "#00796b", "#c2185b", "#9aa3b5", "#5e35b1", "#00695c",
            "#b8bfcc", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026", "#fdeceb");

    public static final Theme DARK = of("dark",
            "#12151c", "#eef1f6", "#b4bccb", "#1a1e27", "#20252f", "#2a3140", "#313a4b", "#232834", "#5d6678",
            "#181c24", "#343b48", "#b4bccb", "#ff8a80",
            "#ffd54f", "#ffb74d", "#ff7043", "#ff5252",
            "#ff5252", "#ffab40", "#bdbdbd", "#9ccc65", "#66bb6a", "#12151c",
            "#82b1ff", "#ea80fc", "#64ffda", "#ff80ab", "#5d6678", "#b39ddb", "#4db6ac",
            "#5d6678", "#6b3a12", "#a8421a", "#e8473a", "#ff7b72", "#33222a");

    public static final Theme HIGH_CONTRAST = of("high-contrast",
            "#ffffff", "#000000", "#000000", "#ffffff", "#f0f0f0", "#e0e0e0", "#d6d6d6", "#ffffff", "#000000",
            "#ffffff", "#000000", "#000000", "#a00000",
            "#6b5300", "#8a3c00", "#b00000", "#600000",
            "#b00000", "#8a3c00", "#404040", "#2e6b00", "#004d00", "#000000",
            "#0033a0", "#7b008b", "#005c4b", "#9c0046", "#000000", "#3d0099", "#00574b",
            "#767676", "#ffc233", "#ff7a00", "#d7191c", "#7a0019", "#ffe9e9");

    public static final Theme PRINT = of("print",
            "#ffffff", "#000000", "#333333", "#f7f7f7", "#ececec", "#e0e0e0", "#d4d4d4", "#ffffff", "#555555",
            "#ffffff", "#bbbbbb", "#333333", "#000000",
            "#7a7a7a", "#595959", "#333333", "#000000",
            "#000000", "#424242", "#757575", "#9e9e9e", "#bdbdbd", "#000000",
            "#000000", "#424242", "#616161", "#212121", "#9e9e9e", "#000000", "#333333",
            "#999999", "#bdbdbd", "#969696", "#636363", "#252525", "#e2e2e2");

    /** The built-in themes, the default first. */
    public static final List<Theme> BUILT_IN = List.of(LIGHT, DARK, HIGH_CONTRAST, PRINT);

    /** The built-in theme named {@code name} (case-insensitive), or empty. */
    public static Optional<Theme> builtIn(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return BUILT_IN.stream().filter(t -> t.name.equals(wanted)).findFirst();
    }

    /** A theme from colours given in {@link Slot} order. */
    private static Theme of(String name, String... colours) {
        if (colours.length != Slot.values().length) {
            throw new IllegalArgumentException("theme " + name + " has " + colours.length + " colours");
        }
        Map<Slot, String> map = new EnumMap<>(Slot.class);
        Arrays.stream(Slot.values()).forEach(s -> map.put(s, colours[s.ordinal()]));
        return new Theme(name, map);
    }

    /** This theme with {@code slot} coloured {@code colour} ({@code #rrggbb}), such as a brand colour for curves. */
    public Theme with(Slot slot, String colour) {
        Map<Slot, String> map = new EnumMap<>(colours);
        map.put(slot, colour.toLowerCase(Locale.ROOT));
        return new Theme(name, map, typography, cornerRadius);
    }
}
