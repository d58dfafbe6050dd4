package dev.journeymaps.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The journey as one persona lives it, their <em>route</em>: the one place that says which touchpoints, steps and
 * emotions are theirs, for the analysis (each persona routed separately) and for a persona's map alike.
 *
 * <p>A persona's route holds the touchpoints that involve them ({@link Touchpoint#involves}: those naming no persona
 * involve everybody), in their stages (a stage may be left empty), with only their own emotion. A written step to a
 * touchpoint of other personas is dropped; the steps kept then carry what the touchpoint passed on in the whole
 * journey (when they all have written shares, those are scaled up in proportion), so a touchpoint loses no more of
 * this persona than of everybody. A touchpoint without {@code next} leads to the following touchpoint <em>of the
 * route</em>, so the default wiring never joins two personas' paths. Where the route ends and the journey does not
 * (every written step leads to other personas, or the persona's last touchpoint is not the journey's), the
 * persona's part is done and others carry on: an exit with {@code outcome: completed}, not customers giving up.
 * Entries ({@code journey.entries}) that are not in the route are left out and the rest scaled to sum to 1
 * ({@code EntryShares}).
 */
public final class PersonaRoutes {

    /**
     * The most touchpoints all personas' routes may hold together (each touchpoint once per persona it involves) for
     * the analysis to route them separately; past it the journey is analysed as one graph, with a warning
     * ({@code flow.persona-routes-too-large}). Each route is analysed touchpoint by touchpoint, explanations and all,
     * beside the whole journey's analysis, and the map is drawn while both are held: routes of 2,000,000 touchpoints,
     * the first bound, needed gigabytes; at 100,000, the next, a journey of 100,000 touchpoints that each name one of
     * their personas held two analyses of 100,000 touchpoints (about 250 MB) and ran out of a 512 MB heap while its map
     * was laid out. Half of the largest journey the default limits read keeps such a journey within 512 MB, routes
     * and all (a journey of 50,000 touchpoints of two personas: 0.5 GB resident, 13 s of CPU).
     */
    public static final long MAX_TOUCHPOINTS = 50_000L;

    private PersonaRoutes() {}

