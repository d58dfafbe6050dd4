package dev.journeymaps.render.theme;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Quote;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a theme file (YAML, or JSON for a {@code .json} file) into its keys and values with their lines and columns:
 * the only class of this package that knows Jackson. A theme is a map of scalars and of maps of scalars
 * ({@code colours:}, {@code font-sizes:}); anything deeper, a list or a YAML alias is a problem.
 */
final class ThemeParser {

    /** A theme file is small: a megabyte is far more than any theme needs. */
    static final int MAX_CHARS = 1 << 20;

    /**
     * One key of the file.
     *
     * @param section the map the key is in: empty at the top, else the key of that map (such as {@code colours})
     * @param key the key
     * @param keyLocation where the key was written
     * @param value the value as written, empty when it is a map (its keys follow as entries of their own)
     * @param number whether the value is a number
     */
    record Entry(String section, String key, SourceLocation keyLocation, Optional<String> value, boolean number) {}

    private static final StreamReadConstraints CONSTRAINTS =
            StreamReadConstraints.builder().maxNestingDepth(8).build();
    // Built once: a factory is thread-safe, and building one per file cost more than reading a built-in theme.
    private static final TokenStreamFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    private static final TokenStreamFactory YAML = YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build();

    private final String file;
    private final List<Problem> problems;

    private ThemeParser(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The entries of {@code content}, in file order; problems found go to {@code problems}. */
    static List<Entry> parse(String content, String file, boolean json, List<Problem> problems) {
        return new ThemeParser(file, problems).entries(content, json);
    }

    private List<Entry> entries(String content, boolean json) {
        List<Entry> entries = new ArrayList<>();
        if (content.length() > MAX_CHARS) {
            problems.add(Problem.error("theme.syntax", "the theme file is larger than a megabyte", at(1, 1)));
            return entries;
        }
        TokenStreamFactory factory = json ? JSON : YAML;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), new StringReader(content))) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                problems.add(Problem.error("theme.wrong-type", "a theme file holds a map of keys, such as"
                        + " 'extends: light' and 'colours:'", location(parser.currentTokenLocation())));
                return entries;
            }
            map(parser, "", entries);
        } catch (JacksonException e) {
            String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("malformed input");
            problems.add(Problem.error("theme.syntax", "cannot parse: " + message, location(e.getLocation())));
        } catch (RuntimeException e) {
            // SnakeYAML's own exceptions and parser bugs on odd input are still the file's problem, not a crash.
            problems.add(Problem.error("theme.syntax", "cannot parse this file: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), at(1, 1)));
        }
        return entries;
    }

    /** Reads the keys of the map just started, up to its end. */
    private void map(JsonParser parser, String section, List<Entry> entries) {
        // The journey reader's rule: a key written twice is a mistake to show, not "the last one wins".
        Map<String, SourceLocation> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            SourceLocation keyAt = location(parser.currentTokenLocation());
            JsonToken value = parser.nextToken();
            SourceLocation earlier = seen.putIfAbsent(key, keyAt);
            if (earlier != null) {
                problems.add(Problem.error("yaml.duplicate-key", "key " + Quote.of(key)
                                + " appears twice in the same map (first at line " + earlier.line() + ")", keyAt)
                        .withHint("keep one of them; YAML does not merge repeated keys"));
                parser.skipChildren();
            } else if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                problems.add(Problem.error("theme.syntax", "YAML aliases are not supported in themes", keyAt));
            } else if (value == JsonToken.START_OBJECT && section.isEmpty()) {
                entries.add(new Entry(section, key, keyAt, Optional.empty(), false));
                map(parser, key, entries);
            } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                problems.add(Problem.error("theme.wrong-type", "'" + path(section, key) + "' must be a single value,"
                        + " not " + (value == JsonToken.START_ARRAY ? "a list" : "a map"), keyAt));
                parser.skipChildren();
            } else {
                // YAML 1.2 reads .nan and .inf as numbers; no size or radius can be one.
                boolean number = (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT)
                        && Double.isFinite(parser.getDoubleValue());
                String text = value == JsonToken.VALUE_NULL ? "" : parser.getString();
                entries.add(new Entry(section, key, keyAt, Optional.of(text), number));
            }
        }
    }

    static String path(String section, String key) {
        return section.isEmpty() ? key : section + "." + key;
    }

    private SourceLocation location(TokenStreamLocation l) {
        return l == null || l.getLineNr() < 1 ? at(1, 1) : at(l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private SourceLocation at(int line, int column) {
        return SourceLocation.of(file, line, column);
    }
}
