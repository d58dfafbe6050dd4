package dev.journeymaps.model.analysis;

import dev.journeymaps.model.Durations;
import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Metrics;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.Touchpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Normalises each friction component of one touchpoint to 0..1 and weighs it. Every rule is monotone: a worse input
 * never gives a lower value, and an absent input counts as no friction (unknown is not evidence of a problem).
 */
final class FrictionRules {

    private final AnalysisOptions options;

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
        authored.ifPresent(a -> out.add(new MetricReading(metric, MetricReading.Source.AUTHORED, a.value(),
                a.display(), 0, !surveyUsed, Interval.NONE, false, choice)));
        surveyed.ifPresent(v -> out.add(new MetricReading(metric, MetricReading.Source.SURVEY, v, number(v) + unit,
                responses, surveyUsed, interval, !enough, choice)));
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
     * Every component's score for {@code t}, in component order. The score is a weighted mean over the components
     * that have evidence: pain points and drop-off always do (none listed, nobody lost, is evidence too); emotion,
     * effort and dissatisfaction when given; slow response when both a response time and a target are given. A
     * component without evidence gets weight 0, so a map that says little is not scored as if it said "all fine".
     */
    List<ComponentScore> score(Touchpoint t, List<MetricReading> readings, TouchpointFlow flow) {
        List<Raw> raws = new ArrayList<>();
        double given = 0;
        for (FrictionComponent c : FrictionComponent.values()) {
            Raw raw = switch (c) {
                case NEGATIVE_EMOTION -> emotion(t);
                case EFFORT -> effort(t, readings);
                case PAIN_POINTS -> painPoints(t);
                case DROP_OFF -> dropOff(flow);
                case DISSATISFACTION -> dissatisfaction(readings);
                case SLOW_RESPONSE -> slowResponse(readings);
            };
            raws.add(raw);
            given += raw.given ? options.weights().weights().get(c) : 0;
        }
        List<ComponentScore> scores = new ArrayList<>();
        for (FrictionComponent c : FrictionComponent.values()) {
            Raw raw = raws.get(c.ordinal());
            double weight = raw.given && given > 0 ? options.weights().weights().get(c) / given : 0;
            double normalised = clamp(raw.normalised);
            scores.add(new ComponentScore(c, raw.input, normalised, weight, weight * normalised));
        }
        return scores;
    }

    private record Raw(String input, double normalised, boolean given) {
        static final Raw NOT_GIVEN = new Raw("not given", 0, false);

        Raw(String input, double normalised) {
            this(input, normalised, true);
        }
    }

    private static Raw emotion(Touchpoint t) {
        Optional<Double> mean = t.meanEmotion();
        if (mean.isEmpty()) {
            return Raw.NOT_GIVEN;
        }
        double m = mean.get();
        String input = t.emotionByPersona().isEmpty() && t.emotion().isPresent()
                ? t.emotion().get().label() + " (" + signed(m) + ")"
                : "mean " + signed(m) + " over " + t.emotionByPersona().size() + " personas";
        return new Raw(input, Math.max(0, -m) / -Emotion.MIN);
    }

    private static Raw effort(Touchpoint t, List<MetricReading> readings) {
        Optional<MetricReading> ces = used(readings, "ces");
        if (ces.isPresent()) {
            MetricReading r = ces.get();
            return new Raw("CES " + r.display() + " (" + source(r) + ")", 1 - r.value() / 100);
        }
        if (t.effort().isPresent()) {
            int e = t.effort().getAsInt();
            return new Raw("effort " + e + " of " + Touchpoint.MAX_EFFORT,
                    (double) (e - Touchpoint.MIN_EFFORT) / (Touchpoint.MAX_EFFORT - Touchpoint.MIN_EFFORT));
        }
        return Raw.NOT_GIVEN;
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
            return new Raw("none", 0);
        }
        Severity worst = t.painPoints().stream().map(PainPoint::severity).max(Enum::compareTo).orElseThrow();
        int n = t.painPoints().size();
        return new Raw(n + (n == 1 ? " pain point" : " pain points") + ", worst " + worst.label(), severity(worst));
    }

    private static Raw dropOff(TouchpointFlow flow) {
        return new Raw(number(100 * flow.dropOffRate()) + "% of customers here not passed on", flow.dropOffRate());
    }

    private static Raw dissatisfaction(List<MetricReading> readings) {
        Optional<MetricReading> csat = used(readings, "csat");
        Optional<MetricReading> nps = used(readings, "nps");
        if (csat.isEmpty() && nps.isEmpty()) {
            return Raw.NOT_GIVEN;
        }
        List<String> parts = new ArrayList<>();
        double worst = 0;
        if (csat.isPresent()) {
            worst = Math.max(worst, 1 - csat.get().value() / 100);
            parts.add("CSAT " + csat.get().display() + " (" + source(csat.get()) + ")");
        }
        if (nps.isPresent()) {
            worst = Math.max(worst, (100 - nps.get().value()) / 200);
            parts.add("NPS " + nps.get().display() + " (" + source(nps.get()) + ")");
        }
        return new Raw(String.join(", ", parts), worst);
    }

    private Raw slowResponse(List<MetricReading> readings) {
        Optional<MetricReading> time = used(readings, "response-time");
        if (time.isEmpty()) {
            return Raw.NOT_GIVEN;
        }
        if (options.responseTimeTarget().isEmpty()) {
            return new Raw("response time " + time.get().display() + ", no target set", 0, false);
        }
        double target = seconds(options.responseTimeTarget().get());
        String input = "response time " + time.get().display() + " (" + source(time.get()) + ") against target "
                + Durations.format(options.responseTimeTarget().get());
        return new Raw(input, (time.get().value() - target) / target);
    }

    private static Optional<MetricReading> used(List<MetricReading> readings, String metric) {
        return readings.stream().filter(r -> r.used() && r.metric().equals(metric)).findFirst();
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
