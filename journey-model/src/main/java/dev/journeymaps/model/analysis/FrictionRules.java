package dev.journeymaps.model.analysis;

import dev.journeymaps.model.Durations;
import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Metrics;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.Touchpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Normalises each friction component of one touchpoint to 0..1 and weighs it. Every rule is monotone: a worse input
 * never gives a lower value, and an absent input counts as no friction (unknown is not evidence of a problem).
 */
final class FrictionRules {

    private final AnalysisOptions options;
    /**
     * Scores whose input many touchpoints share (not given, no pain points, nobody lost, one emotion), one of each
     * per component and weight: they are values, and an analysis of 100,000 touchpoints made eight scores for each,
     * most of them alike, that stayed in memory while the map was drawn.
     */
    private final Map<Shared, ComponentScore> shared = new HashMap<>();

    private record Shared(FrictionComponent component, int raw, double weight) {
        // Written out: a record's own equals and hashCode are linked on first use, which every small run paid for.
        @Override
        public boolean equals(Object o) {
            return o instanceof Shared s && component == s.component && raw == s.raw
                    && Double.compare(weight, s.weight) == 0;
        }

        @Override
        public int hashCode() {
            return (31 * component.ordinal() + raw) * 31 + Double.hashCode(weight);
        }
    }

    FrictionRules(AnalysisOptions options) {
        this.options = options;
    }

    /**
     * The touchpoint's metrics with their sources. A survey reading with at least {@code minResponses} answers is
     * used over an authored one; with fewer, the authored one stays (the survey's is kept, low-confidence), and it is
     * used only when nothing is authored.
     */
    static List<MetricReading> readings(Touchpoint t, TouchpointSurvey survey, long minResponses) {
        List<MetricReading> readings = new ArrayList<>();
        Metrics m = t.metrics();
        NetPromoterScore nps = survey.nps();
        add(readings, "nps", m.nps().isPresent() ? Optional.of(authored(m.nps().getAsDouble(), "")) : Optional.empty(),
                nps.score(), nps.responses(), nps.interval(), "", minResponses);
        CustomerSatisfaction csat = survey.csat();
        add(readings, "csat", m.csat().isPresent() ? Optional.of(authored(m.csat().getAsDouble(), "%"))
                : Optional.empty(), csat.percent(), csat.responses(), csat.interval(), "%", minResponses);
        CustomerEffortScore ces = survey.ces();
        add(readings, "ces", m.ces().isPresent() ? Optional.of(authored(m.ces().getAsDouble(), "%")) : Optional.empty(),
                ces.percent(), ces.responses(), ces.interval(), "%", minResponses);
        FirstContactResolution fcr = survey.firstContactResolution();
        add(readings, "first-contact-resolution", m.firstContactResolution().isPresent()
                        ? Optional.of(authored(m.firstContactResolution().getAsDouble(), "%")) : Optional.empty(),
                fcr.percent(), fcr.requests(), fcr.interval(), "%", minResponses);
        time(readings, "response-time", m.responseTime(), survey.responseTime(), minResponses);
        time(readings, "resolution-time", m.resolutionTime(), survey.resolutionTime(), minResponses);
        return readings;
    }

    /** An authored figure: its value and how a reader writes it. */
    private record Authored(double value, String display) {}

    private static Authored authored(double value, String unit) {
        return new Authored(value, number(value) + unit);
    }

