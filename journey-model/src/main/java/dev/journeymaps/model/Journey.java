package dev.journeymaps.model;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer journey: personas living through stages of touchpoints. The aggregate root of the model.
 *
 * <p>A journey may hold mistakes (duplicate ids, dangling references): records check only what each value is on its
 * own; {@code dev.journeymaps.model.validate.Validator} reports what is wrong across the whole. Build one in Java with
 * {@link #builder(String, String)}, or read one with {@code dev.journeymaps.model.io.JourneyReader}.
 *
 * @param id the journey's id, used for file names
 * @param title the map's title
 * @param description what the journey covers; empty when not given
 * @param lang the BCP 47 language tag of its text, {@code en} by default
 * @param personas who lives it
 * @param stages its phases, in order
 * @param location where the journey was written
 * @param settings surveys, targets and analysis settings from the {@code journey:} block
 */
public record Journey(
        String id,
        String title,
        String description,
        String lang,
        List<Persona> personas,
        List<Stage> stages,
        SourceLocation location,
        JourneySettings settings) {

    public Journey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(lang, "lang");
        personas = List.copyOf(personas);
        stages = List.copyOf(stages);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(settings, "settings");
    }

    /** A journey without surveys, targets or analysis settings. */
    public Journey(
            String id,
            String title,
            String description,
            String lang,
            List<Persona> personas,
            List<Stage> stages,
            SourceLocation location) {
        this(id, title, description, lang, personas, stages, location, JourneySettings.NONE);
    }

    /** A builder for a journey with the given id and title. */
    public static JourneyBuilder builder(String id, String title) {
        return new JourneyBuilder(id, title);
    }

    /**
     * Which way the map runs: {@code journey.direction} when written, else right to left for a right-to-left
     * language ({@code fa}, {@code ar}, {@code he}, {@code ur}...), else left to right.
     */
    public TextDirection direction() {
        return settings.direction().orElseGet(() -> TextDirection.of(lang));
    }

    /** Every touchpoint, stage by stage, in order. */
    public List<Touchpoint> touchpoints() {
        return stages.stream().flatMap(s -> s.touchpoints().stream()).toList();
    }

    /**
     * The first touchpoint with this id, if any. Writers and renderers look up every touchpoint of a journey in
     * turn, and searching each time made them quadratic (100,000 touchpoints: minutes); the index of the journey
     * last asked is kept, weakly, so a run of lookups in one journey costs one pass.
     */
    public Optional<Touchpoint> touchpoint(String touchpointId) {
        Objects.requireNonNull(touchpointId, "touchpointId");
        LastIndex last = LastIndex.current.get().get();
        if (last == null || last.journey != this) {
            last = new LastIndex(this, touchpointsById());
            LastIndex.current.set(new WeakReference<>(last));
        }
        return Optional.ofNullable(last.byId.get(touchpointId));
    }

    /**
     * The touchpoint index of the journey looked up last; a journey is immutable, so its index never goes stale. It
     * is held weakly, journey and all, so it never keeps a journey in memory that its user has let go (a large one
     * pinned this way made the next command of a long-lived process run out of memory); at worst it is rebuilt. Each
     * thread keeps its own: two threads looking up in two journeys (the analysis works on persona routes side by
     * side) would otherwise rebuild the index on every lookup.
     */
    private static final class LastIndex {
        private static final ThreadLocal<WeakReference<LastIndex>> current =
                ThreadLocal.withInitial(() -> new WeakReference<>(null));

        private final Journey journey;
        private final Map<String, Touchpoint> byId;

        LastIndex(Journey journey, Map<String, Touchpoint> byId) {
            this.journey = journey;
            this.byId = byId;
        }
    }

    /**
     * Every touchpoint by id (the first, where an id is used twice), in journey order; a new map on every call.
     */
    public Map<String, Touchpoint> touchpointsById() {
        Map<String, Touchpoint> byId = new LinkedHashMap<>();
        for (Stage s : stages) {
            for (Touchpoint t : s.touchpoints()) {
                byId.putIfAbsent(t.id(), t);
            }
        }
        return Collections.unmodifiableMap(byId);
    }

    /** The first persona with this id, if any. */
    public Optional<Persona> persona(String personaId) {
        return personas.stream().filter(p -> p.id().equals(personaId)).findFirst();
    }

    /**
     * The journey as {@code personaId} lives it, their route: their touchpoints, steps and emotions only (see
     * {@link PersonaRoutes}).
     *
     * @throws IllegalArgumentException when the journey has no such persona
     */
    public Journey forPersona(String personaId) {
        return PersonaRoutes.of(this, personaId);
    }

    /** The first stage with this id, if any. */
    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /**
     * This journey with every source location set to {@link SourceLocation#UNKNOWN}: equal to any other reading of
     * the same content, wherever it came from.
     */
    public Journey withoutLocations() {
        return new Journey(
                id,
                title,
                description,
                lang,
                personas.stream().map(Persona::withoutLocation).toList(),
                stages.stream().map(Journey::stageWithoutLocations).toList(),
                SourceLocation.UNKNOWN,
                settings.withoutLocations());
    }

    private static Stage stageWithoutLocations(Stage s) {
        return new Stage(
                s.id(),
                s.name(),
                s.goal(),
                s.touchpoints().stream().map(Journey::touchpointWithoutLocations).toList(),
                SourceLocation.UNKNOWN);
    }

    private static Touchpoint touchpointWithoutLocations(Touchpoint t) {
        return t.toBuilder()
                .painPoints(t.painPoints().stream()
                        .map(p -> new PainPoint(p.text(), p.severity(), SourceLocation.UNKNOWN))
                        .toList())
                .opportunities(t.opportunities().stream()
                        .map(o -> new Opportunity(o.text(), o.owner(), o.due(), o.kpi(), SourceLocation.UNKNOWN))
                        .toList())
                .next(t.next().stream()
                        .map(n -> new Transition(n.to(), n.share(), n.label(), SourceLocation.UNKNOWN))
                        .toList())
                .withoutLocations()
                .build();
    }
}
