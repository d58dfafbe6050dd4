package dev.journeymaps.model.io;

import dev.journeymaps.model.SourceLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers where it was written. The binder reads journeys from these, so every
 * problem it finds can point at the exact line and column.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    SourceLocation location();

    /** What a node is, in words for messages: "a map", "a list", "a number"... */
    String describe();

    /**
     * A mapping; keys keep the order they were written in. Most maps of a journey hold a handful of keys, and a hash
     * map per map cost 200 bytes of every touchpoint: small maps are searched in order, large ones through
     * {@code index}.
     */
    record MapNode(List<Entry> entries, Map<String, Entry> index, SourceLocation location) implements Node {

        /** Maps with more keys than this are searched through an index. */
        static final int INDEXED = 8;

        public MapNode {
            entries = List.copyOf(entries);
            index = Map.copyOf(index);
        }

        /** A map of {@code entries} (keys distinct), with an index when it is large. */
        static MapNode of(List<Entry> entries, SourceLocation location) {
            Map<String, Entry> index = new HashMap<>();
            if (entries.size() > INDEXED) {
                entries.forEach(e -> index.put(e.key(), e));
            }
            return new MapNode(entries, index, location);
        }

        /** The entry of {@code key}, or null. */
        Entry get(String key) {
            if (entries.size() > INDEXED) {
                return index.get(key);
            }
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    /** One key of a mapping, with where the key itself was written. */
    record Entry(String key, SourceLocation keyLocation, Node value) {}

    /** A sequence. */
    record ListNode(List<Node> items, SourceLocation location) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar. {@code text} is what the author wrote (as the parser resolved it); {@code number} is set for numbers. */
    record ScalarNode(Kind kind, String text, double number, SourceLocation location) implements Node {
        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "text";
                case INTEGER, FLOAT -> "a number";
                case BOOLEAN -> "true or false";
                case NULL -> "nothing";
            };
        }

        boolean isNull() {
            return kind == Kind.NULL;
        }
    }

    /** The kinds of scalar the parser reports. */
    enum Kind {
        STRING,
        INTEGER,
        FLOAT,
        BOOLEAN,
        NULL
    }
}
