package dev.journeymaps.model.io;

import dev.journeymaps.model.io.FormatReference.Key;
import dev.journeymaps.model.io.FormatReference.Section;
import dev.journeymaps.model.io.FormatReference.Shape;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the journey format, for completion and checks as authors type in editors that
 * speak it (VS Code with the YAML extension, IntelliJ). It is derived from the same description of the format as the
 * key tables of docs/format.md.
 *
 * <p>The schema checks the shape of a file: keys, types, names and ranges. What needs the whole journey (unique ids,
 * references, reachability) is {@code journey validate}'s.
 */
public final class JourneySchema {

    /** The name the CLI gives the schema next to journeys, and that their {@code yaml-language-server} header names. */
    public static final String FILE_NAME = "journey.schema.json";

    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JourneySchema() {}

    /** The name the CLI gives the schema of persona files, and that their {@code yaml-language-server} header names. */
    public static final String PERSONAS_FILE_NAME = "personas.schema.json";

    /** The schema as pretty-printed JSON, ending with a newline; the same bytes on every run. */
    public static String json() {
        return write(schema());
    }

    /**
     * The schema of a file of shared personas (what {@code personas: {include: FILE}} names): a {@code personas}
     * list, or an {@code include} of further persona files. Pretty-printed JSON, the same bytes on every run.
     */
    public static String personasJson() {
        return write(personasSchema());
    }

    private static String write(ObjectNode schema) {
        return Json.pretty(schema);
    }

    static ObjectNode schema() {
        return schema("journey-maps journey", FormatReference.TOP);
    }

    static ObjectNode personasSchema() {
        return schema("journey-maps persona file", FormatReference.PERSONA_FILE);
    }

