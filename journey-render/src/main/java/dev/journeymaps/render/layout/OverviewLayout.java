package dev.journeymaps.render.layout;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.Hotspot;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.StageAnalysis;
import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.PathOp;
import dev.journeymaps.render.layout.Scene.Shape;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first page of a map that needs several: the whole journey at a glance before the detail pages. Its stages as
 * columns (name and number of touchpoints), the emotion curve through each stage's mean emotion, the funnel (the
 * share of customers who reach each stage) and the three worst hotspots with their friction and impact. Every text
 * keeps the map's smallest size or more; a stage column too narrow for its name shows the name in its tooltip only.
 */
final class OverviewLayout {

    private static final double HEADER = 52;
    private static final double MAX_EMOTION = 120;
    private static final double MAX_FUNNEL = 96;
    /** What the heading, the stages, the hotspots and the gaps between them take, whatever the page. */
    private static final double FIXED = 34 + HEADER + 4 * 16 + 64;
    private static final double GAP = 16;
    private static final double MIN_NAMED_COLUMN = 64;

    private final Journey journey;
    private final JourneyAnalysis analysis;
    private final Words words;
    private final double left;
    private final double right;
    private double emotionHeight = MAX_EMOTION;
    private double funnelHeight = MAX_FUNNEL;

    OverviewLayout(Journey journey, JourneyAnalysis analysis, Words words, double width) {
        this.journey = journey;
        this.analysis = analysis;
        this.words = words;
        this.left = JourneyLayout.MARGIN + JourneyLayout.GUTTER;
        this.right = width - JourneyLayout.MARGIN;
    }

    /**
     * The overview from {@code top} (under the title block) to at most {@code bottom}, in one group: the emotion
     * band and the funnel share what room the page leaves, each up to its full height.
     */
    List<Node> layout(double top, double bottom) {
        double room = Math.max(0, bottom - top - FIXED);
        emotionHeight = Math.max(60, Math.min(MAX_EMOTION, room * 0.55));
        funnelHeight = Math.max(50, Math.min(MAX_FUNNEL, room * 0.45));
        List<Node> parts = new ArrayList<>();
        double y = top;
        parts.add(JourneyLayout.text(Role.DESCRIPTION, 13, false, Anchor.START, List.of(words.get("overview.title")),
                JourneyLayout.MARGIN, y + 18, 18));
        y += 18 + GAP;
        y = stages(parts, y) + GAP;
        y = emotion(parts, y) + GAP;
        y = funnel(parts, y) + GAP;
        hotspots(parts, y);
        return List.of(new Group(Role.OVERVIEW, "", parts));
    }

    private double column() {
        return (right - left) / Math.max(1, journey.stages().size());
    }

