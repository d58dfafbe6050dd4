package dev.journeymaps.render.layout;

import dev.journeymaps.model.Durations;
import dev.journeymaps.model.Metrics;
import dev.journeymaps.model.Opportunity;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.MetricReading;
import dev.journeymaps.model.analysis.MetricTrend;
import dev.journeymaps.model.analysis.PeriodAnalysis;
import dev.journeymaps.model.analysis.SurveyPeriod;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import dev.journeymaps.render.layout.ItemLane.Item;
import dev.journeymaps.render.layout.ItemLane.Mark;
import dev.journeymaps.render.layout.Scene.Shape;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What each text lane shows for one touchpoint, in the map's words. Shared by the rows of a map, which may be laid out
 * side by side: what it finds once and keeps is found under its lock.
 */
final class LaneContent {

    /** The metrics in the order the lane lists them, as the analysis names them. */
    private static final List<String> METRICS = List.of(
            "csat", "nps", "ces", "first-contact-resolution", "response-time", "resolution-time");

    private final Words words;
    private final JourneyAnalysis analysis;
    /** Per touchpoint and metric, its survey readings period by period, earliest first; made on first use. */
    private Map<String, Map<String, List<Dated>>> dated;
    private Boolean anyTrend;

    LaneContent(Words words, JourneyAnalysis analysis) {
        this.words = words;
        this.analysis = analysis;
    }

    /** A survey reading of one period. */
    private record Dated(SurveyPeriod period, MetricReading reading) {}

    /**
     * The trend a card shows for {@code t}: that of the first metric (CSAT, NPS, CES, FCR, response time, resolution
     * time) the analysis uses at {@code t} whose survey answers fall in two or more periods, between the last two of
     * them: the same pair as {@link JourneyAnalysis#trend(String, String)}, found through an index made once, since
     * that search per touchpoint would be quadratic in a large journey.
     */
    Optional<MetricTrend> trend(String touchpointId) {
        Optional<TouchpointAnalysis> a = analysis.touchpoint(touchpointId);
        if (a.isEmpty() || analysis.periods().size() < 2) {
            return Optional.empty();
        }
        Map<String, List<Dated>> byMetric = index().getOrDefault(touchpointId, Map.of());
        for (String metric : METRICS) {
            List<Dated> readings = byMetric.getOrDefault(metric, List.of());
            boolean used = a.get().usedReading(metric).isPresent();
            if (used && readings.size() >= 2) {
                Dated last = readings.get(readings.size() - 1);
                Dated before = readings.get(readings.size() - 2);
                return Optional.of(new MetricTrend(metric, last.period(), last.reading().value(),
                        last.reading().responses(), before.period(), before.reading().value(),
                        before.reading().responses()));
            }
        }
        return Optional.empty();
    }

    /** Whether some touchpoint of the journey has a trend to show: then every card has a line for one. */
    synchronized boolean anyTrend() {
        if (anyTrend == null) {
            anyTrend = analysis.periods().size() >= 2
                    && analysis.touchpoints().keySet().stream().anyMatch(id -> trend(id).isPresent());
        }
        return anyTrend;
    }

    /** Whether some touchpoint sends customers to an abandoned exit: then every card has a line for the loss. */
    synchronized boolean anyLoss() {
        // Asked by every row's cards: found once (a wrapped map of 10,000 touchpoints asked it 100 times).
        if (anyLoss == null) {
            anyLoss = analysis.touchpoints().values().stream().anyMatch(a -> a.customersLost() > 0);
        }
        return anyLoss;
    }

    private Boolean anyLoss;

    private synchronized Map<String, Map<String, List<Dated>>> index() {
        if (dated == null) {
            dated = new HashMap<>();
            for (PeriodAnalysis p : analysis.periods()) {
                for (PeriodAnalysis.Touchpoint t : p.touchpoints()) {
                    Map<String, List<Dated>> byMetric = dated.computeIfAbsent(t.touchpointId(), k -> new HashMap<>());
                    for (MetricReading r : t.metrics()) {
                        List<Dated> readings = byMetric.computeIfAbsent(r.metric(), k -> new ArrayList<>());
                        boolean first = readings.isEmpty() || !readings.get(readings.size() - 1).period()
                                .equals(p.period());
                        if (r.source() == MetricReading.Source.SURVEY && first) {
                            readings.add(new Dated(p.period(), r));
                        }
                    }
                }
            }
        }
        return dated;
    }

    /**
     * The line a card shows for {@code trend}: the figure of the latest period, the change since the one before and
     * that period's answers ({@code CSAT 46% ▼17 pts · n=24}), in whole numbers so that it fits the card.
     */
    String trendLine(MetricTrend trend) {
        return words.shown(words.get("metric.measured", figure(trend), Long.toString(trend.responses())));
    }

