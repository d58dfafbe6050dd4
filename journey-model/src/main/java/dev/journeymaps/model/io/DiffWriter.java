package dev.journeymaps.model.io;

import dev.journeymaps.model.diff.JourneyDiff;
import dev.journeymaps.model.diff.TouchpointChange;
import dev.journeymaps.model.diff.TouchpointSide;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a {@link JourneyDiff} as JSON for tools: the same diff gives the same bytes. */
public final class DiffWriter {


    private DiffWriter() {}

    /** {@code diff} as pretty-printed JSON, ending with a newline. */
    public static String toJson(JourneyDiff diff) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("current", diff.currentId());
        root.put("future", diff.futureId());
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("before", round(diff.experienceBefore()));
        score.put("after", round(diff.experienceAfter()));
        score.put("change", round(diff.experienceChange()));
        root.put("experienceScore", score);
        root.put("touchpoints", diff.touchpoints().stream().map(DiffWriter::change).toList());
        Map<String, Object> hotspots = new LinkedHashMap<>();
        hotspots.put("gone", ids(diff.hotspotsGone()));
        hotspots.put("new", ids(diff.hotspotsNew()));
        hotspots.put("remaining", ids(diff.hotspotsRemaining()));
        root.put("hotspots", hotspots);
        return Json.pretty(root);
    }

    private static Map<String, Object> change(TouchpointChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("change", c.kind().label());
        m.put("matchedBy", c.matchedBy().label());
        m.put("before", c.before().map(DiffWriter::side).orElse(null));
        m.put("after", c.after().map(DiffWriter::side).orElse(null));
        m.put("changes", c.changes());
        return m;
    }

    private static Map<String, Object> side(TouchpointSide s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("stage", s.stageId());
        m.put("friction", round(s.friction()));
        m.put("reach", round(s.reach()));
        m.put("impact", round(s.impact()));
        m.put("hotspotRank", s.hotspotRank().orElse(null));
        return m;
    }

    private static List<String> ids(List<TouchpointChange> changes) {
        return changes.stream().map(c -> c.after().or(c::before).map(TouchpointSide::id).orElse("")).toList();
    }

    /** Six decimals: enough to recompute, and no noise from floating point in the last digits. */
    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