    private double stages(List<Node> out, double top) {
        out.add(JourneyLayout.laneLabel(words.get("overview.stages"), top + 18));
        double w = column();
        List<Stage> stages = journey.stages();
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            double x = left + i * w;
            List<Node> parts = new ArrayList<>();
            parts.add(new Box(Role.STAGE_HEADER, x + 1, top, Math.max(1, w - 2), HEADER, 6, i, false));
            if (w >= MIN_NAMED_COLUMN) {
                List<String> name = TextWrap.wrap(s.name(), 12, true, w - 14, 2);
                parts.add(JourneyLayout.text(Role.STAGE_NAME, 12, true, Anchor.START, name, x + 7, top + 17, 15));
                if (name.size() < 2) {
                    String count = TextWrap.line(words.get("overview.touchpoints", s.touchpoints().size()), 10,
                            false, w - 14);
                    parts.add(JourneyLayout.text(Role.STAGE_GOAL, 10, false, Anchor.START, List.of(count), x + 7,
                            top + 40, 12));
                }
            }
            out.add(new Group(Role.STAGE, s.name() + "\n"
                    + words.get("overview.touchpoints", s.touchpoints().size()), parts));
        }
        return top + HEADER;
    }

    private double emotion(List<Node> out, double top) {
        out.add(new Box(Role.EMOTION_LANE, left, top, right - left, emotionHeight, 6, 0, false));
        out.add(JourneyLayout.laneLabel(words.get("lane.emotion"), top + 18));
        out.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.START,
                List.of(words.emotion(Emotion.DELIGHTED)), left + 6, top + 14, 12));
        out.add(JourneyLayout.text(Role.AXIS_LABEL, 10, false, Anchor.START, List.of(words.emotion(Emotion.ANGRY)),
                left + 6, top + emotionHeight - 6, 12));
        double mid = top + emotionHeight / 2;
        out.add(new Path(Role.EMOTION_ZERO, List.of(new MoveTo(left, mid), new LineTo(right, mid)), false, true));
        double w = column();
        double scale = (emotionHeight / 2 - 20) / 2;
        List<PathOp> curve = new ArrayList<>();
        List<Node> points = new ArrayList<>();
        List<Stage> stages = journey.stages();
        for (int i = 0; i < stages.size(); i++) {
            Optional<Double> mean = mean(stages.get(i));
            if (mean.isEmpty()) {
                continue;
            }
            double x = left + (i + 0.5) * w;
            double y = mid - mean.get() * scale;
            curve.add(curve.isEmpty() ? new MoveTo(x, y) : new LineTo(x, y));
            points.add(new Marker(Role.EMOTION_POINT, Shape.CIRCLE, x, y, 5, (int) Math.round(mean.get())));
        }
        if (curve.size() > 1) {
            out.add(new Path(Role.EMOTION_CURVE, curve, false, false));
        }
        out.addAll(points);
        return top + emotionHeight;
    }

    /** The mean emotion of a stage's touchpoints that have one. */
    private static Optional<Double> mean(Stage stage) {
        double sum = 0;
        int n = 0;
        for (Touchpoint t : stage.touchpoints()) {
            Optional<Double> m = t.meanEmotion();
            if (m.isPresent()) {
                sum += m.get();
                n++;
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(sum / n);
    }

    private double funnel(List<Node> out, double top) {
        out.add(new Box(Role.LANE, left, top, right - left, funnelHeight, 6, 0, false));
        out.add(JourneyLayout.laneLabel(words.get("overview.funnel"), top + 18));
        double w = column();
        double full = funnelHeight - 34;
        List<StageAnalysis> stages = analysis.stages();
        for (int i = 0; i < stages.size(); i++) {
            double reach = Math.max(0, Math.min(1, stages.get(i).funnel().reach()));
            double x = left + i * w;
            double bar = Math.max(1, reach * full);
            double barWidth = Math.max(1, Math.min(w - 12, 80));
            double bx = x + (w - barWidth) / 2;
            List<Node> parts = new ArrayList<>();
            parts.add(new Box(Role.FUNNEL_BAR, bx, top + funnelHeight - 8 - bar, barWidth, bar, 2, 0, false));
            String share = words.percent(reach);
            if (TextWrap.width(share, 10, true) <= w - 4) {
                parts.add(JourneyLayout.text(Role.METRIC_TEXT, 10, true, Anchor.MIDDLE, List.of(share),
                        x + w / 2, top + funnelHeight - 12 - bar, 12));
            }
            out.add(new Group(Role.LANE_CELL, stageName(stages.get(i).stageId()) + ": "
                    + words.get("card.reach", share), parts));
        }
        return top + funnelHeight;
    }

    private void hotspots(List<Node> out, double top) {
        out.add(JourneyLayout.laneLabel(words.get("overview.hotspots"), top + 18));
        List<Hotspot> top3 = analysis.hotspots().stream().limit(3).toList();
        if (top3.isEmpty()) {
            out.add(JourneyLayout.text(Role.DETAIL_TEXT, 11, false, Anchor.START,
                    List.of(TextWrap.line(words.get("overview.noHotspots"), 11, false, right - left)), left,
                    top + 18, 14));
            return;
        }
        double w = (right - left) / 3;
        for (int i = 0; i < top3.size(); i++) {
            Hotspot h = top3.get(i);
            double x = left + i * w;
            String id = h.touchpoint().touchpointId();
            String name = journey.touchpoints().stream().filter(t -> t.id().equals(id)).map(Touchpoint::name)
                    .findFirst().orElse(id);
            List<Node> parts = new ArrayList<>();
            parts.add(new Marker(Role.HOTSPOT_BADGE, Shape.CIRCLE, x + 10, top + 13, 10, 0));
            parts.add(JourneyLayout.text(Role.HOTSPOT_RANK, 10, true, Anchor.MIDDLE,
                    List.of(words.count(h.rank())), x + 10, top + 17, 12));
            List<String> lines = TextWrap.wrap(name, 12, true, w - 40, 2);
            parts.add(JourneyLayout.text(Role.CARD_NAME, 12, true, Anchor.START, lines, x + 28, top + 17, 15));
            String detail = words.get("overview.hotspot", stageName(h.touchpoint().stageId()),
                    words.decimal(h.touchpoint().friction(), 2),
                    words.decimal(h.touchpoint().impact(), 2));
            parts.add(JourneyLayout.text(Role.DETAIL_TEXT, 10, false, Anchor.START,
                    TextWrap.wrap(detail, 10, false, w - 40, 2), x + 28, top + 17 + lines.size() * 15, 12));
            out.add(new Group(Role.LANE_CELL, id, name + "\n" + detail, parts));
        }
    }

    private String stageName(String id) {
        return journey.stages().stream().filter(s -> s.id().equals(id)).map(Stage::name).findFirst().orElse(id);
    }
}