    /**
     * The figure of {@code trend}'s latest period and the change since the one before, without the answers
     * ({@code CSAT 46% ▼17 pts}), and with {@code points} false without the points' word too ({@code CSAT 46% ▼17}):
     * what a slide's narrow card shows when the whole line does not fit it.
     */
    String trendFigure(MetricTrend trend, boolean points) {
        return words.shown(figure(trend, points));
    }

    private String figure(MetricTrend trend) {
        return figure(trend, true);
    }

    private String figure(MetricTrend trend, boolean points) {
        String change = switch (trend.direction()) {
            case UP -> "\u25b2" + magnitude(trend, points);
            case DOWN -> "\u25bc" + magnitude(trend, points);
            case STEADY -> "\u00b1" + (isTime(trend.metric()) ? "0s" : points ? words.get("trend.points", "0") : "0");
        };
        return brief(trend.metric(), trend.value()) + " " + change;
    }

    /** The trend in full, for the card's tooltip: both periods with their figures and answers, and the verdict. */
    String trendTip(MetricTrend trend) {
        String verdict = words.get(trend.direction() == MetricTrend.Direction.STEADY ? "trend.steady"
                : trend.isImprovement() ? "trend.better" : "trend.worse");
        return words.get("tip.trend", name(trend.metric()), words.shown(full(trend.metric(), trend.previousValue())),
                words.shown(trend.previousPeriod().label()), trend.previousResponses(),
                words.shown(full(trend.metric(), trend.value())), words.shown(trend.period().label()),
                trend.responses(), verdict);
    }

    private String magnitude(MetricTrend trend, boolean points) {
        double size = Math.abs(trend.change());
        if (isTime(trend.metric())) {
            return seconds(size);
        }
        // Whole points, unless that reads 0 for a change the analysis calls a move.
        String figure = Math.round(size) == 0 ? number(size) : Long.toString(Math.round(size));
        return points ? words.get("trend.points", figure) : figure;
    }

    private static boolean isTime(String metric) {
        return metric.endsWith("-time");
    }

    /** The metric's short name as the metrics lane writes it. */
    private String name(String metric) {
        return switch (metric) {
            case "csat" -> "CSAT";
            case "nps" -> "NPS";
            case "ces" -> "CES";
            case "first-contact-resolution" -> "FCR";
            case "response-time" -> words.get("metric.response", "").strip();
            default -> words.get("metric.resolution", "").strip();
        };
    }

    private String brief(String metric, double value) {
        return switch (metric) {
            case "nps" -> "NPS " + Math.round(value);
            case "response-time" -> words.get("metric.response", seconds(value));
            case "resolution-time" -> words.get("metric.resolution", seconds(value));
            default -> name(metric) + " " + Math.round(value) + "%";
        };
    }

    private String full(String metric, double value) {
        return switch (metric) {
            case "nps" -> number(value);
            case "response-time", "resolution-time" -> seconds(value);
            default -> number(value) + "%";
        };
    }

    List<Item> thoughts(Touchpoint t) {
        String thought = t.thought().strip();
        if (thought.isEmpty()) {
            return List.of();
        }
        // Quote the thought unless its author already did.
        boolean quoted = "\"\u201c\u201e\u00ab'".indexOf(thought.charAt(0)) >= 0;
        return List.of(Item.of(Role.THOUGHT_TEXT, quoted ? thought : words.quoted(thought), 5));
    }

    List<Item> painPoints(Touchpoint t) {
        List<Item> items = new ArrayList<>();
        for (PainPoint p : t.painPoints()) {
            items.add(new Item(Role.PAIN_TEXT, p.text(), 3,
                    Optional.of(new Mark(Role.PAIN_MARKER, Shape.TRIANGLE, p.severity().ordinal())),
                    words.severity(p.severity())));
        }
        return items;
    }

    List<Item> opportunities(Touchpoint t) {
        List<Item> items = new ArrayList<>();
        for (Opportunity o : t.opportunities()) {
            // The due date first: it is short and must never be the part an ellipsis cuts.
            List<String> detail = new ArrayList<>();
            o.due().ifPresent(d -> detail.add(words.get("opportunity.due", words.date(d))));
            if (!o.owner().isBlank()) {
                detail.add(o.owner());
            }
            if (!o.kpi().isBlank()) {
                detail.add(words.get("opportunity.kpi", o.kpi()));
            }
            items.add(new Item(Role.OPPORTUNITY_TEXT, o.text(), 3,
                    Optional.of(new Mark(Role.OPPORTUNITY_MARKER, Shape.DIAMOND, 0)),
                    String.join(ItemLane.DETAIL_SEPARATOR, detail)));
        }
        return items;
    }

