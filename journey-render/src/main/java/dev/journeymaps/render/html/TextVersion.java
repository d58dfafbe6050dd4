package dev.journeymaps.render.html;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Opportunity;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The map told in words, stage by stage, for screen readers and e-mail: plain text that each output language escapes
 * its own way (HTML through Thymeleaf, Markdown through {@link MarkdownReport}).
 */
final class TextVersion {

    /** One stage: a paragraph of prose and one table row per touchpoint. */
    record StageText(String id, String name, String prose, List<Row> rows) {}

    /** A touchpoint as a table row; every cell is plain text, {@code "—"} when there is nothing to say. */
    record Row(String id, String name, String channel, String who, String emotion, String effort, String pains,
            String opportunities) {}

    static final String NONE = "—";

    private TextVersion() {}

    static List<StageText> of(Journey journey) {
        List<StageText> stages = new ArrayList<>();
        for (Stage stage : journey.stages()) {
            List<Row> rows = stage.touchpoints().stream().map(t -> row(journey, t)).toList();
            stages.add(new StageText(stage.id(), stage.name(), prose(journey, stage), rows));
        }
        return stages;
    }

    private static String prose(Journey journey, Stage stage) {
        List<Touchpoint> touchpoints = stage.touchpoints();
        StringBuilder text = new StringBuilder();
        if (!stage.goal().isBlank()) {
            text.append("The customer's goal: ").append(stage.goal().strip()).append(sentenceEnd(stage.goal()));
        }
        if (touchpoints.isEmpty()) {
            return text.append("This stage has no touchpoints yet.").toString().strip();
        }
        text.append(touchpoints.size() == 1 ? "There is one touchpoint: " : "They go through "
                + touchpoints.size() + " touchpoints: ");
        text.append(touchpoints.stream().map(TextVersion::nameWithChannel).collect(Collectors.joining(", then ")));
        text.append(". ");
        feelings(journey, touchpoints).ifPresent(text::append);
        long pains = touchpoints.stream().mapToLong(t -> t.painPoints().size()).sum();
        if (pains > 0) {
            PainPoint worst = touchpoints.stream().flatMap(t -> t.painPoints().stream())
                    .max(Comparator.comparing(PainPoint::severity)).orElseThrow();
            text.append(pains == 1 ? "One pain point" : pains + " pain points").append(" hurt here; the worst ("
                    + worst.severity().label() + "): " + quote(worst.text()) + ". ");
        }
        touchpoints.stream().filter(Touchpoint::exit).forEach(t -> text.append("Customers end their journey at ")
                .append(quote(t.name())).append(". "));
        return text.toString().strip();
    }

    private static Optional<String> feelings(Journey journey, List<Touchpoint> touchpoints) {
        List<Touchpoint> felt = touchpoints.stream().filter(t -> overall(t).isPresent()).toList();
        if (felt.isEmpty()) {
            return Optional.empty();
        }
        Touchpoint best = felt.stream().max(Comparator.comparingDouble(t -> overall(t).orElseThrow())).orElseThrow();
        Touchpoint worst = felt.stream().min(Comparator.comparingDouble(t -> overall(t).orElseThrow())).orElseThrow();
        if (best == worst) {
            return Optional.of("At " + quote(best.name()) + " they feel " + emotion(journey, best) + ". ");
        }
        return Optional.of("They feel best at " + quote(best.name()) + " (" + emotion(journey, best) + ") and worst at "
                + quote(worst.name()) + " (" + emotion(journey, worst) + "). ");
    }

    /** The mean emotion score over everyone who said how they feel here. */
    private static Optional<Double> overall(Touchpoint t) {
        if (t.emotion().isPresent()) {
            return Optional.of((double) t.emotion().get().score());
        }
        return t.emotionByPersona().values().stream().mapToInt(Emotion::score).average().stream().boxed().findFirst();
    }

    private static Row row(Journey journey, Touchpoint t) {
        return new Row(
                t.id(),
                t.name() + (t.momentOfTruth() ? " (moment of truth)" : "") + (t.exit() ? " (exit)" : ""),
                orNone(t.channel()),
                who(journey, t),
                emotion(journey, t),
                t.effort().isPresent() ? t.effort().getAsInt() + " of 5" : NONE,
                t.painPoints().isEmpty() ? NONE : t.painPoints().stream()
                        .map(p -> p.text() + " (" + p.severity().label() + ")").collect(Collectors.joining("; ")),
                t.opportunities().isEmpty() ? NONE : t.opportunities().stream().map(TextVersion::opportunity)
                        .collect(Collectors.joining("; ")));
    }

    static String who(Journey journey, Touchpoint t) {
        if (t.actors().isEmpty()) {
            return "everyone";
        }
        return t.actors().stream().map(a -> journey.persona(a).map(Persona::name).orElse(a))
                .collect(Collectors.joining(", "));
    }

    static String emotion(Journey journey, Touchpoint t) {
        if (t.emotion().isPresent()) {
            return t.emotion().get().label();
        }
        if (t.emotionByPersona().isEmpty()) {
            return NONE;
        }
        return t.emotionByPersona().entrySet().stream()
                .map(e -> journey.persona(e.getKey()).map(Persona::name).orElse(e.getKey()) + ": " + e.getValue().label())
                .collect(Collectors.joining(", "));
    }

    static String opportunity(Opportunity o) {
        List<String> parts = new ArrayList<>();
        if (!o.owner().isBlank()) {
            parts.add("owner " + o.owner());
        }
        o.due().ifPresent(d -> parts.add("due " + d));
        if (!o.kpi().isBlank()) {
            parts.add("KPI " + o.kpi());
        }
        return o.text() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    private static String nameWithChannel(Touchpoint t) {
        return quote(t.name()) + (t.channel().isBlank() ? "" : " (" + t.channel() + ")");
    }

    private static String quote(String text) {
        return "“" + text.strip() + "”";
    }

    private static String orNone(String text) {
        return text.isBlank() ? NONE : text;
    }

    private static String sentenceEnd(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? " " : ". ";
    }
}
