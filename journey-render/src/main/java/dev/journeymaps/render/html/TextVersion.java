package dev.journeymaps.render.html;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Opportunity;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The map told in words, stage by stage, for screen readers and e-mail: plain text in the journey's language (see
 * {@link Words}) that each output language escapes its own way (HTML through Thymeleaf, Markdown through
 * {@link MarkdownReport}).
 */
final class TextVersion {

    /** One stage: a paragraph of prose and one table row per touchpoint. */
    record StageText(String id, String name, String prose, List<Row> rows) {}

    /** A touchpoint as a table row; every cell is plain text, {@code "—"} when there is nothing to say. */
    record Row(String id, String name, String channel, String who, String emotion, String effort, String pains,
            String opportunities) {}

    static final String NONE = "—";

    private TextVersion() {}

    static List<StageText> of(Journey journey, Words words) {
        List<StageText> stages = new ArrayList<>();
        for (Stage stage : journey.stages()) {
            List<Row> rows = stage.touchpoints().stream().map(t -> row(journey, t, words)).toList();
            stages.add(new StageText(stage.id(), stage.name(), prose(journey, stage, words), rows));
        }
        return stages;
    }

    private static String prose(Journey journey, Stage stage, Words words) {
        List<Touchpoint> touchpoints = stage.touchpoints();
        List<String> sentences = new ArrayList<>();
        if (!stage.goal().isBlank()) {
            sentences.add(words.get("prose.goal", stage.goal().strip()) + sentenceEnd(stage.goal()));
        }
        if (touchpoints.isEmpty()) {
            sentences.add(words.get("prose.noTouchpoints"));
            return String.join(" ", sentences);
        }
        String names = String.join(words.get("prose.then"),
                touchpoints.stream().map(t -> nameWithChannel(t, words)).toList());
        sentences.add(touchpoints.size() == 1 ? words.get("prose.oneTouchpoint", names)
                : words.get("prose.touchpoints", touchpoints.size(), names));
        feelings(journey, touchpoints, words).ifPresent(sentences::add);
        long pains = touchpoints.stream().mapToLong(t -> t.painPoints().size()).sum();
        if (pains > 0) {
            PainPoint worst = touchpoints.stream().flatMap(t -> t.painPoints().stream())
                    .max(Comparator.comparing(PainPoint::severity)).orElseThrow();
            String severity = words.severity(worst.severity());
            sentences.add(pains == 1 ? words.get("prose.onePain", severity, words.quoted(worst.text()))
                    : words.get("prose.pains", pains, severity, words.quoted(worst.text())));
        }
        touchpoints.stream().filter(Touchpoint::exit)
                .forEach(t -> sentences.add(words.get("prose.exit", words.quoted(t.name()))));
        return String.join(" ", sentences).strip();
    }

    private static Optional<String> feelings(Journey journey, List<Touchpoint> touchpoints, Words words) {
        List<Touchpoint> felt = touchpoints.stream().filter(t -> overall(t).isPresent()).toList();
        if (felt.isEmpty()) {
            return Optional.empty();
        }
        Touchpoint best = felt.stream().max(Comparator.comparingDouble(t -> overall(t).orElseThrow())).orElseThrow();
        Touchpoint worst = felt.stream().min(Comparator.comparingDouble(t -> overall(t).orElseThrow())).orElseThrow();
        if (best == worst) {
            return Optional.of(words.get("prose.feelsAt", words.quoted(best.name()), emotion(journey, best, words)));
        }
        return Optional.of(words.get("prose.feelsBestWorst", words.quoted(best.name()), emotion(journey, best, words),
                words.quoted(worst.name()), emotion(journey, worst, words)));
    }

    /** The mean emotion score over everyone who said how they feel here. */
    private static Optional<Double> overall(Touchpoint t) {
        if (t.emotion().isPresent()) {
            return Optional.of((double) t.emotion().get().score());
        }
        return t.emotionByPersona().values().stream().mapToInt(Emotion::score).average().stream().boxed().findFirst();
    }

    private static Row row(Journey journey, Touchpoint t, Words words) {
        return new Row(
                t.id(),
                t.name() + (t.momentOfTruth() ? " (" + words.get("badge.momentOfTruth") + ")" : "")
                        + (t.exit() ? " (" + words.get("badge.exit") + ")" : ""),
                orNone(words.channel(t.channel())),
                who(journey, t, words),
                emotion(journey, t, words),
                t.effort().isPresent() ? effort(t.effort().getAsInt(), words) : NONE,
                t.painPoints().isEmpty() ? NONE : words.items(pains(t, words)),
                t.opportunities().isEmpty() ? NONE : words.items(t.opportunities().stream()
                        .map(o -> opportunity(o, words)).toList()));
    }

    static String who(Journey journey, Touchpoint t, Words words) {
        if (t.actors().isEmpty()) {
            return words.get("who.everyone");
        }
        return words.list(t.actors().stream().map(a -> journey.persona(a).map(Persona::name).orElse(a)).toList());
    }

    static String emotion(Journey journey, Touchpoint t, Words words) {
        if (t.emotion().isPresent()) {
            return words.emotion(t.emotion().get());
        }
        if (t.emotionByPersona().isEmpty()) {
            return NONE;
        }
        return words.list(t.emotionByPersona().entrySet().stream()
                .map(e -> words.get("emotion.of", journey.persona(e.getKey()).map(Persona::name).orElse(e.getKey()),
                        words.emotion(e.getValue())))
                .toList());
    }

    static String effort(int effort, Words words) {
        return words.get("effort.of", effort);
    }

    /** Each pain point with its severity in brackets: "Card form rejects spaces (medium)". */
    static List<String> pains(Touchpoint t, Words words) {
        return t.painPoints().stream().map(p -> p.text() + " (" + words.severity(p.severity()) + ")").toList();
    }

    static String opportunity(Opportunity o, Words words) {
        List<String> parts = new ArrayList<>();
        if (!o.owner().isBlank()) {
            parts.add(words.get("opportunity.owner", o.owner()));
        }
        o.due().ifPresent(d -> parts.add(words.get("opportunity.due", words.date(d))));
        if (!o.kpi().isBlank()) {
            parts.add(words.get("opportunity.kpiOf", o.kpi()));
        }
        return o.text() + (parts.isEmpty() ? "" : " (" + words.list(parts) + ")");
    }

    private static String nameWithChannel(Touchpoint t, Words words) {
        return words.quoted(t.name()) + (t.channel().isBlank() ? "" : " (" + words.channel(t.channel()) + ")");
    }

    private static String orNone(String text) {
        return text.isBlank() ? NONE : text;
    }

    /** Nothing when the text ends a sentence itself (in Latin or Arabic script), else a full stop. */
    private static String sentenceEnd(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("؟") ? "" : ".";
    }
}
