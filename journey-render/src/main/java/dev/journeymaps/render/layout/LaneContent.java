package dev.journeymaps.render.layout;

import dev.journeymaps.model.Durations;
import dev.journeymaps.model.Metrics;
import dev.journeymaps.model.Opportunity;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.MetricReading;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import dev.journeymaps.render.layout.ItemLane.Item;
import dev.journeymaps.render.layout.ItemLane.Mark;
import dev.journeymaps.render.layout.Scene.Shape;
import dev.journeymaps.render.words.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** What each text lane shows for one touchpoint, in the map's words. */
final class LaneContent {

    /** The metrics in the order the lane lists them, as the analysis names them. */
    private static final List<String> METRICS = List.of(
            "csat", "nps", "ces", "first-contact-resolution", "response-time", "resolution-time");

    private final Words words;
    private final JourneyAnalysis analysis;

    LaneContent(Words words, JourneyAnalysis analysis) {
        this.words = words;
        this.analysis = analysis;
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
                analysed.get().metrics().stream().filter(r -> r.used() && r.metric().equals(metric)).findFirst()
                        .ifPresent(r -> items.add(reading(r)));
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
                ? Item.of(Role.METRIC_TEXT, words.get("metric.measured", figure, Long.toString(r.responses())), 2)
                : Item.of(Role.METRIC_TEXT, figure, 1);
    }

    /** An authored time as written; a measured average rounded as people say it: {@code 6m}, not {@code 340s}. */
    private static String time(MetricReading r) {
        if (r.source() == MetricReading.Source.AUTHORED) {
            return r.display();
        }
        long s = Math.round(r.value());
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
        m.responseTime().ifPresent(d -> items.add(Item.of(Role.METRIC_TEXT, words.get("metric.response", Durations.format(d)), 1)));
        m.resolutionTime().ifPresent(d -> items.add(Item.of(Role.METRIC_TEXT, words.get("metric.resolution", Durations.format(d)), 1)));
    }

    List<Item> channels(Touchpoint t) {
        if (t.channel().isBlank()) {
            return List.of();
        }
        Mark icon = new Mark(Role.CHANNEL_ICON, Shape.CIRCLE, 0, ChannelIcons.of(t.channel()));
        return List.of(new Item(Role.CARD_CHANNEL, words.channel(t.channel()), 2, Optional.of(icon), ""));
    }

    static List<Item> actions(List<String> actions) {
        return actions.stream().filter(a -> !a.isBlank()).map(a -> Item.of(Role.ACTION_TEXT, a, 3)).toList();
    }

    private static void figure(List<Item> items, String name, OptionalDouble value, String unit) {
        if (value.isPresent()) {
            items.add(Item.of(Role.METRIC_TEXT, name + " " + number(value.getAsDouble()) + unit, 1));
        }
    }

    /** {@code 41} for 41.0, {@code 41.5} for 41.5: one decimal at most, in {@link java.util.Locale#ROOT} style. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
