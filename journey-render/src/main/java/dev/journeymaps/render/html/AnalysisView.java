package dev.journeymaps.render.html;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.BusinessEffect;
import dev.journeymaps.model.analysis.ComponentScore;
import dev.journeymaps.model.analysis.Hotspot;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.StageAnalysis;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import dev.journeymaps.model.analysis.WhatIf;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The friction analysis as the report shows it: hotspots with their explanation, stage funnel, experience score. */
final class AnalysisView {

    /** Geometry of the funnel chart, in CSS pixels. */
    private static final int LABEL = 190;
    private static final int BAR = 420;
    private static final int ROW = 30;

    private AnalysisView() {}

    static List<Map<String, Object>> hotspots(Journey journey, JourneyAnalysis analysis, Words words) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Hotspot h : analysis.hotspots()) {
            TouchpointAnalysis t = h.touchpoint();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", words.count(h.rank()));
            m.put("id", t.touchpointId());
            m.put("name", journey.touchpoint(t.touchpointId()).map(Touchpoint::name).orElse(t.touchpointId()));
            m.put("stage", journey.stage(t.stageId()).map(Stage::name).orElse(t.stageId()));
            m.put("friction", words.decimal(t.friction(), 2));
            m.put("reach", words.shown(percent(t.reach())));
            m.put("impact", words.decimal(t.impact(), 3));
            m.put("components", t.topComponents().stream().map(c -> explain(c, words)).toList());
            m.put("lost", words.decimal(t.customersLost(), 0));
            m.put("atRisk", t.valueAtRisk().isPresent()
                    ? money(t.valueAtRisk().getAsDouble(), analysis.business(), words) : "");
            rows.add(m);
        }
        return rows;
    }

    /**
     * One component's part, so a reader can redo the sum: input, normalised value × weight = contribution, every word
     * in the report's language (the analysis gives the inputs as values).
     */
    static String explain(ComponentScore c, Words words) {
        return words.explain(c);
    }

    /** The hotspots to fix first, largest gain first, each with what fixing it would bring. */
    static List<Map<String, Object>> fixFirst(Journey journey, JourneyAnalysis analysis, Words words) {
        BusinessEffect business = analysis.business();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Hotspot h : analysis.fixFirst()) {
            WhatIf w = h.whatIf().orElseThrow();
            String id = h.touchpoint().touchpointId();
            List<String> parts = new ArrayList<>();
            parts.add(words.get("fix.score", words.decimal(analysis.experienceScore(), 1), words.decimal(w.experienceScore(), 1),
                    (w.gain() >= 0 ? "+" : "") + words.decimal(w.gain(), 1)));
            if (w.customersKept() > 0) {
                String kept = words.get("fix.kept", words.decimal(w.customersKept(), 0));
                if (w.customersKeptPerPeriod().isPresent()) {
                    kept += " " + words.get("business.lostPer", words.shown(grouped(w.customersKeptPerPeriod().getAsDouble())),
                            per(business, words));
                }
                parts.add(kept);
            }
            w.valueKept().ifPresent(v -> parts.add(words.get("fix.worth", money(v, business, words))));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("name", journey.touchpoint(id).map(Touchpoint::name).orElse(id));
            m.put("text", words.items(parts));
            rows.add(m);
        }
        return rows;
    }

    /** What the journey's losses mean for the business, one sentence a line; empty when nothing is lost or said. */
    static List<String> business(JourneyAnalysis analysis, Words words) {
        BusinessEffect b = analysis.business();
        List<String> lines = new ArrayList<>();
        b.customers().ifPresent(c -> lines.add(words.get("business.customers", words.shown(grouped(c.count())), per(b, words))));
        if (b.customersLost() > 0) {
            String lost = words.get("business.lost", words.decimal(b.customersLost(), 0));
            if (b.perPeriod(b.customersLost()).isPresent()) {
                lost += " " + words.get("business.lostPer", words.shown(grouped(b.perPeriod(b.customersLost()).getAsDouble())),
                        per(b, words));
            }
            lines.add(lost);
        }
        b.churn().ifPresent(c -> analysis.options().value().ifPresent(v -> lines.add(words.get("business.churn",
                words.shown(percent(c.rate().orElse(0))), words.get("per." + v.churnPeriod()),
                words.shown(percent(b.yearlyChurn().orElse(0)))))));
        b.valuePerCustomer().ifPresent(v -> {
            String value = words.get("business.value", money(v, b, words));
            var settings = analysis.options().value().orElseThrow();
            if (settings.clv().isEmpty() && settings.annualRevenue().isPresent() && b.years().isPresent()) {
                value += " " + words.get("business.clv", money(settings.annualRevenue().getAsDouble(), b, words),
                        words.decimal(b.years().getAsDouble(), 2), money(settings.acquisitionCost().orElse(0), b, words));
            }
            lines.add(value);
        });
        if (b.customersLost() > 0) {
            b.value(b.customersLost()).ifPresent(v -> lines.add(words.get("business.atRisk", money(v, b, words)
                    + (b.customers().isPresent() ? " " + per(b, words) : ""))));
        }
        return lines;
    }

    private static String per(BusinessEffect b, Words words) {
        return b.customers().map(c -> words.get("per." + c.period())).orElse("");
    }

    /** An amount in whole units, grouped by thousands, with the journey's currency label. */
    static String money(double amount, BusinessEffect b, Words words) {
        String number = words.shown(grouped(amount));
        return b.currency().isEmpty() ? number : words.get("money", number, b.currency());
    }

    /**
     * A whole number grouped by thousands with a narrow no-break space (ISO 80000 style): the same in every language,
     * never mistaken for a decimal comma or point.
     */
    static String grouped(double value) {
        String digits = String.format(Locale.ROOT, "%.0f", Math.abs(value));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('\u202f');
            }
            out.append(digits.charAt(i));
        }
        return (value < 0 && Math.round(value) != 0 ? "-" : "") + out;
    }

    /** The component's name in the report's language ("drop-off", "ریزش"). */
    static String component(ComponentScore c, Words words) {
        return words.get("component." + c.component().key());
    }

    /**
     * The stages' rows of the table and the funnel chart. Right to left ({@code rtl}), the chart is mirrored: names on
     * the right, bars growing leftwards (the chart's text then runs right to left from its x, as the page's does).
     */
    static List<Map<String, Object>> stages(Journey journey, JourneyAnalysis analysis, boolean rtl, Words words) {
        int width = LABEL + BAR + 60;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StageAnalysis s : analysis.stages()) {
            int i = rows.size();
            double bar = Math.max(0, Math.min(1, s.funnel().reach())) * BAR;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", journey.stage(s.stageId()).map(Stage::name).orElse(s.stageId()));
            m.put("friction", words.decimal(s.friction(), 2));
            m.put("reach", words.shown(percent(s.funnel().reach())));
            m.put("dropOff", words.shown(percent(s.funnel().dropOff())));
            m.put("ended", words.shown(percent(s.funnel().ended())));
            m.put("y", ROW * i);
            m.put("textY", ROW * i + ROW / 2 + 5);
            m.put("labelX", rtl ? width : 0);
            m.put("fullX", rtl ? width - LABEL - BAR : LABEL);
            m.put("barX", rtl ? fixed(width - LABEL - bar, 1) : String.valueOf(LABEL));
            m.put("barWidth", fixed(bar, 1));
            m.put("valueX", rtl ? width - LABEL - BAR - 8 : LABEL + BAR + 8);
            rows.add(m);
        }
        return rows;
    }

    /** The funnel chart's size: {@code width}, {@code height}, {@code barHeight}, {@code fullBar}. */
    static Map<String, Object> chart(int stages, boolean rtl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("direction", rtl ? "rtl" : "ltr");
        m.put("width", LABEL + BAR + 60);
        m.put("height", Math.max(1, stages) * ROW);
        m.put("viewBox", "0 0 " + (LABEL + BAR + 60) + " " + Math.max(1, stages) * ROW);
        m.put("barHeight", ROW - 8);
        m.put("fullBar", BAR);
        return m;
    }

    /** What the page's script shows for a touchpoint: its friction and reach, and its hotspot rank if any. */
    static String summary(JourneyAnalysis analysis, String touchpointId, Words words) {
        return analysis.touchpoint(touchpointId).map(t -> {
            String base = words.get("summary.base", words.decimal(t.friction(), 2), words.shown(percent(t.reach())));
            return analysis.hotspotRank(touchpointId).map(r -> words.get("summary.hotspot", r, base)).orElse(base);
        }).orElse("");
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String fixed(double value, int digits) {
        return Words.fixed(value, digits);
    }
}