    private static void add(List<MetricReading> out, String metric, Optional<Authored> authored,
            OptionalDouble surveyed, long responses, Interval interval, String unit, long minResponses) {
        boolean enough = responses >= minResponses;
        MetricReading.Choice choice;
        if (authored.isPresent() && surveyed.isPresent()) {
            choice = enough ? MetricReading.Choice.ENOUGH_RESPONSES : MetricReading.Choice.TOO_FEW_RESPONSES;
        } else {
            choice = surveyed.isPresent() && !enough
                    ? MetricReading.Choice.NOTHING_AUTHORED : MetricReading.Choice.ONLY_READING;
        }
        boolean surveyUsed = surveyed.isPresent() && (enough || authored.isEmpty());
        if (authored.isPresent()) { // ifs, not ifPresent: see score
            Authored a = authored.get();
            out.add(new MetricReading(metric, MetricReading.Source.AUTHORED, a.value(), a.display(), 0, !surveyUsed,
                    Interval.NONE, false, choice));
        }
        if (surveyed.isPresent()) {
            double v = surveyed.getAsDouble();
            out.add(new MetricReading(metric, MetricReading.Source.SURVEY, v, number(v) + unit, responses, surveyUsed,
                    interval, !enough, choice));
        }
    }

    private static void time(List<MetricReading> out, String metric, Optional<Duration> authored,
            AverageTime surveyed, long minResponses) {
        Optional<Duration> average = surveyed.average();
        int before = out.size();
        add(out, metric, authored.map(d -> new Authored(seconds(d), Durations.format(d))),
                average.isPresent() ? OptionalDouble.of(seconds(average.get())) : OptionalDouble.empty(),
                surveyed.requests(), surveyed.interval(), "", minResponses);
        // a time reads as a duration, not as a number of seconds
        for (int i = before; i < out.size(); i++) {
            MetricReading r = out.get(i);
            if (r.source() == MetricReading.Source.SURVEY) {
                out.set(i, new MetricReading(r.metric(), r.source(), r.value(),
                        Durations.format(average.orElseThrow().withNanos(0)), r.responses(), r.used(), r.interval(),
                        r.lowConfidence(), r.choice()));
            }
        }
    }

    /**
     * What a touchpoint sends to abandoned exits.
     *
     * @param share the part of the customers passing it sent straight on to an abandoned exit, per pass, 0..1
     * @param exits the abandoned exits it can send customers to, in flow order; empty: it cannot lose anybody so
     * @param given whether it has a step to an abandoned exit (even with share 0): only then is it judged on it
     */
    record Abandonment(double share, List<String> exits, boolean given) {
        static final Abandonment NONE = new Abandonment(0, List.of(), false);

        Abandonment {
            exits = List.copyOf(exits);
        }
    }

    /**
     * Every component's score for {@code t}, in component order. The score is a weighted mean over the components
     * that have evidence: pain points and drop-off always do (none listed, nobody lost, is evidence too); emotion,
     * effort and dissatisfaction when given; slow response and target miss when a figure and its target are given;
     * abandonment when the touchpoint has a step to an abandoned exit. A component without evidence gets weight 0,
     * so a map that says little is not scored as if it said "all fine".
     */
    List<ComponentScore> score(Touchpoint t, List<MetricReading> readings, TouchpointFlow flow,
            Abandonment abandonment) {
        List<Raw> raws = new ArrayList<>();
        double given = 0;
        Metrics targets = targets(t, options.targets());
        for (FrictionComponent c : FrictionComponent.values()) {
            Raw raw = switch (c) {
                case NEGATIVE_EMOTION -> emotion(t);
                case EFFORT -> effort(t, readings);
                case PAIN_POINTS -> painPoints(t);
                case DROP_OFF -> dropOff(flow);
                case DISSATISFACTION -> dissatisfaction(readings);
                case SLOW_RESPONSE -> slowResponse(readings, targets);
                case ABANDONMENT -> abandonment(abandonment);
                case TARGET_MISS -> targetMiss(readings, targets);
            };
            raws.add(raw);
            given += raw.given ? options.weights().weights().get(c) : 0;
        }
        List<ComponentScore> scores = new ArrayList<>();
        for (FrictionComponent c : FrictionComponent.values()) {
            Raw raw = raws.get(c.ordinal());
            double weight = raw.given && given > 0 ? options.weights().weights().get(c) / given : 0;
            double normalised = clamp(raw.normalised);
            int common = raw.common();
            if (common < 0) {
                scores.add(new ComponentScore(c, raw.input, normalised, weight, weight * normalised, raw.inputs));
                continue;
            }
            // get and put, not computeIfAbsent: its lambda would capture five values, and a capturing lambda is an
            // object made through a method handle, which the launcher's compiler (C1) calls the VM for
            Shared key = new Shared(c, common, weight);
            ComponentScore known = shared.get(key);
            if (known == null) {
                known = new ComponentScore(c, raw.input, normalised, weight, weight * normalised, raw.inputs);
                shared.put(key, known);
            }
            scores.add(known);
        }
        return scores;
    }

