package dev.journeymaps.model.diff;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compares a journey's current state with its future state. Touchpoints are paired by id first, then, among those left,
 * by name (ignoring case and surrounding spaces), so a redesign that renamed ids still lines up.
 */
public final class JourneyDiffer {

    private JourneyDiffer() {}

    /** The comparison of {@code current} (analysed as {@code currentAnalysis}) with {@code future}. */
    public static JourneyDiff compare(
            Journey current, JourneyAnalysis currentAnalysis, Journey future, JourneyAnalysis futureAnalysis) {
        Map<String, Touchpoint> unmatched = new LinkedHashMap<>();
        future.touchpoints().forEach(t -> unmatched.putIfAbsent(t.id(), t));
        Map<Touchpoint, Touchpoint> pairs = new LinkedHashMap<>();
        Map<Touchpoint, TouchpointChange.MatchedBy> how = new LinkedHashMap<>();
        for (Touchpoint t : current.touchpoints()) {
            Touchpoint same = unmatched.remove(t.id());
            if (same != null) {
                pairs.put(t, same);
                how.put(t, TouchpointChange.MatchedBy.ID);
            }
        }
        for (Touchpoint t : current.touchpoints()) {
            if (!pairs.containsKey(t)) {
                unmatched.values().stream().filter(f -> key(f.name()).equals(key(t.name()))).findFirst()
                        .ifPresent(f -> {
                            unmatched.remove(f.id());
                            pairs.put(t, f);
                            how.put(t, TouchpointChange.MatchedBy.NAME);
                        });
            }
        }
        Function<Touchpoint, TouchpointSide> before = t -> side(current, currentAnalysis, t);
        Function<Touchpoint, TouchpointSide> after = t -> side(future, futureAnalysis, t);
        List<TouchpointChange> changes = new ArrayList<>();
        for (Touchpoint t : current.touchpoints()) {
            Touchpoint f = pairs.get(t);
            if (f == null) {
                changes.add(new TouchpointChange(TouchpointChange.Kind.REMOVED, TouchpointChange.MatchedBy.NONE,
                        Optional.of(before.apply(t)), Optional.empty(), List.of()));
            } else {
                List<String> differences = differences(current, t, future, f);
                changes.add(new TouchpointChange(
                        differences.isEmpty() ? TouchpointChange.Kind.UNCHANGED : TouchpointChange.Kind.CHANGED,
                        how.get(t), Optional.of(before.apply(t)), Optional.of(after.apply(f)), differences));
            }
        }
        for (Touchpoint f : unmatched.values()) {
            changes.add(new TouchpointChange(TouchpointChange.Kind.ADDED, TouchpointChange.MatchedBy.NONE,
                    Optional.empty(), Optional.of(after.apply(f)), List.of()));
        }
        return new JourneyDiff(
                current.id(),
                future.id(),
                changes,
                changes.stream().filter(c -> hot(c.before()) && !hot(c.after())).toList(),
                changes.stream().filter(c -> hot(c.after()) && !hot(c.before())).toList(),
                changes.stream().filter(c -> hot(c.before()) && hot(c.after())).toList(),
                currentAnalysis.experienceScore(),
                futureAnalysis.experienceScore());
    }

    private static boolean hot(Optional<TouchpointSide> side) {
        return side.map(TouchpointSide::isHotspot).orElse(false);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static TouchpointSide side(Journey journey, JourneyAnalysis analysis, Touchpoint t) {
        Optional<TouchpointAnalysis> a = analysis.touchpoint(t.id());
        return new TouchpointSide(t.id(), t.name(), stageOf(journey, t).map(Stage::id).orElse(""),
                a.map(TouchpointAnalysis::friction).orElse(0.0),
                a.map(TouchpointAnalysis::reach).orElse(0.0),
                a.map(TouchpointAnalysis::impact).orElse(0.0),
                analysis.hotspotRank(t.id()));
    }

    private static Optional<Stage> stageOf(Journey journey, Touchpoint t) {
        return journey.stages().stream().filter(s -> s.touchpoints().contains(t)).findFirst();
    }

    /** What differs between the two sides of a pair, in the words a CX reader uses. */
    private static List<String> differences(Journey current, Touchpoint a, Journey future, Touchpoint b) {
        List<String> out = new ArrayList<>();
        differ(out, "id", a.id(), b.id());
        differ(out, "name", a.name(), b.name());
        differ(out, "stage", stageOf(current, a).map(Stage::name).orElse(""),
                stageOf(future, b).map(Stage::name).orElse(""));
        differ(out, "channel", a.channel(), b.channel());
        differ(out, "emotion", emotion(a), emotion(b));
        differ(out, "effort", a.effort().isPresent() ? String.valueOf(a.effort().getAsInt()) : "",
                b.effort().isPresent() ? String.valueOf(b.effort().getAsInt()) : "");
        List<String> painA = a.painPoints().stream().map(PainPoint::text).toList();
        List<String> painB = b.painPoints().stream().map(PainPoint::text).toList();
        if (!painA.equals(painB)) {
            out.add(painA.size() == painB.size() ? "pain points changed"
                    : "pain points " + painA.size() + " → " + painB.size());
        }
        if (a.opportunities().size() != b.opportunities().size()) {
            out.add("opportunities " + a.opportunities().size() + " → " + b.opportunities().size());
        }
        if (!a.metrics().equals(b.metrics())) {
            out.add("metrics changed");
        }
        List<String> nextA = a.next().stream().map(n -> n.to() + n.share()).toList();
        List<String> nextB = b.next().stream().map(n -> n.to() + n.share()).toList();
        if (!nextA.equals(nextB) || a.exit() != b.exit()) {
            out.add("next steps changed");
        }
        return out;
    }

    private static String emotion(Touchpoint t) {
        if (!t.emotionByPersona().isEmpty()) {
            StringBuilder b = new StringBuilder();
            t.emotionByPersona().forEach((p, e) -> b.append(b.length() == 0 ? "" : ", ").append(p).append(' ')
                    .append(e.label()));
            return b.toString();
        }
        return t.emotion().map(Emotion::label).orElse("");
    }

    private static void differ(List<String> out, String what, String before, String after) {
        if (!before.equals(after)) {
            out.add(what + " " + (before.isEmpty() ? "(none)" : before) + " → " + (after.isEmpty() ? "(none)" : after));
        }
    }
}
