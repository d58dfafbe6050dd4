package dev.journeymaps.render.layout;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.Transition;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A journey as one persona lives it: only the touchpoints where they are an actor, only their emotions, only them
 * as persona. Written steps to touchpoints they never see are dropped; the map's default wiring then leads from one
 * of their touchpoints to their next.
 */
final class PersonaView {

    private PersonaView() {}

    static Journey of(Journey journey, String personaId) {
        if (journey.persona(personaId).isEmpty()) {
            throw new IllegalArgumentException("no persona '" + personaId + "' in journey '" + journey.id()
                    + "'; personas are " + journey.personas().stream().map(Persona::id).toList());
        }
        List<String> kept = journey.touchpoints().stream().filter(t -> t.involves(personaId)).map(Touchpoint::id)
                .toList();
        List<Stage> stages = journey.stages().stream()
                .map(s -> new Stage(s.id(), s.name(), s.goal(), s.touchpoints().stream()
                        .filter(t -> t.involves(personaId))
                        .map(t -> own(t, personaId, kept))
                        .toList(), s.location()))
                .toList();
        return new Journey(journey.id(), journey.title(), journey.description(), journey.lang(),
                journey.personas().stream().filter(p -> p.id().equals(personaId)).toList(), stages,
                journey.location(), journey.settings());
    }

    private static Touchpoint own(Touchpoint t, String personaId, List<String> kept) {
        Map<String, Emotion> emotions = t.emotionByPersona().entrySet().stream()
                .filter(e -> e.getKey().equals(personaId))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Transition> next = t.next().stream().filter(n -> kept.contains(n.to())).toList();
        boolean exit = t.exit() || (!t.next().isEmpty() && next.isEmpty());
        return t.toBuilder().emotionByPersona(emotions).next(next).exit(exit).build();
    }
}
