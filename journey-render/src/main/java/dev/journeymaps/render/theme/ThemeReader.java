package dev.journeymaps.render.theme;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.render.Typography;
import dev.journeymaps.render.theme.Theme.Slot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the entries of a theme file into a theme: a built-in base ({@code extends}, default {@code light}), then the
 * brand colour, then each colour, font size and the corner radius the file sets. Every unknown key, bad colour and
 * size out of range is an error with its line and column; colour pairs below WCAG AA contrast are warnings.
 */
final class ThemeReader {

    private static final Pattern LONG = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern SHORT = Pattern.compile("#[0-9a-fA-F]{3}");
    private static final List<String> TOP = List.of("name", "extends", "brand", "corner-radius", "colours",
            "font-sizes");
    private static final double MAX_RADIUS = 24;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    /** Where each colour the file sets was written, to point contrast warnings at it. */
    private final Map<Slot, SourceLocation> written = new EnumMap<>(Slot.class);

    private ThemeReader(String file) {
        this.file = file;
    }

    static ThemeResult read(String content, String file, String defaultName) {
        return new ThemeReader(file).theme(content, file.toLowerCase(Locale.ROOT).endsWith(".json"), defaultName,
                false);
    }

    /**
     * A built-in theme, from its YAML file in this package: read as any theme file is, but complete, extending none
     * (the themes a file extends are these), every colour given.
     *
     * @throws IllegalStateException when the file is missing, or has a problem or a colour missing: the jar is
     *     broken
     */
    static Theme builtIn(String name) {
        String resource = name + ".yaml";
        String content;
        try (InputStream in = ThemeReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in theme " + resource + " is missing from the jar");
            }
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in theme " + resource, e);
        }
        ThemeResult result;
        try {
            result = new ThemeReader(resource).theme(content, false, name, true);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the built-in theme " + resource + " misses a colour: " + e.getMessage(),
                    e);
        }
        if (result.theme().isEmpty() || !result.problems().isEmpty()) {
            throw new IllegalStateException("the built-in theme " + resource + " has problems: " + result.problems());
        }
        return result.theme().get();
    }

    private ThemeResult theme(String content, boolean json, String defaultName, boolean complete) {
        List<ThemeParser.Entry> entries = ThemeParser.parse(content, file, json, problems);
        if (!problems.isEmpty()) {
            return new ThemeResult(Optional.empty(), problems);
        }
        Map<String, ThemeParser.Entry> top = new LinkedHashMap<>();
        for (ThemeParser.Entry e : entries) {
            if (e.section().isEmpty()) {
                String key = e.key().equals("colors") ? "colours" : e.key();
                if (!TOP.contains(key)) {
                    unknown(e, TOP);
                } else if ((key.equals("colours") || key.equals("font-sizes")) == e.value().isPresent()) {
                    problems.add(Problem.error("theme.wrong-type", "'" + e.key() + "' must be "
                            + (e.value().isPresent() ? "a map of keys and values" : "a single value"),
                            e.keyLocation()));
                } else {
                    top.put(key, e);
                }
            }
        }
        if (complete && top.containsKey("extends")) {
            throw new IllegalStateException("the built-in theme " + file + " extends another");
        }
        // A complete theme starts from nothing (and the built-in themes do not exist yet while it is read).
        Optional<Theme> base = complete ? Optional.empty()
                : Optional.of(Optional.ofNullable(top.get("extends")).flatMap(this::base).orElse(Theme.LIGHT));
        String name = Optional.ofNullable(top.get("name")).flatMap(ThemeParser.Entry::value).filter(n -> !n.isBlank())
                .map(String::strip).orElse(defaultName);
        Map<Slot, String> colours = new EnumMap<>(Slot.class);
        base.ifPresent(b -> colours.putAll(b.colours()));
        Optional.ofNullable(top.get("brand")).flatMap(this::colour).ifPresent(brand -> {
            // The brand colour marks what a reader's eye should find first: the curve and the moments of truth.
            for (Slot slot : List.of(Slot.CURVE, Slot.MOMENT_OF_TRUTH)) {
                colours.put(slot, brand);
                written.put(slot, top.get("brand").keyLocation());
            }
        });
        Typography typography = base.map(Theme::typography).orElse(Typography.DEFAULT);
        double radius = base.map(Theme::cornerRadius).orElse(Theme.DEFAULT_RADIUS);
        for (ThemeParser.Entry e : entries) {
            String section = e.section().equals("colors") ? "colours" : e.section();
            if (section.equals("colours")) {
                slot(e).ifPresent(slot -> colour(e).ifPresent(c -> {
                    colours.put(slot, c);
                    written.put(slot, e.keyLocation());
                }));
            } else if (section.equals("font-sizes")) {
                typography = fontSize(e, typography);
            }
        }
        ThemeParser.Entry radiusEntry = top.get("corner-radius");
        if (radiusEntry != null) {
            radius = number(radiusEntry, 0, MAX_RADIUS).orElse(radius);
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            problems.sort(null);
            return new ThemeResult(Optional.empty(), problems);
        }
        Theme theme = new Theme(name, colours, typography, radius);
        SourceLocation fallback = Optional.ofNullable(top.get("extends")).map(ThemeParser.Entry::keyLocation)
                .orElse(SourceLocation.of(file, 1, 1));
        for (Contrast.Failure f : Contrast.failures(theme)) {
            if (written.containsKey(f.foreground()) || written.containsKey(f.background())) {
                SourceLocation at = written.getOrDefault(f.foreground(), written.getOrDefault(f.background(), fallback));
                problems.add(Problem.warning("theme.low-contrast", String.format(Locale.ROOT,
                        "%s %s on %s %s has a contrast of %.2f:1, below the %.1f:1 WCAG 2.1 AA asks for %s",
                        label(f.foreground()), theme.colour(f.foreground()), label(f.background()),
                        theme.colour(f.background()), f.ratio(), f.minimum(),
                        Contrast.TEXT.contains(f.foreground()) ? "text" : "marks and lines"), at)
                        .withHint("darken or lighten one of the two colours"));
            }
        }
        problems.sort(null);
        return new ThemeResult(Optional.of(theme), problems);
    }

    private Optional<Theme> base(ThemeParser.Entry e) {
        String wanted = e.value().orElse("");
        Optional<Theme> base = Theme.builtIn(wanted);
        if (base.isEmpty()) {
            problems.add(Problem.error("theme.unknown-base", "'extends: " + wanted + "' names no built-in theme",
                    e.keyLocation()).withHint("built in: " + Theme.BUILT_IN.stream().map(Theme::name)
                    .collect(Collectors.joining(", "))));
        }
        return base;
    }

    private Optional<Slot> slot(ThemeParser.Entry e) {
        Optional<Slot> slot = Arrays.stream(Slot.values()).filter(s -> label(s).equals(e.key())).findFirst();
        if (slot.isEmpty()) {
            unknown(e, Arrays.stream(Slot.values()).map(ThemeReader::label).toList());
        }
        return slot;
    }

    private Typography fontSize(ThemeParser.Entry e, Typography typography) {
        Optional<Typography.Text> text = Arrays.stream(Typography.Text.values())
                .filter(t -> t.label().equals(e.key())).findFirst();
        if (text.isEmpty()) {
            unknown(e, Arrays.stream(Typography.Text.values()).map(Typography.Text::label).toList());
            return typography;
        }
        return number(e, text.get().min(), text.get().max()).map(size -> typography.with(text.get(), size))
                .orElse(typography);
    }

    private Optional<String> colour(ThemeParser.Entry e) {
        String value = e.value().orElse("").strip();
        if (LONG.matcher(value).matches()) {
            return Optional.of(value.toLowerCase(Locale.ROOT));
        }
        if (SHORT.matcher(value).matches()) {
            StringBuilder c = new StringBuilder("#");
            value.chars().skip(1).forEach(ch -> c.append((char) ch).append((char) ch));
            return Optional.of(c.toString().toLowerCase(Locale.ROOT));
        }
        problems.add(Problem.error("theme.bad-colour", "'" + ThemeParser.path(e.section(), e.key())
                + "' must be a colour like \"#1b1f2a\", was '" + value + "'", e.keyLocation())
                .withHint("write colours as #rrggbb or #rgb, in quotes in YAML (# starts a comment)"));
        return Optional.empty();
    }

    private Optional<Double> number(ThemeParser.Entry e, double min, double max) {
        String where = ThemeParser.path(e.section(), e.key());
        if (e.number()) {
            double value;
            try {
                value = Double.parseDouble(e.value().orElse("0"));
            } catch (NumberFormatException notJavaSyntax) {
                value = Double.NaN;
            }
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        }
        problems.add(Problem.error("theme.bad-size", String.format(Locale.ROOT, "'%s' must be a number from %s to %s,"
                + " was '%s'", where, trim(min), trim(max), e.value().orElse("")), e.keyLocation()));
        return Optional.empty();
    }

    private void unknown(ThemeParser.Entry e, List<String> known) {
        String nearest = known.stream().min((a, b) -> Integer.compare(distance(a, e.key()), distance(b, e.key())))
                .orElse("");
        String where = e.section().isEmpty() ? "a theme" : "'" + e.section() + "'";
        Problem p = Problem.error("theme.unknown-key", "'" + e.key() + "' is not a key of " + where, e.keyLocation());
        problems.add(distance(nearest, e.key()) <= 3 ? p.withHint("did you mean '" + nearest + "'?")
                : p.withHint("keys: " + String.join(", ", known)));
    }

    /** The name of a slot in theme files, such as {@code card-border}. */
    static String label(Slot slot) {
        return slot.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The Levenshtein distance of two short keys. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