    /**
     * Whether the journey's touchpoints name their personas: some touchpoint leaves out at least one of the journey's
     * personas. Only then do the routes of its personas differ in their touchpoints and steps.
     */
    public static boolean differ(Journey journey) {
        if (journey.personas().isEmpty()) {
            return false;
        }
        for (Stage s : journey.stages()) {
            for (Touchpoint t : s.touchpoints()) {
                if (!t.actors().isEmpty() && !journey.personas().stream().allMatch(p -> t.involves(p.id()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The touchpoints of every persona's route, summed: the size of routing them all separately. */
    public static long size(Journey journey) {
        // Each touchpoint counts the personas it involves: all of them when it names none, else the personas its
        // actors name (by id, as often as the journey lists them), each actor once. Asking every persona of every
        // touchpoint was a hundredth of a large journey's run, and four callers ask.
        Map<String, Integer> personas = new HashMap<>();
        journey.personas().forEach(p -> personas.merge(p.id(), 1, Integer::sum));
        long size = 0;
        for (Stage s : journey.stages()) {
            for (Touchpoint t : s.touchpoints()) {
                List<String> actors = t.actors();
                if (actors.isEmpty()) {
                    size += journey.personas().size();
                    continue;
                }
                for (int i = 0; i < actors.size(); i++) {
                    String actor = actors.get(i);
                    if (actors.indexOf(actor) == i) {
                        size += personas.getOrDefault(actor, 0);
                    }
                }
            }
        }
        return size;
    }

    /**
     * The route of {@code personaId} through {@code journey}, as a journey of its own: same id, title, settings and
     * stages, the persona alone, their touchpoints only.
     *
     * @throws IllegalArgumentException when the journey has no such persona
     */
    public static Journey of(Journey journey, String personaId) {
        Persona persona = journey.persona(personaId).orElseThrow(() -> new IllegalArgumentException(
                "no persona '" + personaId + "' in journey '" + journey.id() + "'; personas are "
                        + journey.personas().stream().map(Persona::id).toList()));
        Set<String> kept = new HashSet<>();
        for (Stage s : journey.stages()) {
            for (Touchpoint t : s.touchpoints()) {
                if (t.involves(personaId)) {
                    kept.add(t.id());
                }
            }
        }
        List<Touchpoint> all = journey.touchpoints();
        Touchpoint last = all.isEmpty() ? null : all.get(all.size() - 1);
        Touchpoint lastKept = null;
        for (Touchpoint t : all) {
            lastKept = t.involves(personaId) ? t : lastKept;
        }
        Touchpoint ends = lastKept != last && lastKept != null && !lastKept.exit() && lastKept.next().isEmpty()
                ? lastKept : null;
        // Loops, not streams: this runs for every touchpoint of every persona's route, and a stream with lambdas
        // that capture is a chain of calls and objects the launcher's compiler (C1) does not fold away.
        List<Stage> stages = new ArrayList<>(journey.stages().size());
        for (Stage s : journey.stages()) {
            List<Touchpoint> theirs = new ArrayList<>();
            for (Touchpoint t : s.touchpoints()) {
                if (t.involves(personaId)) {
                    theirs.add(t == ends ? own(t, personaId, kept).toBuilder().outcome(Outcome.COMPLETED).build()
                            : own(t, personaId, kept));
                }
            }
            stages.add(new Stage(s.id(), s.name(), s.goal(), theirs, s.location())); // which copies it
        }
        return new Journey(journey.id(), journey.title(), journey.description(), journey.lang(), List.of(persona),
                stages, journey.location(), journey.settings());
    }

    private static Touchpoint own(Touchpoint t, String personaId, Set<String> kept) {
        Emotion own = t.emotionByPersona().get(personaId);
        Map<String, Emotion> emotions = own == null ? Map.of() : Map.of(personaId, own);
        List<Transition> next = new ArrayList<>(t.next().size());
        for (Transition n : t.next()) {
            if (kept.contains(n.to())) {
                next.add(n);
            }
        }
        next = List.copyOf(next);
        if (next.size() == t.next().size() && emotions.size() == t.emotionByPersona().size()) {
            return t;
        }
        JourneyBuilder.TouchpointBuilder b = t.toBuilder().emotionByPersona(emotions).next(scaled(t.next(), next));
        if (!t.exit() && !t.next().isEmpty() && next.isEmpty()) {
            // the persona's part ends here and others carry on: not a customer giving up
            b.outcome(Outcome.COMPLETED);
        }
        return b.build();
    }

    /**
     * The steps {@code kept} of {@code all}, carrying what {@code all} passed on: when every kept step has a written
     * share, the shares are scaled up to the part {@code all} passed on (the sum of its shares, or everybody when
     * one of them had no share). A kept step without a share takes the rest anyway.
     */
    private static List<Transition> scaled(List<Transition> all, List<Transition> kept) {
        if (kept.size() == all.size() || kept.isEmpty() || kept.stream().anyMatch(n -> n.share().isEmpty())) {
            return kept;
        }
        double passed = all.stream().anyMatch(n -> n.share().isEmpty()) ? 1
                : Math.min(1, all.stream().mapToDouble(n -> n.share().getAsDouble()).sum());
        double carried = kept.stream().mapToDouble(n -> n.share().getAsDouble()).sum();
        if (carried <= 0 || carried >= passed) {
            return kept;
        }
        double factor = passed / carried;
        return kept.stream()
                .map(n -> new Transition(n.to(), OptionalDouble.of(Math.min(1, n.share().getAsDouble() * factor)),
                        n.label(), n.location()))
                .toList();
    }
}
