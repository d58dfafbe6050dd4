package dev.journeymaps.render.html;

import dev.journeymaps.model.Evidence;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Metrics;
import dev.journeymaps.model.Opportunity;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.TextDirection;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.MetricReading;
import dev.journeymaps.model.analysis.MetricTrend;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.render.words.Words;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the report template shows, as plain maps and lists of text (the template engine reads maps without
 * reflection on our types). Every value is user text or a number; escaping is the template's job.
 */
final class ReportView {

    /** The columns of the metrics table, as the analysis names the metrics. */
    private static final List<String> METRICS = List.of(
            "csat", "nps", "ces", "first-contact-resolution", "response-time", "resolution-time");

    private ReportView() {}

    /**
     * The page's direction, {@code rtl} or {@code ltr}: the way the journey's language is written, by the model's
     * one rule for it (the map itself may be turned by {@code journey.direction}; the page follows its words).
     */
    static String direction(String lang) {
        return TextDirection.of(lang).label();
    }

    static Map<String, Object> personas(Persona p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("description", p.description());
        List<Map<String, Object>> facts = new ArrayList<>();
        p.demographics().forEach((k, v) -> facts.add(pair(k, v)));
        m.put("facts", facts);
        m.put("goals", p.goals());
        m.put("needs", p.needs());
        m.put("motivations", p.motivations());
        m.put("frustrations", p.frustrations());
        return m;
    }

    static List<Map<String, Object>> stages(Journey journey, Words words) {
        List<Map<String, Object>> stages = new ArrayList<>();
        for (Stage s : journey.stages()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("name", s.name());
            m.put("goal", s.goal());
            m.put("cards", s.touchpoints().stream().map(t -> card(journey, s, t, words)).toList());
            stages.add(m);
        }
        return stages;
    }