    /** The targets of {@code t}: its own, else the journey's, metric by metric. */
    static Metrics targets(Touchpoint t, Metrics journey) {
        Metrics own = t.targets();
        if (own.isEmpty()) {
            return journey;
        }
        return new Metrics(
                own.csat().isPresent() ? own.csat() : journey.csat(),
                own.nps().isPresent() ? own.nps() : journey.nps(),
                own.ces().isPresent() ? own.ces() : journey.ces(),
                own.firstContactResolution().isPresent() ? own.firstContactResolution()
                        : journey.firstContactResolution(),
                own.responseTime().isPresent() ? own.responseTime() : journey.responseTime(),
                own.resolutionTime().isPresent() ? own.resolutionTime() : journey.resolutionTime());
    }

    private record Raw(String input, double normalised, boolean given, List<ComponentScore.Input> inputs) {
        static final Raw NOT_GIVEN = new Raw("not given", 0, false, List.of(ComponentScore.Input.NOT_GIVEN));
        static final Raw NO_PAIN_POINTS = new Raw("none", 0, in("none", 0, ""));
        static final Raw NOBODY_LOST = dropOff(0);
        /** A touchpoint's one emotion, by emotion. */
        static final Map<Emotion, Raw> EMOTIONS = emotions();

        Raw(String input, double normalised, ComponentScore.Input in) {
            this(input, normalised, true, List.of(in));
        }

        private static final List<Raw> COMMON = commonInputs();

        /** Which of the inputs above this is, which many touchpoints share; -1 when none. */
        int common() {
            for (int i = 0; i < COMMON.size(); i++) {
                if (COMMON.get(i) == this) {
                    return i;
                }
            }
            return -1;
        }

        private static List<Raw> commonInputs() {
            List<Raw> common = new ArrayList<>(List.of(NOT_GIVEN, NO_PAIN_POINTS, NOBODY_LOST));
            common.addAll(EMOTIONS.values());
            return List.copyOf(common);
        }

        private static Map<Emotion, Raw> emotions() {
            Map<Emotion, Raw> m = new EnumMap<>(Emotion.class);
            for (Emotion e : Emotion.values()) {
                double score = e.score();
                m.put(e, new Raw(e.label() + " (" + signed(score) + ")", Math.max(0, -score) / -Emotion.MIN,
                        in("emotion", score, "", e.label())));
            }
            return m;
        }
    }

    private static ComponentScore.Input in(String kind, double value, String unit, String... args) {
        return new ComponentScore.Input(kind, value, unit, List.of(args));
    }

    private static Raw emotion(Touchpoint t) {
        Optional<Double> mean = t.meanEmotion();
        if (mean.isEmpty()) {
            return Raw.NOT_GIVEN;
        }
        double m = mean.get();
        double normalised = Math.max(0, -m) / -Emotion.MIN;
        if (t.emotionByPersona().isEmpty() && t.emotion().isPresent()) {
            return Raw.EMOTIONS.get(t.emotion().get());
        }
        int personas = t.emotionByPersona().size();
        return new Raw("mean " + signed(m) + " over " + personas + " personas", normalised,
                in("emotion-mean", m, "", String.valueOf(personas)));
    }

