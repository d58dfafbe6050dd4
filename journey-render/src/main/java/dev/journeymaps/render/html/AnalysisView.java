package dev.journeymaps.render.html;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.ComponentScore;
import dev.journeymaps.model.analysis.Hotspot;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.StageAnalysis;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
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
            m.put("rank", h.rank());
            m.put("id", t.touchpointId());
            m.put("name", journey.touchpoint(t.touchpointId()).map(Touchpoint::name).orElse(t.touchpointId()));
            m.put("stage", journey.stage(t.stageId()).map(Stage::name).orElse(t.stageId()));
            m.put("friction", fixed(t.friction(), 2));
            m.put("reach", percent(t.reach()));
            m.put("impact", fixed(t.impact(), 3));
            m.put("components", t.topComponents().stream().map(c -> explain(c, words)).toList());
            rows.add(m);
        }
        return rows;
    }

    /**
     * One component's part, so a reader can redo the sum: input, normalised value × weight = contribution. The
     * component's name is translated; its input is as the analysis states it (figures with English words).
     */
    static String explain(ComponentScore c, Words words) {
        return words.get("explain", component(c, words), c.input(), fixed(c.normalised(), 2), fixed(c.weight(), 2),
                fixed(c.contribution(), 3));
    }

    /** The component's name in the report's language ("drop-off", "ریزش"). */
    static String component(ComponentScore c, Words words) {
        return words.get("component." + c.component().key());
    }

    /**
     * The stages' rows of the table and the funnel chart. Right to left ({@code rtl}), the chart is mirrored: names on
     * the right, bars growing leftwards (the chart's text then runs right to left from its x, as the page's does).
     */
    static List<Map<String, Object>> stages(Journey journey, JourneyAnalysis analysis, boolean rtl) {
        int width = LABEL + BAR + 60;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StageAnalysis s : analysis.stages()) {
            int i = rows.size();
            double bar = Math.max(0, Math.min(1, s.funnel().reach())) * BAR;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", journey.stage(s.stageId()).map(Stage::name).orElse(s.stageId()));
            m.put("friction", fixed(s.friction(), 2));
            m.put("reach", percent(s.funnel().reach()));
            m.put("dropOff", percent(s.funnel().dropOff()));
            m.put("ended", percent(s.funnel().ended()));
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
            String base = words.get("summary.base", fixed(t.friction(), 2), percent(t.reach()));
            return analysis.hotspotRank(touchpointId).map(r -> words.get("summary.hotspot", r, base)).orElse(base);
        }).orElse("");
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String fixed(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }
}