    /** A touchpoint as a card: what the page shows, and what its script shows on hover. */
    static Map<String, Object> card(Journey journey, Stage stage, Touchpoint t, Words words) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("domId", domId(t.id()));
        m.put("name", t.name());
        m.put("stage", stage.name());
        m.put("channel", words.channel(t.channel()));
        m.put("personas", t.actors());
        m.put("personaIds", String.join(" ", t.actors()));
        m.put("who", TextVersion.who(journey, t, words));
        m.put("emotion", TextVersion.emotion(journey, t, words));
        m.put("effort", t.effort().isPresent() ? TextVersion.effort(t.effort().getAsInt(), words) : "");
        m.put("thought", t.thought());
        m.put("momentOfTruth", t.momentOfTruth());
        m.put("exit", t.exit());
        m.put("assumed", t.evidence().filter(e -> e == Evidence.ASSUMED).isPresent());
        m.put("pains", TextVersion.pains(t, words));
        m.put("opportunities", t.opportunities().stream().map(o -> TextVersion.opportunity(o, words)).toList());
        return m;
    }

    /** An element id for a touchpoint: ids are the journey's own, prefixed so they never clash with the page's. */
    static String domId(String touchpointId) {
        return "tp-" + touchpointId;
    }

    /** Pain points and opportunities, in journey order, as rows of the action list. */
    static List<Map<String, Object>> actions(Journey journey, Words words) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Stage s : journey.stages()) {
            for (Touchpoint t : s.touchpoints()) {
                for (PainPoint p : t.painPoints()) {
                    rows.add(action(t, s, words.get("action.painPoint"), p.text(), words.severity(p.severity()), "", "",
                            ""));
                }
                for (Opportunity o : t.opportunities()) {
                    rows.add(action(t, s, words.get("action.opportunity"), o.text(), "", o.owner(),
                            o.due().map(words::date).orElse(""), o.kpi()));
                }
            }
        }
        return rows;
    }

    private static Map<String, Object> action(Touchpoint t, Stage s, String kind, String text, String severity,
            String owner, String due, String kpi) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("text", text);
        m.put("severity", severity);
        m.put("touchpoint", t.name());
        m.put("touchpointId", t.id());
        m.put("personaIds", String.join(" ", t.actors()));
        m.put("stage", s.name());
        m.put("owner", owner);
        m.put("due", due);
        m.put("kpi", kpi);
        return m;
    }

    /**
     * Each touchpoint's figures, column by column (CSAT, NPS, CES, first-contact resolution, response and resolution
     * time): the authored one and the one measured from survey answers with their number, the one the analysis uses
     * marked. Only the touchpoints that have any.
     */
    static List<Map<String, Object>> metrics(Journey journey, JourneyAnalysis analysis, Words words) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Stage s : journey.stages()) {
            for (Touchpoint t : s.touchpoints()) {
                List<MetricReading> readings =
                        analysis.touchpoint(t.id()).map(TouchpointAnalysis::metrics).orElse(List.of());
                if (readings.isEmpty()) {
                    continue;
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("stage", s.name());
                m.put("touchpoint", t.name());
                m.put("cells", METRICS.stream().map(metric -> readings.stream()
                        .filter(r -> r.metric().equals(metric)).map(r -> reading(r, words)).toList()).toList());
                m.put("trends", trends(analysis, t.id(), words));
                rows.add(m);
            }
        }
        return rows;
    }

    /**
     * The trends of a touchpoint's survey figures, one per metric with answers in two periods or more: the figure in
     * each of the last two such periods with its answers, and the change ({@link JourneyAnalysis#trend}, the pair the
     * map's cards and {@code journey analyze} show). Empty without two periods.
     */
    static List<String> trends(JourneyAnalysis analysis, String touchpointId, Words words) {
        if (analysis.periods().size() < 2) {
            return List.of();
        }
        List<String> trends = new ArrayList<>();
        for (String metric : METRICS) {
            analysis.trend(touchpointId, metric).ifPresent(t -> trends.add(trend(t, words)));
        }
        return trends;
    }

    private static String trend(MetricTrend t, Words words) {
        boolean time = t.metric().endsWith("-time");
        double size = Math.abs(t.change());
        String amount = words.shown(time ? trendTime(size)
                : words.get("trend.points", Math.round(size) == 0 && t.direction() != MetricTrend.Direction.STEADY
                        ? String.format(Locale.ROOT, "%.1f", size) : Long.toString(Math.round(size))));
        String change = switch (t.direction()) {
            case UP -> "\u25b2" + amount;
            case DOWN -> "\u25bc" + amount;
            case STEADY -> "\u00b1" + amount;
        };
        String verdict = words.get(t.direction() == MetricTrend.Direction.STEADY ? "trend.steady"
                : t.isImprovement() ? "trend.better" : "trend.worse");
        return words.get("trend.row", metricName(t.metric(), words),
                words.shown(trendFigure(t.metric(), t.previousValue())), words.shown(t.previousPeriod().label()),
                t.previousResponses(), words.shown(trendFigure(t.metric(), t.value())),
                words.shown(t.period().label()), t.responses(), change, verdict);
    }

    private static String metricName(String metric, Words words) {
        return switch (metric) {
            case "csat" -> "CSAT";
            case "nps" -> "NPS";
            case "ces" -> "CES";
            case "first-contact-resolution" -> words.get("col.fcr");
            case "response-time" -> words.get("col.response");
            default -> words.get("col.resolution");
        };
    }

    private static String trendFigure(String metric, double value) {
        return switch (metric) {
            case "nps" -> number(OptionalDouble.of(value));
            case "response-time", "resolution-time" -> trendTime(value);
            default -> percent(OptionalDouble.of(value));
        };
    }

    private static String trendTime(double seconds) {
        String d = duration(Duration.ofSeconds(Math.round(seconds)));
        return d.isEmpty() ? Math.round(seconds) + "s" : d;
    }

    /** One figure of the metrics table: {@code 42% · n=24}, where it comes from, and whether it is the one used. */
    private static Map<String, Object> reading(MetricReading r, Words words) {
        String figure = switch (r.metric()) {
            case "nps" -> number(OptionalDouble.of(r.value()));
            case "response-time", "resolution-time" -> duration(Duration.ofSeconds(Math.round(r.value())));
            default -> percent(OptionalDouble.of(r.value()));
        };
        boolean measured = r.source() == MetricReading.Source.SURVEY;
        String source = words.get(measured ? "metrics.measured" : "metrics.authored");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figure", measured ? words.get("metric.measured", words.shown(figure), r.responses())
                : words.shown(figure));
        m.put("source", r.used() ? words.get("metrics.used", source) : source);
        m.put("used", r.used());
        return m;
    }

    static List<Map<String, Object>> problems(List<Problem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("location", p.location().toString());
            m.put("level", p.level().label());
            m.put("code", p.code());
            m.put("message", p.message());
            m.put("hint", p.hint());
            return m;
        }).toList();
    }

    static List<Map<String, Object>> textVersion(Journey journey, Words words) {
        return TextVersion.of(journey, words).stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("prose", s.prose());
            m.put("rows", s.rows().stream().map(r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", r.name());
                row.put("channel", r.channel());
                row.put("who", r.who());
                row.put("emotion", r.emotion());
                row.put("effort", r.effort());
                row.put("pains", r.pains());
                row.put("opportunities", r.opportunities());
                return row;
            }).toList());
            return m;
        }).toList();
    }

    static String percent(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.0f%%", value.getAsDouble()) : "";
    }

    static String number(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.0f", value.getAsDouble()) : "";
    }

    /** A duration as people write it: {@code 4h}, {@code 2d 3h}, {@code 15m}. */
    static String duration(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(days + "d");
        }
        if (hours > 0) {
            parts.add(hours + "h");
        }
        if (minutes > 0 || parts.isEmpty()) {
            parts.add(minutes + "m");
        }
        return String.join(" ", parts);
    }

    private static Map<String, Object> pair(String key, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("value", value);
        return m;
    }
}
