package dev.journeymaps.render.layout;

import dev.journeymaps.model.Durations;
import dev.journeymaps.model.Metrics;
import dev.journeymaps.model.Opportunity;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Touchpoint;
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

    private final Words words;

    LaneContent(Words words) {
        this.words = words;
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
            List<String> detail = new ArrayList<>();
            if (!o.owner().isBlank()) {
                detail.add(o.owner());
            }
            o.due().ifPresent(d -> detail.add(words.get("opportunity.due", d)));
            if (!o.kpi().isBlank()) {
                detail.add(words.get("opportunity.kpi", o.kpi()));
            }
            items.add(new Item(Role.OPPORTUNITY_TEXT, o.text(), 3,
                    Optional.of(new Mark(Role.OPPORTUNITY_MARKER, Shape.DIAMOND, 0)),
                    String.join(" \u00b7 ", detail)));
        }
        return items;
    }

    List<Item> metrics(Touchpoint t) {
        List<Item> items = new ArrayList<>();
        Metrics m = t.metrics();
        figure(items, "CSAT", m.csat(), "%");
        figure(items, "NPS", m.nps(), "");
        figure(items, "CES", m.ces(), "%");
        figure(items, "FCR", m.firstContactResolution(), "%");
        m.responseTime().ifPresent(d -> items.add(Item.of(Role.METRIC_TEXT, words.get("metric.response", Durations.format(d)), 1)));
        m.resolutionTime().ifPresent(d -> items.add(Item.of(Role.METRIC_TEXT, words.get("metric.resolution", Durations.format(d)), 1)));
        OptionalInt effort = t.effort();
        if (effort.isPresent()) {
            items.add(Item.of(Role.METRIC_TEXT, words.get("metric.effort", effort.getAsInt()), 1));
        }
        return items;
    }

    List<Item> channels(Touchpoint t) {
        if (t.channel().isBlank()) {
            return List.of();
        }
        Mark icon = new Mark(Role.CHANNEL_ICON, Shape.CIRCLE, 0, ChannelIcons.of(t.channel()));
        return List.of(new Item(Role.CARD_CHANNEL, t.channel(), 2, Optional.of(icon), ""));
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