    /**
     * The figures the analysis uses for {@code t}: a survey figure with its number of answers ("CSAT 41.7% · n=24"),
     * an authored one as written; then the authored effort.
     */
    List<Item> metrics(Touchpoint t) {
        List<Item> items = new ArrayList<>();
        Optional<TouchpointAnalysis> analysed = analysis.touchpoint(t.id());
        if (analysed.isPresent()) {
            for (String metric : METRICS) {
                Optional<MetricReading> used = analysed.get().usedReading(metric);
                if (used.isPresent()) {
                    items.add(reading(used.get()));
                }
            }
        } else {
            authored(items, t.metrics());
        }
        OptionalInt effort = t.effort();
        if (effort.isPresent()) {
            items.add(Item.of(Role.METRIC_TEXT, words.get("metric.effort", effort.getAsInt()), 1));
        }
        return items;
    }

    private Item reading(MetricReading r) {
        String figure = switch (r.metric()) {
            case "csat" -> "CSAT " + number(r.value()) + "%";
            case "nps" -> "NPS " + number(r.value());
            case "ces" -> "CES " + number(r.value()) + "%";
            case "first-contact-resolution" -> "FCR " + number(r.value()) + "%";
            case "response-time" -> words.get("metric.response", time(r));
            default -> words.get("metric.resolution", time(r));
        };
        return r.source() == MetricReading.Source.SURVEY
                ? Item.of(Role.METRIC_TEXT, words.get("metric.measured", words.shown(figure), r.responses()), 2)
                : Item.of(Role.METRIC_TEXT, words.shown(figure), 1);
    }

    /** An authored time as written; a measured average rounded as people say it: {@code 6m}, not {@code 340s}. */
    private static String time(MetricReading r) {
        if (r.source() == MetricReading.Source.AUTHORED) {
            return r.display();
        }
        return seconds(r.value());
    }

    /** A number of seconds rounded as people say it: {@code 6m}, not {@code 340s}. */
    private static String seconds(double value) {
        long s = Math.round(value);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3_600) {
            return Math.round(s / 60.0) + "m";
        }
        return s < 172_800 ? Math.round(s / 3_600.0) + "h" : Math.round(s / 86_400.0) + "d";
    }

    /** The authored figures of a touchpoint the analysis does not know (a repeated id). */
    private void authored(List<Item> items, Metrics m) {
        figure(items, "CSAT", m.csat(), "%");
        figure(items, "NPS", m.nps(), "");
        figure(items, "CES", m.ces(), "%");
        figure(items, "FCR", m.firstContactResolution(), "%");
        m.responseTime().ifPresent(d -> items.add(Item.of(Role.METRIC_TEXT, words.get("metric.response", words.shown(Durations.format(d))), 1)));
        m.resolutionTime().ifPresent(d -> items.add(Item.of(Role.METRIC_TEXT, words.get("metric.resolution", words.shown(Durations.format(d))), 1)));
    }

    List<Item> channels(Touchpoint t) {
        if (t.channel().isBlank()) {
            return List.of();
        }
        Mark icon = new Mark(Role.CHANNEL_ICON, Shape.CIRCLE, 0, ChannelIcons.of(t.channel()));
        return List.of(new Item(Role.CARD_CHANNEL, words.channel(t.channel()), 2, Optional.of(icon), ""));
    }

    static List<Item> actions(List<String> actions) {
        List<Item> items = new ArrayList<>(actions.size());
        for (String a : actions) {
            if (!a.isBlank()) {
                items.add(Item.of(Role.ACTION_TEXT, a, 3));
            }
        }
        return items;
    }

    private void figure(List<Item> items, String name, OptionalDouble value, String unit) {
        if (value.isPresent()) {
            items.add(Item.of(Role.METRIC_TEXT, name + " " + words.shown(number(value.getAsDouble()) + unit), 1));
        }
    }

    /**
     * Customers per 1,000 as the report's hotspot table writes them, whole ({@code 105}), with one decimal only below
     * one, where a whole number would say nobody.
     */
    static String perThousand(double customers) {
        return customers >= 0.95 ? Long.toString(Math.round(customers)) : number(customers);
    }

    /** {@code 41} for 41.0, {@code 41.5} for 41.5: one decimal at most, in {@link java.util.Locale#ROOT} style. */
    static String number(double value) {
        return Words.tenths(value);
    }
}
