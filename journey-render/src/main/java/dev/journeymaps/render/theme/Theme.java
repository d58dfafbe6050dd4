package dev.journeymaps.render.theme;

import dev.journeymaps.model.io.TextFile;
import dev.journeymaps.render.Typography;
import java.io.IOException;
import java.nio.file.Path;
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

    // The built-in themes are theme files in this package (light.yaml...), read as a custom theme file is but
    // complete: a colour per slot by name, where a positional table had to be counted to find one.

    /** Dark ink on white: the default. */
    public static final Theme LIGHT = ThemeReader.builtIn("light");

    /** Light ink on a near-black page, the friction ramp inverted. */
    public static final Theme DARK = ThemeReader.builtIn("dark");

    /** Black on white with saturated marks, for projectors and low vision. */
    public static final Theme HIGH_CONTRAST = ThemeReader.builtIn("high-contrast");

    /** Greyscale, for black-and-white printers. */
    public static final Theme PRINT = ThemeReader.builtIn("print");

    /** The built-in themes, the default first. */
    public static final List<Theme> BUILT_IN = List.of(LIGHT, DARK, HIGH_CONTRAST, PRINT);

    /** The built-in theme named {@code name} (case-insensitive), or empty. */
    public static Optional<Theme> builtIn(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return BUILT_IN.stream().filter(t -> t.name.equals(wanted)).findFirst();
    }

    /** This theme with {@code slot} coloured {@code colour} ({@code #rrggbb}), such as a brand colour for curves. */
    public Theme with(Slot slot, String colour) {
        Map<Slot, String> map = new EnumMap<>(colours);
        map.put(slot, colour.toLowerCase(Locale.ROOT));
        return new Theme(name, map, typography, cornerRadius);
    }
}
