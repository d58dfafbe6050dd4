package dev.journeymaps.model.io;

import dev.journeymaps.model.AnswerScale;
import dev.journeymaps.model.Durations;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.Metrics;
import dev.journeymaps.model.Opportunity;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Provenance;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.Transition;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes journeys in the documented format, as YAML or JSON, so that reading the result gives back an equal journey
 * (apart from source locations). Only what differs from the defaults is written; keys keep the documented order.
 */
public final class JourneyWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // Written for people to read and edit, like the docs' examples: quotes only where YAML needs them (text that
    // would read as a number, a boolean or null keeps its quotes), long lines kept whole, list items indented under
    // their key.
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private JourneyWriter() {}

    /**
     * {@code journey} as YAML. Half surrogate pairs, which no file can hold, are written as U+FFFD; everything else
     * reads back exactly.
     */
    public static String toYaml(Journey journey) {
        return YAML.writeValueAsString(tree(journey));
    }

    /** {@code journey} as pretty-printed JSON, with the same care for half surrogate pairs as {@link #toYaml}. */
    public static String toJson(Journey journey) {
        return Json.pretty(tree(journey));
    }

    private static ObjectNode tree(Journey j) {
        ObjectNode root = unsanitisedTree(j);
        wellFormed(root);
        return root;
    }

    private static void wellFormed(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : List.copyOf(o.properties())) {
                if (e.getValue().isString()) {
                    o.put(e.getKey(), wellFormed(e.getValue().asString()));
                } else {
                    wellFormed(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isString()) {
                    a.set(i, NODES.stringNode(wellFormed(a.get(i).asString())));
                } else {
                    wellFormed(a.get(i));
                }
            }
        }
    }

    private static String wellFormed(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static ObjectNode unsanitisedTree(Journey j) {
        ObjectNode root = NODES.objectNode();
        ObjectNode head = root.putObject("journey");
        head.put("id", j.id());
        head.put("title", j.title());
        text(head, "description", j.description());
        head.put("lang", j.lang());
        j.settings().direction().ifPresent(d -> head.put("direction", d.label()));
        j.settings().digits().ifPresent(d -> head.put("digits", d.label()));
        settings(head, j.settings());
        if (!j.personas().isEmpty()) {
            ArrayNode personas = root.putArray("personas");
            j.personas().forEach(p -> persona(personas.addObject(), p));
        }
        ArrayNode stages = root.putArray("stages");
        j.stages().forEach(s -> stage(stages.addObject(), s));
        return root;
    }

    private static void settings(ObjectNode head, JourneySettings s) {
        if (!s.surveys().isEmpty()) {
            ArrayNode surveys = head.putArray("surveys");
            s.surveys().forEach(f -> {
                ObjectNode survey = surveys.addObject().put(f.summary() ? "summary" : "file", f.file());
                if (f.csatScale() != AnswerScale.ONE_TO_FIVE || f.cesScale() != AnswerScale.ONE_TO_FIVE) {
                    ObjectNode scales = survey.putObject("scales");
                    scales.put("csat", f.csatScale().label());
                    scales.put("ces", f.cesScale().label());
                }
            });
        }
        if (!s.targets().isEmpty()) {
            metrics(head.putObject("targets"), s.targets());
        }
        s.customers().ifPresent(c -> {
            ObjectNode o = head.putObject("customers");
            number(o, "count", OptionalDouble.of(c.count()));
            o.put("per", c.period());
        });
        s.value().ifPresent(v -> value(head.putObject("value"), v));
        if (!s.weights().isEmpty() || s.hotspotThreshold().isPresent() || s.minResponses().isPresent()) {
            ObjectNode analysis = head.putObject("analysis");
            if (!s.weights().isEmpty()) {
                ObjectNode weights = analysis.putObject("weights");
                s.weights().forEach(weights::put);
            }
            s.hotspotThreshold().ifPresent(t -> analysis.put("hotspot-threshold", t));
            s.minResponses().ifPresent(n -> analysis.put("min-responses", n));
        }
        if (!s.entries().isEmpty()) {
            ObjectNode entries = head.putObject("entries");
            s.entries().forEach(e -> number(entries, e.touchpointId(), OptionalDouble.of(e.share())));
        }
        Provenance p = s.provenance();
        text(head, "owner", p.owner());
        text(head, "version", p.version());
        p.date().ifPresent(d -> head.put("date", d.toString()));
        if (!p.sources().isEmpty()) {
            ArrayNode sources = head.putArray("sources");
            p.sources().forEach(source -> {
                if (source.sampleSize().isEmpty()) {
                    sources.add(source.name());
                } else {
                    sources.addObject().put("name", source.name()).put("sample-size", source.sampleSize().getAsInt());
                }
            });
        }
    }

    private static void value(ObjectNode o, JourneySettings.CustomerValue v) {
        number(o, "clv", v.clv());
        number(o, "annual-revenue", v.annualRevenue());
        number(o, "years", v.years());
        if (v.churnStart().isPresent()) {
            ObjectNode churn = o.putObject("churn");
            churn.put("start", v.churnStart().getAsLong());
            churn.put("end", v.churnEnd().getAsLong());
            churn.put("per", v.churnPeriod());
        }
        number(o, "acquisition-cost", v.acquisitionCost());
        text(o, "currency", v.currency());
    }

    private static void persona(ObjectNode o, Persona p) {
        o.put("id", p.id());
        o.put("name", p.name());
        text(o, "description", p.description());
        number(o, "share", p.share());
        if (!p.demographics().isEmpty()) {
            ObjectNode d = o.putObject("demographics");
            p.demographics().forEach(d::put);
        }
        texts(o, "goals", p.goals());
        texts(o, "motivations", p.motivations());
        texts(o, "frustrations", p.frustrations());
        texts(o, "needs", p.needs());
    }

    private static void stage(ObjectNode o, Stage s) {
        o.put("id", s.id());
        o.put("name", s.name());
        text(o, "goal", s.goal());
        ArrayNode touchpoints = o.putArray("touchpoints");
        s.touchpoints().forEach(t -> touchpoint(touchpoints.addObject(), t));
    }

    private static void touchpoint(ObjectNode o, Touchpoint t) {
        o.put("id", t.id());
        o.put("name", t.name());
        text(o, "channel", t.channel());
        texts(o, "actors", t.actors());
        if (!t.emotionByPersona().isEmpty()) {
            ObjectNode e = o.putObject("emotion");
            t.emotionByPersona().forEach((persona, emotion) -> e.put(persona, emotion.label()));
        } else {
            t.emotion().ifPresent(e -> o.put("emotion", e.label()));
        }
        text(o, "thought", t.thought());
        t.effort().ifPresent(e -> o.put("effort", e));
        if (t.momentOfTruth()) {
            o.put("moment-of-truth", true);
        }
        t.evidence().ifPresent(e -> o.put("evidence", e.label()));
        texts(o, "backstage", t.backstage());
        texts(o, "support", t.support());
        if (!t.painPoints().isEmpty()) {
            ArrayNode a = o.putArray("pain-points");
            t.painPoints().forEach(p -> painPoint(a.addObject(), p));
        }
        if (!t.opportunities().isEmpty()) {
            ArrayNode a = o.putArray("opportunities");
            t.opportunities().forEach(op -> opportunity(a.addObject(), op));
        }
        if (!t.metrics().isEmpty()) {
            metrics(o.putObject("metrics"), t.metrics());
        }
        if (!t.targets().isEmpty()) {
            metrics(o.putObject("targets"), t.targets());
        }
        if (t.outcome().isPresent()) {
            o.put("outcome", t.outcome().get().label());
        } else if (t.exit()) {
            o.put("exit", true);
        } else if (!t.next().isEmpty()) {
            ArrayNode a = o.putArray("next");
            t.next().forEach(n -> transition(a, n));
        }
    }

    private static void painPoint(ObjectNode o, PainPoint p) {
        o.put("text", p.text());
        o.put("severity", p.severity().label());
    }

    private static void opportunity(ObjectNode o, Opportunity op) {
        o.put("text", op.text());
        text(o, "owner", op.owner());
        op.due().ifPresent(d -> o.put("due", d.toString()));
        text(o, "kpi", op.kpi());
    }

    private static void metrics(ObjectNode o, Metrics m) {
        number(o, "csat", m.csat());
        number(o, "nps", m.nps());
        number(o, "ces", m.ces());
        number(o, "first-contact-resolution", m.firstContactResolution());
        m.responseTime().ifPresent(d -> o.put("response-time", Durations.format(d)));
        m.resolutionTime().ifPresent(d -> o.put("resolution-time", Durations.format(d)));
    }

    private static void transition(ArrayNode a, Transition n) {
        if (n.share().isEmpty() && n.label().isEmpty()) {
            a.add(n.to());
            return;
        }
        ObjectNode o = a.addObject();
        o.put("to", n.to());
        n.share().ifPresent(s -> o.put("share", s));
        text(o, "label", n.label());
    }

    private static void number(ObjectNode o, String key, OptionalDouble value) {
        value.ifPresent(v -> {
            if (v == Math.rint(v)) {
                o.put(key, (long) v);
            } else {
                o.put(key, v);
            }
        });
    }

    private static void text(ObjectNode o, String key, String value) {
        if (!value.isEmpty()) {
            o.put(key, value);
        }
    }

    private static void texts(ObjectNode o, String key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(key);
            values.forEach(a::add);
        }
    }
}
