package dev.journeymaps.model.io;

import dev.journeymaps.model.SourceLocation;
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

    /** A mapping; keys keep the order they were written in. */
    record MapNode(Map<String, Entry> entries, SourceLocation location) implements Node {
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