    private static Raw effort(Touchpoint t, List<MetricReading> readings) {
        Optional<MetricReading> ces = MetricReading.used(readings, "ces");
        if (ces.isPresent()) {
            MetricReading r = ces.get();
            return new Raw("CES " + r.display() + " (" + source(r) + ")", 1 - r.value() / 100, reading(r, ""));
        }
        if (t.effort().isPresent()) {
            int e = t.effort().getAsInt();
            return new Raw("effort " + e + " of " + Touchpoint.MAX_EFFORT,
                    (double) (e - Touchpoint.MIN_EFFORT) / (Touchpoint.MAX_EFFORT - Touchpoint.MIN_EFFORT),
                    in("effort", e, "", String.valueOf(Touchpoint.MAX_EFFORT)));
        }
        return Raw.NOT_GIVEN;
    }

    /** A metric reading as an input: its display, source, answers, confidence and the target it is held to. */
    private static ComponentScore.Input reading(MetricReading r, String target) {
        boolean survey = r.source() == MetricReading.Source.SURVEY;
        String unit = switch (r.metric()) {
            case "response-time", "resolution-time" -> "s";
            case "nps" -> "";
            default -> "%";
        };
        return in(r.metric(), r.value(), unit, r.display(), r.source().label(),
                survey ? String.valueOf(r.responses()) : "", r.lowConfidence() ? "low" : "", target);
    }

    /** The friction of one pain point of this severity. */
    static double severity(Severity s) {
        return switch (s) {
            case LOW -> 0.25;
            case MEDIUM -> 0.5;
            case HIGH -> 0.75;
            case CRITICAL -> 1.0;
        };
    }

    private static Raw painPoints(Touchpoint t) {
        if (t.painPoints().isEmpty()) {
            return Raw.NO_PAIN_POINTS;
        }
        Severity worst = t.painPoints().stream().map(PainPoint::severity).max(Enum::compareTo).orElseThrow();
        int n = t.painPoints().size();
        return new Raw(n + (n == 1 ? " pain point" : " pain points") + ", worst " + worst.label(), severity(worst),
                in("pain-points", n, "", worst.label()));
    }

    private static Raw dropOff(TouchpointFlow flow) {
        return flow.dropOffRate() == 0 ? Raw.NOBODY_LOST : dropOff(flow.dropOffRate());
    }

    private static Raw dropOff(double rate) {
        return new Raw(number(100 * rate) + "% of customers here not passed on", rate, in("drop-off", 100 * rate, "%"));
    }

    /**
     * Losing a fifth of the customers here or more is 1, like a critical pain point; 5% is 0.25 (low), 10% 0.5
     * (medium), 15% 0.75 (high).
     */
    static final double ABANDONMENT_FULL = 0.2;

    private static Raw abandonment(Abandonment a) {
        if (!a.given()) {
            return Raw.NOT_GIVEN;
        }
        return new Raw(number(100 * a.share()) + "% of customers here sent to abandoned exits ("
                        + String.join(", ", a.exits()) + ")", a.share() / ABANDONMENT_FULL,
                new ComponentScore.Input("abandonment", 100 * a.share(), "%", a.exits()));
    }

    private static Raw dissatisfaction(List<MetricReading> readings) {
        Optional<MetricReading> csat = MetricReading.used(readings, "csat");
        Optional<MetricReading> nps = MetricReading.used(readings, "nps");
        if (csat.isEmpty() && nps.isEmpty()) {
            return Raw.NOT_GIVEN;
        }
        List<String> parts = new ArrayList<>();
        List<ComponentScore.Input> inputs = new ArrayList<>();
        double worst = 0;
        if (csat.isPresent()) {
            worst = Math.max(worst, 1 - csat.get().value() / 100);
            parts.add("CSAT " + csat.get().display() + " (" + source(csat.get()) + ")");
            inputs.add(reading(csat.get(), ""));
        }
        if (nps.isPresent()) {
            worst = Math.max(worst, (100 - nps.get().value()) / 200);
            parts.add("NPS " + nps.get().display() + " (" + source(nps.get()) + ")");
            inputs.add(reading(nps.get(), ""));
        }
        return new Raw(String.join(", ", parts), worst, true, inputs);
    }

