package dev.journeymaps.model.io;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Quote;
import dev.journeymaps.model.validate.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the keys of one YAML map as typed values, turning every mistake (unknown key, wrong type, missing key, text too
 * long) into a problem at the exact location. A value that is wrong is reported and treated as absent.
 */
final class Fields {

    private final Node.MapNode map;
    private final String owner;
    private final List<Problem> problems;
    private final ReadLimits limits;

    Fields(Node.MapNode map, String owner, List<String> allowedKeys, ReadLimits limits, List<Problem> problems) {
        this(map, owner, allowedKeys, key -> "", limits, problems);
    }

    /**
     * As {@link #Fields(Node.MapNode, String, List, ReadLimits, List)}; {@code elsewhere} gives, for a key not allowed
     * here, the hint that says where it belongs instead (a key indented one level too deep or too shallow), or "".
     */
    Fields(Node.MapNode map, String owner, List<String> allowedKeys, Function<String, String> elsewhere,
            ReadLimits limits, List<Problem> problems) {
        this.map = map;
        this.owner = owner;
        this.problems = problems;
        this.limits = limits;
        for (Node.Entry e : map.entries()) {
            if (!allowedKeys.contains(e.key())) {
                String there = elsewhere.apply(e.key());
                problems.add(Problem.error(
                                "format.unknown-key",
                                "unknown key " + Quote.of(e.key()) + " in " + owner,
                                e.keyLocation())
                        .withHint(there.isEmpty() ? hintForUnknown(e.key(), allowedKeys) : there));
            }
        }
    }

    private static String hintForUnknown(String key, List<String> allowed) {
        String guess = Suggestions.didYouMean(key, allowed);
        return guess.isEmpty() ? "known keys here: " + String.join(", ", allowed) : guess;
    }

    /** Where this map starts. */
    SourceLocation location() {
        return map.location();
    }

    /** Where the value of {@code key} was written, or the map's location when the key is absent. */
    SourceLocation at(String key) {
        Node.Entry e = map.get(key);
        return e == null ? map.location() : e.value().location();
    }

    /** Where {@code key} itself was written, or the map's location when the key is absent. */
    SourceLocation keyAt(String key) {
        Node.Entry e = map.get(key);
        return e == null ? map.location() : e.keyLocation();
    }

    boolean has(String key) {
        return node(key).isPresent();
    }

    /** The value of {@code key}, absent when the key is missing or written as nothing ({@code key:} or {@code ~}). */
    Optional<Node> node(String key) {
        Node.Entry e = map.get(key);
        if (e == null || (e.value() instanceof Node.ScalarNode s && s.isNull())) {
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    Optional<String> text(String key) {
        return node(key).flatMap(n -> asText(n, key));
    }

    /** The text of {@code key}; reports a missing key and answers "" when it is absent (an empty value is the rules' to report). */
    String requiredText(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty() && map.get(key) == null) {
            problems.add(Problem.error("format.missing-key", owner + " has no '" + key + "'", map.location())
                    .withHint("add '" + key + ":'"));
        }
        if (text.isEmpty() && map.get(key) != null && map.get(key).value() instanceof Node.ScalarNode s
                && s.text().length() > limits.maxTextLength()) {
            // Already reported as too long: the value's start stands in, so no rule reports it as empty and
            // messages can still name the element.
            int end = limits.maxTextLength();
            return s.text().substring(0, Character.isLowSurrogate(s.text().charAt(end)) ? end - 1 : end);
        }
        return text.orElse("");
    }

    /** Any scalar as the text its author wrote; maps and lists are reported. */
    Optional<String> asText(Node n, String key) {
        if (n instanceof Node.ScalarNode s && !s.isNull()) {
            if (s.text().length() > limits.maxTextLength()) {
                problems.add(Problem.error(
                                "limit.text-too-long",
                                Quote.of(key) + " is " + s.text().length() + " characters long, more than the limit of "
                                        + limits.maxTextLength(),
                                s.location())
                        .withHint("shorten it, or raise the limit with --max-text if the file is trusted"));
                return Optional.empty();
            }
            return Optional.of(s.text());
        }
        if (n instanceof Node.ScalarNode) {
            return Optional.empty();
        }
        wrongType(key, "text", n);
        return Optional.empty();
    }

    /** A list of texts; a single text is a list of one. */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (Node item : items(key)) {
            asText(item, key).ifPresent(out::add);
        }
        return out;
    }

    /** The items of a list; a single value is a list of one. */
    List<Node> items(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (n.get() instanceof Node.ListNode list) {
            return list.items();
        }
        return List.of(n.get());
    }

    /** The items of a list that must be a list (a map is reported). */
    List<Node> list(String key) {
        Optional<Node> n = node(key);
        if (n.isPresent() && n.get() instanceof Node.MapNode) {
            wrongType(key, "a list", n.get());
            return List.of();
        }
        return items(key);
    }

    Optional<Node.MapNode> map(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof Node.MapNode m) {
            return Optional.of(m);
        }
        wrongType(key, "a map", n.get());
        return Optional.empty();
    }

    Optional<Double> number(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof Node.ScalarNode s && (s.kind() == Node.Kind.INTEGER || s.kind() == Node.Kind.FLOAT)) {
            return Optional.of(s.number());
        }
        wrongType(key, "a number", n.get());
        return Optional.empty();
    }

    Optional<Boolean> bool(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof Node.ScalarNode s && s.kind() == Node.Kind.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text()));
        }
        wrongType(key, "true or false", n.get());
        return Optional.empty();
    }

    void wrongType(String key, String expected, Node found) {
        problems.add(Problem.error(
                "format.wrong-type",
                "'" + key + "' of " + owner + " must be " + expected + ", not " + found.describe(),
                found.location()));
    }
}
