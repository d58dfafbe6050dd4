package dev.journeymaps.model.mermaid;

import dev.journeymaps.model.CleanText;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes a journey as a Mermaid {@code journey} diagram: stages as sections, touchpoints as tasks, emotions -2..+2 as
 * scores 1..5, actors by their personas' names. {@code #}, {@code :} and {@code ;} in names are written as Mermaid's
 * entity codes ({@code #35;}, {@code #58;}, {@code #59;}), line breaks as {@code <br>}. Next steps with their shares,
 * exits and their outcome go into {@code %% journey-maps} comments under their task, which Mermaid skips and import
 * reads back. The same journey gives the same text.
 */
public final class MermaidWriter {

    private MermaidWriter() {}

    /** {@code journey} as a Mermaid diagram, with the list of what the diagram cannot carry. */
    public static MermaidExport write(Journey journey) {
        // The steps name tasks by the ids import will give them: made from the names as the reader reads them.
        Slugs slugs = new Slugs("task");
        List<String> ids = journey.touchpoints().stream()
                .map(t -> slugs.of(Entities.decode(Entities.protect(Entities.encode(CleanText.stripped(t.name()), "")).strip())))
                .toList();
        List<String> carried = carried(journey, ids);
        List<String> lost = new ArrayList<>();
        String text = diagram(journey, carried, lost);
        return new MermaidExport(text, notCarried(journey, !carried.isEmpty()), lost);
    }

    /**
     * The {@code %% journey-maps} comments of each touchpoint, in journey order (empty where there is nothing to
     * say): its written next steps by their tasks' ids, and for an exit that is not simply the last task, that it
     * is one and its outcome. Mermaid skips them as comments; import reads them back.
     */
    private static List<String> carried(Journey journey, List<String> ids) {
        List<Touchpoint> all = journey.touchpoints();
        java.util.Map<String, String> idOf = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            idOf.putIfAbsent(all.get(i).id(), ids.get(i));
        }
        List<String> comments = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < all.size(); i++) {
            Touchpoint t = all.get(i);
            StringBuilder c = new StringBuilder();
            List<String> steps = t.next().stream().filter(n -> idOf.containsKey(n.to()))
                    .map(n -> idOf.get(n.to()) + (n.share().isPresent() ? " " + share(n.share().getAsDouble()) : ""))
                    .toList();
            if (!steps.isEmpty()) {
                c.append(MermaidReader.CARRIED).append(" next: ").append(String.join(", ", steps));
            }
            if (t.outcome().isPresent()) {
                c.append(c.isEmpty() ? "" : "\n").append(MermaidReader.CARRIED).append(" outcome: ")
                        .append(t.outcome().get().label());
            } else if (t.exit() && i < all.size() - 1) {
                c.append(c.isEmpty() ? "" : "\n").append(MermaidReader.CARRIED).append(" exit");
            }
            any |= !c.isEmpty();
            comments.add(c.toString());
        }
        return any ? comments : List.of();
    }

    private static String share(double share) {
        String s = String.format(Locale.ROOT, "%.6f", share).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The diagram, with {@code carried} comments under each task when given; the personas no task names go to {@code lost}. */
    private static String diagram(Journey journey, List<String> carried, List<String> lost) {
        StringBuilder out = new StringBuilder("journey\n");
        Set<String> acting = new HashSet<>();
        Set<String> named = new HashSet<>();
        journey.touchpoints().forEach(t -> named.addAll(t.actors()));
        boolean nameAll = journey.personas().stream().anyMatch(p -> !named.contains(p.id()));
        out.append("    title ").append(Entities.encode(CleanText.stripped(journey.title()), "")).append('\n');
        if (!journey.description().isBlank()) {
            if (journey.description().contains("\n")) {
                out.append("    accDescr {\n");
                journey.description().strip().lines().forEach(l -> out.append("        ")
                        .append(Entities.encode(CleanText.stripped(l), "{}")).append('\n'));
                out.append("    }\n");
            } else {
                out.append("    accDescr: ").append(Entities.encode(CleanText.stripped(journey.description()), "")).append('\n');
            }
        }
        int task = 0;
        for (int i = 0; i < journey.stages().size(); i++) {
            Stage stage = journey.stages().get(i);
            String indent = "    ";
            if (!(i == 0 && stage.id().equals(MermaidReader.NO_SECTION_STAGE))) {
                out.append("    section ").append(Entities.encode(CleanText.stripped(stage.name()), "")).append('\n');
                indent = "      ";
            }
            for (Touchpoint t : stage.touchpoints()) {
                out.append(indent).append(Entities.encode(CleanText.stripped(t.name()), "")).append(": ").append(score(t));
                // No actors means every persona. Mermaid knows personas only as actors: when some persona is named
                // by no task, such tasks name them all, or an import would lose that persona.
                List<String> ids = t.actors().isEmpty() && nameAll
                        ? journey.personas().stream().map(Persona::id).toList() : t.actors();
                ids.forEach(acting::add);
                String actors = ids.stream()
                        .map(id -> journey.persona(id).map(Persona::name).orElse(id))
                        .map(name -> Entities.encode(CleanText.stripped(name), ","))
                        .collect(Collectors.joining(", "));
                out.append(actors.isEmpty() ? "" : ": " + actors).append('\n');
                String comment = carried.isEmpty() ? "" : carried.get(task);
                if (!comment.isEmpty()) {
                    String at = indent;
                    comment.lines().forEach(line -> out.append(at).append(line).append('\n'));
                }
                task++;
            }
        }
        journey.personas().stream().map(Persona::id).filter(id -> !acting.contains(id)).forEach(lost::add);
        return out.toString();
    }

    /** Emotion -2..+2 as Mermaid's 1..5; the mean when personas feel differently; 3 (neutral) when none is given. */
    private static int score(Touchpoint t) {
        return 3 + (int) Math.round(t.meanEmotion().orElse(0.0));
    }

    private static List<String> notCarried(Journey journey, boolean flowCarried) {
        List<Touchpoint> all = journey.touchpoints();
        List<String> lost = new ArrayList<>();
        count(lost, all.stream().mapToLong(t -> t.painPoints().size()).sum(), "pain point");
        count(lost, all.stream().mapToLong(t -> t.opportunities().size()).sum(), "opportunity");
        on(lost, all, t -> !t.metrics().isEmpty(), "metrics");
        if (flowCarried) {
            on(lost, all, t -> t.next().stream().anyMatch(n -> !n.label().isBlank()), "labels of next steps");
        } else {
            on(lost, all, t -> !t.next().isEmpty(), "next steps (branches, loops, shares)");
            on(lost, all, t -> t.exit() && t != all.get(all.size() - 1), "exits before the end");
        }
        on(lost, all, t -> !t.emotionByPersona().isEmpty(), "emotions per persona (written as their mean)");
        on(lost, all, t -> !t.hasEmotion(), "no emotion (written as 3, neutral)");
        on(lost, all, t -> !t.channel().isBlank(), "channels");
        on(lost, all, t -> !t.thought().isBlank(), "thoughts");
        on(lost, all, t -> t.effort().isPresent(), "effort");
        on(lost, all, Touchpoint::momentOfTruth, "moment of truth");
        on(lost, all, t -> t.evidence().isPresent(), "evidence");
        on(lost, all, t -> !t.backstage().isEmpty() || !t.support().isEmpty(), "backstage and support actions");
        long detailed = journey.personas().stream().filter(p -> !p.description().isBlank()
                || !p.demographics().isEmpty() || !p.goals().isEmpty() || !p.motivations().isEmpty()
                || !p.frustrations().isEmpty() || !p.needs().isEmpty()).count();
        if (detailed > 0) {
            lost.add(detailed + " persona" + (detailed == 1 ? "'s" : "s'")
                    + " details (description, demographics, goals, motivations, frustrations, needs)");
        }
        long goals = journey.stages().stream().filter(s -> !s.goal().isBlank()).count();
        if (goals > 0) {
            lost.add("goals of " + goals + " stage" + (goals == 1 ? "" : "s"));
        }
        if (!journey.lang().isBlank() && !journey.lang().toLowerCase(Locale.ROOT).startsWith("en")) {
            lost.add("the language (lang: " + journey.lang() + ")");
        }
        return lost;
    }

    private static void count(List<String> lost, long n, String what) {
        if (n > 0) {
            lost.add(n + " " + (n == 1 ? what : what.endsWith("y") ? what.replaceAll("y$", "ies") : what + "s"));
        }
    }

    private static void on(List<String> lost, List<Touchpoint> all, Predicate<Touchpoint> has, String what) {
        long n = all.stream().filter(has).count();
        if (n > 0) {
            lost.add(what + " on " + n + " touchpoint" + (n == 1 ? "" : "s"));
        }
    }
}