    /** A time three times its target or more is 1: (time − target) / (2 × target). */
    static double timeMiss(double seconds, double targetSeconds) {
        return (seconds - targetSeconds) / (2 * targetSeconds);
    }

    /** A score 40 points (NPS: 80 points) or more below its target is 1. */
    static double scoreMiss(String metric, double value, double target) {
        return (target - value) / (metric.equals("nps") ? 80 : 40);
    }

    private static Raw slowResponse(List<MetricReading> readings, Metrics targets) {
        List<String> parts = new ArrayList<>();
        List<ComponentScore.Input> inputs = new ArrayList<>();
        double worst = 0;
        for (String metric : List.of("response-time", "resolution-time")) {
            Optional<MetricReading> time = MetricReading.used(readings, metric);
            Optional<Duration> target = metric.equals("response-time") ? targets.responseTime()
                    : targets.resolutionTime();
            if (time.isEmpty() || target.isEmpty()) {
                continue;
            }
            worst = Math.max(worst, timeMiss(time.get().value(), seconds(target.get())));
            parts.add(metric.replace('-', ' ') + " " + time.get().display() + " (" + source(time.get())
                    + ") against target " + Durations.format(target.get()));
            inputs.add(reading(time.get(), Durations.format(target.get())));
        }
        if (parts.isEmpty()) {
            Optional<MetricReading> time = MetricReading.used(readings, "response-time");
            return time.map(r -> new Raw("response time " + r.display() + ", no target set", 0, false,
                    List.of(reading(r, "")))).orElse(Raw.NOT_GIVEN);
        }
        return new Raw(String.join(", ", parts), worst, true, inputs);
    }

    private static Raw targetMiss(List<MetricReading> readings, Metrics targets) {
        List<String> parts = new ArrayList<>();
        List<ComponentScore.Input> inputs = new ArrayList<>();
        double worst = 0;
        String[] metrics = {"csat", "nps", "ces", "first-contact-resolution"};
        OptionalDouble[] goals = {targets.csat(), targets.nps(), targets.ces(), targets.firstContactResolution()};
        for (int i = 0; i < metrics.length; i++) {
            Optional<MetricReading> r = MetricReading.used(readings, metrics[i]);
            if (r.isEmpty() || goals[i].isEmpty()) {
                continue;
            }
            double goal = goals[i].getAsDouble();
            String shown = number(goal) + (metrics[i].equals("nps") ? "" : "%");
            worst = Math.max(worst, scoreMiss(metrics[i], r.get().value(), goal));
            parts.add(label(metrics[i]) + " " + r.get().display() + " (" + source(r.get()) + ") against target "
                    + shown);
            inputs.add(reading(r.get(), shown));
        }
        return parts.isEmpty() ? Raw.NOT_GIVEN : new Raw(String.join(", ", parts), worst, true, inputs);
    }

    private static String label(String metric) {
        return metric.equals("first-contact-resolution") ? "first-contact resolution"
                : metric.toUpperCase(Locale.ROOT);
    }

    private static String source(MetricReading r) {
        if (r.source() == MetricReading.Source.AUTHORED) {
            return "authored";
        }
        return "survey, " + r.responses() + " answers" + (r.lowConfidence() ? ", low confidence" : "");
    }

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }

    static double clamp(double v) {
        return v <= 0 || Double.isNaN(v) ? 0 : Math.min(1, v);
    }

    /** A number as a reader writes it: at most one decimal, no trailing zero, the same in every locale. */
    static String number(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == 0) {
            return "0";
        }
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? Long.toString((long) r) : Double.toString(r);
    }

    private static String signed(double v) {
        return v > 0 ? "+" + number(v) : number(v);
    }
}
