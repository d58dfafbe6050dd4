package dev.journeymaps.cli;

import dev.journeymaps.model.Journey;
import dev.journeymaps.render.Format;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.output.Renderers;
import dev.journeymaps.render.output.Renderers.MapOption;
import dev.journeymaps.render.raster.RasterRenderer;
import dev.journeymaps.render.theme.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** How a map is drawn: theme, lanes, one persona's view, the page, and for PNG the scale and the pixel budget. */
final class MapOptions {

    @Option(
            names = "--theme",
            paramLabel = "NAME|FILE",
            description = "light (default), dark, high-contrast or print (greyscale, nothing told by colour alone),"
                    + " or a theme file (YAML or JSON, inside --root; see docs/rendering.md).")
    Optional<String> theme = Optional.empty();

    @Option(
            names = "--lanes",
            paramLabel = "LANE",
            split = ",",
            description = "The rows of the map, in order, such as personas,touchpoints,emotions,pain-points."
                    + " Default: every lane the journey has content for.")
    List<String> lanes = new ArrayList<>();

    @Option(
            names = "--persona",
            paramLabel = "ID",
            description = "Draw the map as this persona lives it: their route, with their own reach, friction and"
                    + " emotion curve (docs/metrics.md, \"Persona routes\").")
    Optional<String> persona = Optional.empty();

    @Option(
            names = "--page",
            paramLabel = "SIZE",
            description = "The page the map is laid out for: a4, a3, a2, letter (landscape), 16:9 (a slide) or none"
                    + " (one row, however wide). A row holds as many touchpoints as fit the page with its smallest"
                    + " text at 9 pt; longer journeys wrap onto more rows, and a PDF gets one page per row part."
                    + " Default: a3 for PDF; for SVG and PNG, rows wrapped so the map is at most twice as wide as"
                    + " high.")
    Optional<String> page = Optional.empty();

    @Option(
            names = "--scale",
            paramLabel = "FACTOR",
            description = "PNG only: pixels per map unit, such as 2 for a sharp print. Default: ${DEFAULT-VALUE}.")
    double scale = 1;

    @Option(
            names = "--max-pixels",
            paramLabel = "N",
            description = "PNG only: the most pixels to draw; a larger map is drawn at a lower scale, with a warning."
                    + " Default: ${DEFAULT-VALUE}.")
    long maxPixels = RasterRenderer.DEFAULT_MAX_PIXELS;

    /**
     * The map options in the order they are checked, so the refusal names the first one given, with what each
     * changes: which formats honour it is the renderers' to say ({@link Renderers#honours}).
     */
    private static final Map<String, MapOption> MAP_OPTIONS = orderedOptions();

    private static Map<String, MapOption> orderedOptions() {
        Map<String, MapOption> options = new LinkedHashMap<>();
        options.put("--theme", MapOption.THEME);
        options.put("--lanes", MapOption.LANES);
        options.put("--persona", MapOption.PERSONA);
        options.put("--page", MapOption.PAGE);
        options.put("--scale", MapOption.SCALE);
        options.put("--max-pixels", MapOption.MAX_PIXELS);
        return Collections.unmodifiableMap(options);
    }

    /**
     * The first map option given (as {@code given} tells) that {@code format} would not honour, as one sentence
     * naming the option, the format and the formats that do honour it; empty when all are honoured.
     */
    static Optional<String> ignoredBy(Format format, Predicate<String> given) {
        return MAP_OPTIONS.entrySet().stream()
                .filter(option -> given.test(option.getKey()))
                .filter(option -> !Renderers.honours(format, option.getValue()))
                .findFirst()
                .map(option -> option.getKey() + " does not apply to " + format.extension() + " output; it applies to "
                        + Arrays.stream(Format.values())
                                .filter(f -> Renderers.honours(f, option.getValue()))
                                .map(Format::extension)
                                .collect(Collectors.joining(", "))
                        + " (drop it, or choose one of those with --format)");
    }

    /** The theme file {@code --theme} names, when it names no built-in theme. */
    Optional<String> themeFile() {
        return theme.filter(t -> Theme.builtIn(t).isEmpty());
    }

    /**
     * The render options these flags ask for, in the theme read from the file {@code --theme} names if it does; or a
     * usage error that says which value is wrong.
     */
    RenderOptions renderOptions(Journey journey, Optional<Theme> fromFile) {
        RenderOptions options = RenderOptions.defaults();
        if (fromFile.isPresent()) {
            options = options.withTheme(fromFile.get());
        } else if (theme.isPresent()) {
            options = options.withTheme(Theme.builtIn(theme.get()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown --theme '" + theme.get() + "'; built in: " + Theme.BUILT_IN.stream()
                            .map(Theme::name).collect(Collectors.joining(", ")))));
        }
        if (!lanes.isEmpty()) {
            List<Lane> chosen = new ArrayList<>();
            for (String name : lanes) {
                chosen.add(Lane.parse(name).orElseThrow(() -> new IllegalArgumentException("unknown lane '" + name
                        + "'; lanes: " + Lane.ALL.stream().map(Lane::label).collect(Collectors.joining(", ")))));
            }
            options = options.withLanes(chosen);
        }
        if (page.isPresent()) {
            options = options.withPage(Page.parse(page.get()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown --page '" + page.get() + "'; pages: " + Arrays.stream(Page.values())
                            .filter(p -> p != Page.AUTO).map(Page::label).collect(Collectors.joining(", ")))));
        }
        if (persona.isPresent()) {
            options = options.withPersona(PersonaOption.checked(journey, persona.get()));
        }
        if (!(scale > 0) || Double.isInfinite(scale) || maxPixels < 1) {
            throw new IllegalArgumentException("--scale and --max-pixels must be positive");
        }
        return options;
    }
}