    /** The schema whose root is {@code root}, with every section as a definition it may refer to. */
    private static ObjectNode schema(String title, Section rootSection) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DIALECT);
        root.put("title", title);
        object(root, rootSection);
        ObjectNode defs = root.putObject("$defs");
        defs.set("text", NODES.objectNode()
                .put("description", "Any scalar, kept as written.")
                .set("type", strings("string", "number", "boolean", "null")));
        defs.set("id", NODES.objectNode()
                .put("description", "A letter or digit, then letters, digits, - or _, at most 64 characters.")
                .<ObjectNode>set("type", strings("string", "number", "boolean"))
                .put("pattern", "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
        ObjectNode emotionValue = NODES.objectNode();
        emotionValue.putArray("anyOf")
                .add(NODES.objectNode().set("enum", strings(FormatReference.EMOTION_NAMES)))
                .add(NODES.objectNode().put("type", "integer").put("minimum", -2).put("maximum", 2));
        emotionValue.put("description", "angry -2, frustrated -1, neutral 0, happy 1, delighted 2.");
        defs.set("emotion-value", emotionValue);
        for (Section s : FormatReference.SECTIONS.subList(1, FormatReference.SECTIONS.size())) {
            defs.set(s.name(), object(NODES.objectNode(), s));
        }
        return root;
    }

    private static ObjectNode object(ObjectNode into, Section section) {
        into.put("description", section.description());
        into.put("type", "object");
        ObjectNode properties = into.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (Key k : section.keys()) {
            ObjectNode p = shape(k.shape());
            p.put("description", describe(k));
            if (!k.examples().isEmpty()) {
                ArrayNode examples = p.putArray("examples");
                k.examples().forEach(e -> examples.add(e instanceof Number n ? number(n.doubleValue())
                        : e instanceof Boolean bool ? NODES.booleanNode(bool) : NODES.stringNode(e.toString())));
            }
            properties.set(k.name(), p);
            if (k.required()) {
                required.add(k.name());
            }
        }
        if (!required.isEmpty()) {
            into.set("required", required);
        }
        into.put("additionalProperties", false);
        return into;
    }

    /** The meaning, then type, default and range: what an editor shows when hovering over the key. */
    private static String describe(Key k) {
        StringBuilder b = new StringBuilder(k.description().replace("`", "")).append(" Type: ").append(k.type()).append('.');
        if (!k.defaultValue().isEmpty()) {
            b.append(k.required() ? " Required." : " Default: " + k.defaultValue().replace("`", "") + ".");
        }
        if (!k.range().isEmpty()) {
            b.append(" Accepts: ").append(k.range().replace("`", "")).append('.');
        }
        return b.toString();
    }

    private static ObjectNode shape(Shape shape) {
        if (shape instanceof FormatReference.Text) {
            return ref("text");
        }
        if (shape instanceof FormatReference.Id) {
            return ref("id");
        }
        if (shape instanceof FormatReference.Bool) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (shape instanceof FormatReference.Num n) {
            ObjectNode o = NODES.objectNode().put("type", n.whole() ? "integer" : "number");
            o.set("minimum", number(n.min()));
            n.max().ifPresent(max -> o.set("maximum", number(max)));
            return o;
        }
        if (shape instanceof FormatReference.Names n) {
            return NODES.objectNode().set("enum", strings(n.names()));
        }
        if (shape instanceof FormatReference.EmotionValue) {
            return anyOf(ref("emotion-value"),
                    NODES.objectNode().put("type", "object").set("additionalProperties", ref("emotion-value")));
        }
        if (shape instanceof FormatReference.DurationText) {
            return NODES.objectNode()
                    .put("type", "string")
                    .put("pattern", "^\\s*([0-9]{1,9}\\s*[smhdwSMHDW]|[pP][0-9A-Za-z.,]*)\\s*$");
        }
        if (shape instanceof FormatReference.DateText) {
            return NODES.objectNode().put("type", "string").put("pattern", "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$");
        }
        if (shape instanceof FormatReference.TextMap) {
            return NODES.objectNode().put("type", "object").set("additionalProperties", ref("text"));
        }
        if (shape instanceof FormatReference.ShareMap) {
            ObjectNode share = NODES.objectNode().put("type", "number");
            share.set("minimum", number(0));
            share.set("maximum", number(1));
            ObjectNode map = NODES.objectNode().put("type", "object");
            map.set("propertyNames", ref("id"));
            return map.set("additionalProperties", share);
        }
        if (shape instanceof FormatReference.Ref r) {
            return ref(r.section());
        }
        if (shape instanceof FormatReference.ShortOr s) {
            // The short form of a pain point or an opportunity is text proper: a number there is a mistake.
            // A next step written as an id may be a number, never true/false.
            ObjectNode scalar = s.scalar() instanceof FormatReference.Text
                    ? NODES.objectNode().put("type", "string")
                    : NODES.objectNode().set("type", strings("string", "number"));
            return anyOf(scalar, shape(s.full()));
        }
        if (shape instanceof FormatReference.Either e) {
            return anyOf(shape(e.first()), shape(e.second()));
        }
        FormatReference.ListOf l = (FormatReference.ListOf) shape;
        ObjectNode list = NODES.objectNode().put("type", "array");
        list.set("items", shape(l.item()));
        return l.singleAllowed() ? anyOf(list, shape(l.item())) : list;
    }

    /** Whole numbers without a fraction, so the schema reads as authors write. */
    private static tools.jackson.databind.JsonNode number(double x) {
        return x == Math.rint(x) ? NODES.numberNode((long) x) : NODES.numberNode(x);
    }

    private static ObjectNode anyOf(ObjectNode a, ObjectNode b) {
        ObjectNode o = NODES.objectNode();
        o.putArray("anyOf").add(a).add(b);
        return o;
    }

    private static ObjectNode ref(String def) {
        return NODES.objectNode().put("$ref", "#/$defs/" + def);
    }

    private static ArrayNode strings(String... values) {
        ArrayNode a = NODES.arrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    private static ArrayNode strings(java.util.List<String> values) {
        return strings(values.toArray(String[]::new));
    }

    /** The key table of one section as docs/format.md shows it. */
    static String markdown(Section section) {
        StringBuilder b = new StringBuilder(
                "| key | type | default | accepts | meaning | example |\n|---|---|---|---|---|---|\n");
        for (Key k : section.keys()) {
            b.append("| `").append(k.name()).append("` | ").append(cell(k.type())).append(" | ")
                    .append(cell(k.defaultValue())).append(" | ").append(cell(k.range())).append(" | ")
                    .append(cell(k.description())).append(" | ")
                    .append(cell(String.join(", ", k.examples().stream().limit(3)
                            .map(e -> "`" + e + "`").toList())))
                    .append(" |\n");
        }
        return b.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
