package dev.journeymaps.model.io;

import dev.journeymaps.model.CleanText;
import dev.journeymaps.model.Durations;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Metrics;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.BusinessEffect;
import dev.journeymaps.model.analysis.ComponentScore;
import dev.journeymaps.model.analysis.FrictionComponent;
import dev.journeymaps.model.analysis.Hotspot;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.MetricReading;
import dev.journeymaps.model.analysis.PeriodAnalysis;
import dev.journeymaps.model.analysis.PersonaAnalysis;
import dev.journeymaps.model.analysis.StageAnalysis;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import dev.journeymaps.model.analysis.TouchpointFlow;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes a journey analysis as JSON (everything) and its hotspots as JSON or CSV. Numbers are rounded to six
 * decimals; keys keep a fixed order; lines end with {@code \n}: the same analysis gives the same bytes.
 */
public final class AnalysisWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final List<String> CSV_COLUMNS = List.of(
            "rank", "touchpoint", "name", "stage", "friction", "reach", "impact", "top-components");

    private AnalysisWriter() {}

    /** The whole analysis: options, experience score, stages, every touchpoint with its components, hotspots, flow. */
    public static String toJson(Journey journey, JourneyAnalysis analysis) {
        StringWriter text = new StringWriter();
        writeJson(journey, analysis, text);
        return text.toString();
    }

    /**
     * Writes what {@link #toJson} returns to {@code out}, one touchpoint at a time: the JSON of a large journey is
     * many times the size of its analysis, so it is never held whole. {@code out} is flushed, not closed.
     *
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static void writeJson(Journey journey, JourneyAnalysis analysis, Writer out) {
        try (JsonGenerator gen = Json.writer().createGenerator(new NotClosing(out))) {
            gen.writeStartObject();
            gen.writeStringProperty("journey", analysis.journeyId());
            gen.writeNumberProperty("experience-score", round(analysis.experienceScore()));
            gen.writeName("options");
            gen.writeTree(options(analysis));
            gen.writeArrayPropertyStart("stages");
            for (StageAnalysis s : analysis.stages()) {
                gen.writeTree(stage(NODES.objectNode(), s));
            }
            gen.writeEndArray();
            gen.writeArrayPropertyStart("touchpoints");
            for (TouchpointAnalysis t : analysis.touchpoints().values()) {
                ObjectNode o = NODES.objectNode();
                touchpoint(o, journey, analysis, t);
                gen.writeTree(o);
            }
            gen.writeEndArray();
            gen.writeName("hotspots");
            gen.writeTree(hotspotArray(journey, analysis.hotspots()));
            ArrayNode fixFirst = NODES.arrayNode();
            analysis.fixFirst().forEach(h -> fixFirst.add(h.touchpoint().touchpointId()));
            gen.writeName("fix-first");
            gen.writeTree(fixFirst);
            gen.writeName("business");
            gen.writeTree(business(analysis.business()));
            ObjectNode flow = NODES.objectNode();
            ObjectNode exits = flow.putObject("exits");
            analysis.flow().exits().forEach((id, share) -> exits.put(id, round(share)));
            flow.put("drop-off", round(analysis.flow().totalDropOff()));
            flow.put("circling", round(analysis.flow().circling()));
            gen.writeName("flow");
            gen.writeTree(flow);
            if (!analysis.periods().isEmpty()) {
                gen.writeName("periods");
                gen.writeTree(periods(analysis.periods()));
            }
            if (analysis.routedByPersona()) {
                gen.writeArrayPropertyStart("personas");
                PersonaAnalysis.analyseAll(analysis.personas());
                for (PersonaAnalysis p : analysis.personas()) {
                    gen.writeTree(persona(journey, p));
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        }
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The analysis for a reader, in English: the experience score, what the losses mean for the business, the
     * hotspots with their customers lost, value at risk and what-if, and the hotspots to fix first. Lines end with
     * {@code \n}; numbers are written the same in every locale.
     */
    public static String toText(Journey journey, JourneyAnalysis analysis) {
        StringBuilder out = new StringBuilder();
        BusinessEffect b = analysis.business();
        String per = b.customers().map(c -> " a " + c.period()).orElse("");
        out.append(format("%s: experience score %.1f / 100%n", analysis.journeyId(), analysis.experienceScore()));
        b.customers().ifPresent(c -> out.append(format("customers entering: %.0f a %s%n", c.count(), c.period())));
        out.append(format("customers lost at abandoned exits: %.1f of every 1,000", b.customersLost()));
        b.perPeriod(b.customersLost()).ifPresent(v -> out.append(format(" (%.0f%s)", v, per)));
        out.append('\n');
        b.churn().ifPresent(c -> out.append(format("churn: %.1f%% a %s, %.1f%% a year%n",
                100 * c.rate().orElse(0), analysis.options().value().orElseThrow().churnPeriod(),
                100 * b.yearlyChurn().orElse(0))));
        b.years().ifPresent(y -> out.append(format("years a customer stays: %.2f%n", y)));
        b.valuePerCustomer().ifPresent(v -> out.append(format("value per customer: %s%n", money(v, b))));
        b.value(b.customersLost()).ifPresent(v -> out.append(format("value at risk: %s%s%n", money(v, b),
                b.customers().isPresent() ? per : " per 1,000 customers entering")));
        out.append(format("%nhotspots (friction >= %.2f, by impact):%n", analysis.options().hotspotThreshold()));
        if (analysis.hotspots().isEmpty()) {
            out.append("  none\n");
        }
        for (Hotspot h : analysis.hotspots()) {
            TouchpointAnalysis t = h.touchpoint();
            out.append(format("%3d. %s  friction %.2f, reach %.0f%%, impact %.3f, lost %.1f per 1,000", h.rank(),
                    t.touchpointId(), t.friction(), 100 * t.reach(), t.impact(), t.customersLost()));
            t.valueAtRisk().ifPresent(v -> out.append(", value at risk ").append(money(v, b)));
            out.append('\n');
            for (ComponentScore c : t.topComponents()) {
                out.append(format("       %s %.3f: %s%n", c.component().key(), c.contribution(), c.input()));
            }
        }
        List<Hotspot> fix = analysis.fixFirst();
        if (!fix.isEmpty()) {
            out.append("\nfix first (what removing its friction would bring, largest gain first):\n");
            for (int i = 0; i < fix.size(); i++) {
                Hotspot h = fix.get(i);
                var w = h.whatIf().orElseThrow();
                out.append(format("%3d. %s  experience score %.1f -> %.1f (%+.1f), keeps %.1f of every 1,000",
                        i + 1, h.touchpoint().touchpointId(), analysis.experienceScore(), w.experienceScore(),
                        w.gain(), w.customersKept()));
                w.customersKeptPerPeriod().ifPresent(v -> out.append(format(" (%.0f%s)", v, per)));
                w.valueKept().ifPresent(v -> out.append(", worth ").append(money(v, b)));
                out.append('\n');
            }
        }
        if (analysis.routedByPersona()) {
            personas(out, analysis);
        }
        return out.toString();
    }

    /** The persona routes: each persona's share, score and losses, and the top hotspots of their route. */
    private static void personas(StringBuilder out, JourneyAnalysis analysis) {
        out.append("\npersona routes (each persona through their own touchpoints; the journey's reach is their sum"
                + " weighed by share):\n");
        PersonaAnalysis.analyseAll(analysis.personas());
        for (PersonaAnalysis p : analysis.personas()) {
            JourneyAnalysis route = p.analysis();
            out.append(format("  %s  share %.1f%% (%s), experience score %.1f / 100, lost %.1f of every 1,000%n",
                    p.personaId(), 100 * p.share(), p.shareStated() ? "stated" : "assumed, even split",
                    route.experienceScore(), route.business().customersLost()));
            List<Hotspot> top = p.topHotspots(3);
            if (top.isEmpty()) {
                out.append("       no hotspots\n");
            }
            for (Hotspot h : top) {
                TouchpointAnalysis t = h.touchpoint();
                out.append(format("     %d. %s  friction %.2f, reach %.0f%%, impact %.3f%n", h.rank(),
                        t.touchpointId(), t.friction(), 100 * t.reach(), t.impact()));
            }
        }
    }

    private static String format(String pattern, Object... values) {
        return String.format(java.util.Locale.ROOT, pattern, values).replace("\r\n", "\n");
    }

    private static String money(double v, BusinessEffect b) {
        return format("%,.0f", v) + (b.currency().isEmpty() ? "" : " " + b.currency());
    }

    /** The first {@code top} hotspots as a JSON array. */
    public static String hotspotsToJson(Journey journey, List<Hotspot> hotspots) {
        return write(hotspotArray(journey, hotspots));
    }

    /**
     * The hotspots as CSV with a header: rank, touchpoint, name, stage, friction, reach, impact, top-components. A
     * name that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}) is prefixed
     * with an apostrophe.
     */
    public static String hotspotsToCsv(Journey journey, List<Hotspot> hotspots) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        CSV_COLUMNS.forEach(schema::addColumn);
        List<List<String>> rows = hotspots.stream().map(h -> {
            TouchpointAnalysis t = h.touchpoint();
            return List.of(String.valueOf(h.rank()), t.touchpointId(), spreadsheetSafe(name(journey, t)),
                    t.stageId(), number(t.friction()), number(t.reach()), number(t.impact()),
                    t.topComponents().stream().map(c -> c.component().key()).collect(Collectors.joining(" ")));
        }).toList();
        return CleanText.stripped(CSV.writer(schema.build()).writeValueAsString(rows));
    }

    /** How many hotspots of each persona's route the analysis lists. */
    static final int PERSONA_HOTSPOTS = 5;

    private static ObjectNode stage(ObjectNode o, StageAnalysis s) {
        o.put("id", s.stageId());
        o.put("friction", round(s.friction()));
        o.put("reach", round(s.funnel().reach()));
        o.put("drop-off", round(s.funnel().dropOff()));
        o.put("ended", round(s.funnel().ended()));
        return o;
    }

    /** One persona's route: its share, and its own score, funnel, reach and friction per touchpoint, and hotspots. */
    private static ObjectNode persona(Journey journey, PersonaAnalysis p) {
        JourneyAnalysis route = p.analysis();
        ObjectNode o = NODES.objectNode();
        o.put("id", p.personaId());
        o.put("share", round(p.share()));
        o.put("share-source", p.shareStated() ? "stated" : "assumed");
        o.put("experience-score", round(route.experienceScore()));
        o.put("customers-lost-per-1000", round(route.business().customersLost()));
        ArrayNode stages = o.putArray("stages");
        route.stages().forEach(s -> stage(stages.addObject(), s));
        ArrayNode touchpoints = o.putArray("touchpoints");
        for (TouchpointAnalysis t : route.touchpoints().values()) {
            ObjectNode to = touchpoints.addObject();
            to.put("id", t.touchpointId());
            to.put("friction", round(t.friction()));
            to.put("reach", round(t.reach()));
            to.put("impact", round(t.impact()));
            to.put("customers-lost-per-1000", round(t.customersLost()));
        }
        o.set("hotspots", hotspotArray(journey, p.topHotspots(PERSONA_HOTSPOTS)));
        return o;
    }

    private static ObjectNode options(JourneyAnalysis analysis) {
        ObjectNode o = NODES.objectNode();
        ObjectNode weights = o.putObject("weights");
        for (FrictionComponent c : FrictionComponent.values()) {
            weights.put(c.key(), round(analysis.options().weights().share(c)));
        }
        o.put("hotspot-threshold", round(analysis.options().hotspotThreshold()));
        analysis.options().responseTimeTarget().ifPresent(t -> o.put("response-time-target", Durations.format(t)));
        o.put("min-responses", analysis.options().minResponses());
        Metrics targets = analysis.options().targets();
        if (!targets.isEmpty()) {
            ObjectNode t = o.putObject("targets");
            targets.csat().ifPresent(v -> t.put("csat", round(v)));
            targets.nps().ifPresent(v -> t.put("nps", round(v)));
            targets.ces().ifPresent(v -> t.put("ces", round(v)));
            targets.firstContactResolution().ifPresent(v -> t.put("first-contact-resolution", round(v)));
            targets.responseTime().ifPresent(v -> t.put("response-time", Durations.format(v)));
            targets.resolutionTime().ifPresent(v -> t.put("resolution-time", Durations.format(v)));
        }
        return o;
    }

    private static ObjectNode business(BusinessEffect b) {
        ObjectNode o = NODES.objectNode();
        b.customers().ifPresent(c -> o.put("customers", round(c.count())).put("per", c.period()));
        o.put("customers-lost-per-1000", round(b.customersLost()));
        b.perPeriod(b.customersLost()).ifPresent(v -> o.put("customers-lost-per-period", round(v)));
        b.churn().ifPresent(c -> {
            ObjectNode churn = o.putObject("churn");
            churn.put("start", c.customersAtStart()).put("end", c.customersAtEnd());
            c.rate().ifPresent(r -> churn.put("rate", round(r)));
            b.yearlyChurn().ifPresent(y -> churn.put("yearly", round(y)));
        });
        b.years().ifPresent(y -> o.put("years", round(y)));
        b.valuePerCustomer().ifPresent(v -> o.put("value-per-customer", round(v)));
        b.value(b.customersLost()).ifPresent(v -> o.put("value-at-risk", round(v)));
        if (!b.currency().isEmpty()) {
            o.put("currency", b.currency());
        }
        return o;
    }

    private static void touchpoint(ObjectNode o, Journey journey, JourneyAnalysis analysis, TouchpointAnalysis t) {
        o.put("id", t.touchpointId());
        o.put("name", name(journey, t));
        o.put("stage", t.stageId());
        o.put("friction", round(t.friction()));
        o.put("reach", round(t.reach()));
        o.put("impact", round(t.impact()));
        analysis.hotspotRank(t.touchpointId()).ifPresent(r -> o.put("hotspot-rank", r));
        TouchpointFlow f = t.flow();
        o.put("visits", Double.isInfinite(f.visits()) ? null : round(f.visits()));
        o.put("drop-off-rate", round(f.dropOffRate()));
        o.put("drop-off", round(f.dropOff()));
        o.put("ended", round(f.ended()));
        o.put("customers-lost-per-1000", round(t.customersLost()));
        t.valueAtRisk().ifPresent(v -> o.put("value-at-risk", round(v)));
        ArrayNode components = o.putArray("components");
        for (ComponentScore c : t.components()) {
            ObjectNode co = components.addObject();
            co.put("component", c.component().key());
            co.put("input", c.input());
            co.put("normalised", round(c.normalised()));
            co.put("weight", round(c.weight()));
            co.put("contribution", round(c.contribution()));
            ArrayNode inputs = co.putArray("inputs");
            for (ComponentScore.Input in : c.inputs()) {
                ObjectNode io = inputs.addObject();
                io.put("kind", in.kind());
                io.put("value", round(in.value()));
                io.put("unit", in.unit());
                ArrayNode args = io.putArray("args");
                in.args().forEach(args::add);
            }
        }
        metrics(o.putArray("metrics"), t.metrics());
        ArrayNode trends = NODES.arrayNode();
        for (String metric : List.of("nps", "csat", "ces", "first-contact-resolution", "response-time",
                "resolution-time")) {
            analysis.trend(t.touchpointId(), metric).ifPresent(trend -> {
                ObjectNode to = trends.addObject();
                to.put("metric", trend.metric());
                to.put("period", trend.period().label());
                to.put("value", round(trend.value()));
                to.put("responses", trend.responses());
                to.put("previous-period", trend.previousPeriod().label());
                to.put("previous-value", round(trend.previousValue()));
                to.put("previous-responses", trend.previousResponses());
                to.put("change", round(trend.change()));
                to.put("direction", trend.direction().name().toLowerCase(java.util.Locale.ROOT));
            });
        }
        if (!trends.isEmpty()) {
            o.set("trends", trends);
        }
    }

    private static void metrics(ArrayNode metrics, List<MetricReading> readings) {
        for (MetricReading m : readings) {
            ObjectNode mo = metrics.addObject();
            mo.put("metric", m.metric());
            mo.put("source", m.source().label());
            mo.put("value", round(m.value()));
            mo.put("display", m.display());
            mo.put("responses", m.responses());
            mo.put("used", m.used());
            if (m.interval().isKnown()) {
                mo.putArray("interval").add(round(m.interval().low())).add(round(m.interval().high()));
            }
            if (m.source() == MetricReading.Source.SURVEY) {
                mo.put("low-confidence", m.lowConfidence());
            }
            mo.put("choice", m.choice().key());
        }
    }

    private static ArrayNode periods(List<PeriodAnalysis> periods) {
        ArrayNode array = NODES.arrayNode();
        for (PeriodAnalysis p : periods) {
            ObjectNode po = array.addObject();
            po.put("period", p.period().label());
            ArrayNode touchpoints = po.putArray("touchpoints");
            for (PeriodAnalysis.Touchpoint t : p.touchpoints()) {
                ObjectNode to = touchpoints.addObject();
                to.put("id", t.touchpointId());
                to.put("friction", round(t.friction()));
                metrics(to.putArray("metrics"), t.metrics());
            }
        }
        return array;
    }

    private static ArrayNode hotspotArray(Journey journey, List<Hotspot> hotspots) {
        ArrayNode array = NODES.arrayNode();
        for (Hotspot h : hotspots) {
            TouchpointAnalysis t = h.touchpoint();
            ObjectNode o = array.addObject();
            o.put("rank", h.rank());
            o.put("touchpoint", t.touchpointId());
            o.put("name", name(journey, t));
            o.put("stage", t.stageId());
            o.put("friction", round(t.friction()));
            o.put("reach", round(t.reach()));
            o.put("impact", round(t.impact()));
            ArrayNode top = o.putArray("top-components");
            for (ComponentScore c : t.topComponents()) {
                top.addObject().put("component", c.component().key()).put("contribution", round(c.contribution()));
            }
            o.put("customers-lost-per-1000", round(t.customersLost()));
            t.valueAtRisk().ifPresent(v -> o.put("value-at-risk", round(v)));
            h.whatIf().ifPresent(w -> {
                ObjectNode wo = o.putObject("what-if");
                wo.put("experience-score", round(w.experienceScore()));
                wo.put("gain", round(w.gain()));
                wo.put("customers-kept", round(w.customersKept()));
                w.customersKeptPerPeriod().ifPresent(v -> wo.put("customers-kept-per-period", round(v)));
                w.valueKept().ifPresent(v -> wo.put("value-kept", round(v)));
            });
        }
        return array;
    }

    private static String name(Journey journey, TouchpointAnalysis t) {
        return journey.touchpoint(t.touchpointId()).map(Touchpoint::name).orElse("");
    }

    private static String write(Object tree) {
        return Json.pretty(tree);
    }

    private static double round(double v) {
        double r = Math.round(v * 1e6) / 1e6;
        return r == 0 ? 0 : r; // no -0.0
    }

    private static String number(double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", round(v));
    }

    private static String spreadsheetSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Lets the generator flush but not close a writer that belongs to the caller (stdout, say). */
    private static final class NotClosing extends FilterWriter {
        NotClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
