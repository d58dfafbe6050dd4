package dev.journeymaps.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Builds a {@link Journey} in Java, the way CX teams write it in YAML:
 *
 * <pre>{@code
 * Journey journey = Journey.builder("damaged-delivery", "Online order arrives damaged")
 *         .persona("emma", "Efficient Emma", p -> p.goal("Get a working desk lamp this week"))
 *         .stage("purchase", "Purchase", s -> s
 *                 .touchpoint("checkout", "Checks out on the web shop", t -> t
 *                         .channel("web").effort(2)
 *                         .next("unboxing", 0.9, "")
 *                         .next("cart-abandoned", 0.1, "gives up at shipping costs"))
 *                 .touchpoint("cart-abandoned", "Leaves with a full cart", t -> t.exit()))
 *         .build();
 * }</pre>
 *
 * <p>A builder is not thread-safe; {@link #build()} may be called more than once.
 */
public final class JourneyBuilder {

    private final String id;
    private final String title;
    private String description = "";
    private String lang = "en";
    private SourceLocation location = SourceLocation.UNKNOWN;
    private JourneySettings settings = JourneySettings.NONE;
    private final List<Persona> personas = new ArrayList<>();
    private final List<StageBuilder> stages = new ArrayList<>();

    JourneyBuilder(String id, String title) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
    }

    /** Sets what the journey covers. */
    public JourneyBuilder description(String description) {
        this.description = Objects.requireNonNull(description);
        return this;
    }

    /** Sets the BCP 47 language tag of the journey's text ({@code en} by default). */
    public JourneyBuilder lang(String lang) {
        this.lang = Objects.requireNonNull(lang);
        return this;
    }

    /** Sets where the journey was written. */
    public JourneyBuilder at(SourceLocation location) {
        this.location = Objects.requireNonNull(location);
        return this;
    }

    /** Sets the surveys, targets and analysis settings ({@code journey.surveys}, {@code targets}, {@code analysis}). */
    public JourneyBuilder settings(JourneySettings settings) {
        this.settings = Objects.requireNonNull(settings);
        return this;
    }

    /** Sets which way the map runs ({@code journey.direction}), instead of following the language. */
    public JourneyBuilder direction(TextDirection direction) {
        this.settings = settings.withDirection(Objects.requireNonNull(direction));
        return this;
    }

    /** Sets which digits numbers are shown in ({@code journey.digits}), instead of the language's own. */
    public JourneyBuilder digits(Digits digits) {
        this.settings = settings.toBuilder().digits(Optional.of(digits)).build();
        return this;
    }

    /**
     * Says that {@code share} of all customers start the journey at {@code touchpointId} ({@code journey.entries}).
     * Without entries customers start at the touchpoints nothing leads to, split evenly.
     */
    public JourneyBuilder entry(String touchpointId, double share) {
        List<JourneySettings.Entry> entries = new ArrayList<>(settings.entries());
        entries.add(new JourneySettings.Entry(touchpointId, share, SourceLocation.UNKNOWN));
        this.settings = settings.withEntries(entries);
        return this;
    }

    /** Adds a persona, described by {@code spec}. */
    public JourneyBuilder persona(String id, String name, Consumer<PersonaBuilder> spec) {
        PersonaBuilder b = new PersonaBuilder(id, name);
        spec.accept(b);
        personas.add(b.build());
        return this;
    }

    /** Adds a persona with only an id and a name. */
    public JourneyBuilder persona(String id, String name) {
        return persona(id, name, p -> {});
    }

    /** Adds a built persona. */
    public JourneyBuilder persona(Persona persona) {
        personas.add(Objects.requireNonNull(persona));
        return this;
    }

    /** Adds a stage, described by {@code spec}. */
    public JourneyBuilder stage(String id, String name, Consumer<StageBuilder> spec) {
        StageBuilder b = new StageBuilder(id, name);
        spec.accept(b);
        stages.add(b);
        return this;
    }

    /** The journey as described so far. */
    public Journey build() {
        return new Journey(
                id,
                title,
                description,
                lang,
                personas,
                stages.stream().map(StageBuilder::build).toList(),
                location,
                settings);
    }

    /** Describes a persona. */
    public static final class PersonaBuilder {
        private final String id;
        private final String name;
        private String description = "";
        private final Map<String, String> demographics = new LinkedHashMap<>();
        private final List<String> goals = new ArrayList<>();
        private final List<String> motivations = new ArrayList<>();
        private final List<String> frustrations = new ArrayList<>();
        private final List<String> needs = new ArrayList<>();
        private SourceLocation location = SourceLocation.UNKNOWN;
        private OptionalDouble share = OptionalDouble.empty();

        PersonaBuilder(String id, String name) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
        }

        public PersonaBuilder description(String description) {
            this.description = Objects.requireNonNull(description);
            return this;
        }

        public PersonaBuilder demographic(String key, String value) {
            demographics.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
            return this;
        }

        public PersonaBuilder goal(String... goals) {
            this.goals.addAll(Arrays.asList(goals));
            return this;
        }

        public PersonaBuilder motivation(String... motivations) {
            this.motivations.addAll(Arrays.asList(motivations));
            return this;
        }

        public PersonaBuilder frustration(String... frustrations) {
            this.frustrations.addAll(Arrays.asList(frustrations));
            return this;
        }

        public PersonaBuilder need(String... needs) {
            this.needs.addAll(Arrays.asList(needs));
            return this;
        }

        public PersonaBuilder at(SourceLocation location) {
            this.location = Objects.requireNonNull(location);
            return this;
        }

        /**
         * Sets the part of all customers this persona stands for, 0..1 ({@code share:}); the analysis weighs the
         * persona's route by it.
         */
        public PersonaBuilder share(double share) {
            this.share = OptionalDouble.of(share);
            return this;
        }

        Persona build() {
            return new Persona(id, name, description, demographics, goals, motivations, frustrations, needs, location,
                    share);
        }
    }

    /** Describes a stage and its touchpoints. */
    public static final class StageBuilder {
        private final String id;
        private final String name;
        private String goal = "";
        private SourceLocation location = SourceLocation.UNKNOWN;
        private final List<Touchpoint> touchpoints = new ArrayList<>();

        StageBuilder(String id, String name) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
        }

        public StageBuilder goal(String goal) {
            this.goal = Objects.requireNonNull(goal);
            return this;
        }

        public StageBuilder at(SourceLocation location) {
            this.location = Objects.requireNonNull(location);
            return this;
        }

        /** Adds a touchpoint, described by {@code spec}. */
        public StageBuilder touchpoint(String id, String name, Consumer<TouchpointBuilder> spec) {
            TouchpointBuilder b = new TouchpointBuilder(id, name);
            spec.accept(b);
            touchpoints.add(b.build());
            return this;
        }

        /** Adds a built touchpoint. */
        public StageBuilder touchpoint(Touchpoint touchpoint) {
            touchpoints.add(Objects.requireNonNull(touchpoint));
            return this;
        }

        Stage build() {
            return new Stage(id, name, goal, touchpoints, location);
        }
    }

    /** Describes a touchpoint. */
    public static final class TouchpointBuilder {
        private final String id;
        private final String name;
        private String channel = "";
        private final List<String> actors = new ArrayList<>();
        private Optional<Emotion> emotion = Optional.empty();
        private final Map<String, Emotion> emotionByPersona = new LinkedHashMap<>();
        private String thought = "";
        private OptionalInt effort = OptionalInt.empty();
        private boolean momentOfTruth;
        private Optional<Evidence> evidence = Optional.empty();
        private final List<String> backstage = new ArrayList<>();
        private final List<String> support = new ArrayList<>();
        private final List<PainPoint> painPoints = new ArrayList<>();
        private final List<Opportunity> opportunities = new ArrayList<>();
        private Metrics metrics = Metrics.NONE;
        private final List<Transition> next = new ArrayList<>();
        private boolean exit;
        private Optional<Outcome> outcome = Optional.empty();
        private Metrics targets = Metrics.NONE;
        private SourceLocation location = SourceLocation.UNKNOWN;
        private final Map<String, SourceLocation> partLocations = new LinkedHashMap<>();

        TouchpointBuilder(String id, String name) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Builds a touchpoint outside a journey, for readers and tools. */
        public static TouchpointBuilder of(String id, String name) {
            return new TouchpointBuilder(id, name);
        }

        /** A builder holding every part of {@code t}, for {@link Touchpoint#toBuilder()}. */
        static TouchpointBuilder from(Touchpoint t) {
            TouchpointBuilder b = new TouchpointBuilder(t.id(), t.name());
            b.channel = t.channel();
            b.actors.addAll(t.actors());
            b.emotion = t.emotion();
            b.emotionByPersona.putAll(t.emotionByPersona());
            b.thought = t.thought();
            b.effort = t.effort();
            b.momentOfTruth = t.momentOfTruth();
            b.evidence = t.evidence();
            b.backstage.addAll(t.backstage());
            b.support.addAll(t.support());
            b.painPoints.addAll(t.painPoints());
            b.opportunities.addAll(t.opportunities());
            b.metrics = t.metrics();
            b.next.addAll(t.next());
            b.exit = t.exit();
            b.outcome = t.outcome();
            b.targets = t.targets();
            b.location = t.location();
            b.partLocations.putAll(t.partLocations());
            return b;
        }

        public TouchpointBuilder channel(String channel) {
            this.channel = Objects.requireNonNull(channel);
            return this;
        }

        public TouchpointBuilder actors(String... personaIds) {
            actors.addAll(Arrays.asList(personaIds));
            return this;
        }

        /** How every actor feels here. */
        public TouchpointBuilder emotion(Emotion emotion) {
            this.emotion = Optional.of(emotion);
            return this;
        }

        /** How every actor feels here, or nothing said for all when empty; replaces what was set. */
        public TouchpointBuilder emotion(Optional<Emotion> emotion) {
            this.emotion = Objects.requireNonNull(emotion);
            return this;
        }

        /** How one persona feels here. */
        public TouchpointBuilder emotion(String personaId, Emotion emotion) {
            emotionByPersona.put(Objects.requireNonNull(personaId), Objects.requireNonNull(emotion));
            return this;
        }

        /** How each named persona feels here, in this order; replaces every per-persona emotion set before. */
        public TouchpointBuilder emotionByPersona(Map<String, Emotion> emotions) {
            Map<String, Emotion> copy = new LinkedHashMap<>(emotions);
            emotionByPersona.clear();
            emotionByPersona.putAll(copy);
            return this;
        }

        public TouchpointBuilder thought(String thought) {
            this.thought = Objects.requireNonNull(thought);
            return this;
        }

        /** How hard this touchpoint is, 1 (effortless) to 5 (very hard). */
        public TouchpointBuilder effort(int effort) {
            this.effort = OptionalInt.of(effort);
            return this;
        }

        /** How hard this touchpoint is, or not known when empty; replaces what was set. */
        public TouchpointBuilder effort(OptionalInt effort) {
            this.effort = Objects.requireNonNull(effort);
            return this;
        }

        public TouchpointBuilder momentOfTruth() {
            this.momentOfTruth = true;
            return this;
        }

        public TouchpointBuilder evidence(Evidence evidence) {
            this.evidence = Optional.of(evidence);
            return this;
        }

        public TouchpointBuilder backstage(String... actions) {
            backstage.addAll(Arrays.asList(actions));
            return this;
        }

        public TouchpointBuilder support(String... actions) {
            support.addAll(Arrays.asList(actions));
            return this;
        }

        public TouchpointBuilder painPoint(String text, Severity severity) {
            return painPoint(PainPoint.of(text, severity));
        }

        public TouchpointBuilder painPoint(PainPoint painPoint) {
            painPoints.add(Objects.requireNonNull(painPoint));
            return this;
        }

        /** What goes wrong here; replaces every pain point added before. */
        public TouchpointBuilder painPoints(List<PainPoint> painPoints) {
            List<PainPoint> copy = List.copyOf(painPoints);
            this.painPoints.clear();
            this.painPoints.addAll(copy);
            return this;
        }

        public TouchpointBuilder opportunity(String text, String owner, LocalDate due, String kpi) {
            return opportunity(new Opportunity(text, owner, Optional.ofNullable(due), kpi, SourceLocation.UNKNOWN));
        }

        public TouchpointBuilder opportunity(Opportunity opportunity) {
            opportunities.add(Objects.requireNonNull(opportunity));
            return this;
        }

        /** What could be done here; replaces every opportunity added before. */
        public TouchpointBuilder opportunities(List<Opportunity> opportunities) {
            List<Opportunity> copy = List.copyOf(opportunities);
            this.opportunities.clear();
            this.opportunities.addAll(copy);
            return this;
        }

        public TouchpointBuilder metrics(Metrics metrics) {
            this.metrics = Objects.requireNonNull(metrics);
            return this;
        }

        /** Sets CSAT (percent satisfied, 0..100). */
        public TouchpointBuilder csat(double csat) {
            metrics = new Metrics(OptionalDouble.of(csat), metrics.nps(), metrics.ces(),
                    metrics.firstContactResolution(), metrics.responseTime(), metrics.resolutionTime());
            return this;
        }

        /** Sets NPS (-100..100). */
        public TouchpointBuilder nps(double nps) {
            metrics = new Metrics(metrics.csat(), OptionalDouble.of(nps), metrics.ces(),
                    metrics.firstContactResolution(), metrics.responseTime(), metrics.resolutionTime());
            return this;
        }

        /** Sets the average time to first response. */
        public TouchpointBuilder responseTime(Duration responseTime) {
            metrics = new Metrics(metrics.csat(), metrics.nps(), metrics.ces(), metrics.firstContactResolution(),
                    Optional.of(responseTime), metrics.resolutionTime());
            return this;
        }

        /** Sends customers on to {@code touchpointId}. */
        public TouchpointBuilder next(String touchpointId) {
            return next(Transition.to(touchpointId));
        }

        /** Sends {@code share} (0..1) of the customers here on to {@code touchpointId}, for the reason {@code label}. */
        public TouchpointBuilder next(String touchpointId, double share, String label) {
            return next(new Transition(touchpointId, OptionalDouble.of(share), label, SourceLocation.UNKNOWN));
        }

        public TouchpointBuilder next(Transition transition) {
            next.add(Objects.requireNonNull(transition));
            return this;
        }

        /** Where customers go from here, in this order; replaces every next step added before. */
        public TouchpointBuilder next(List<Transition> transitions) {
            List<Transition> copy = List.copyOf(transitions);
            next.clear();
            next.addAll(copy);
            return this;
        }

        /** Marks this touchpoint as an exit: customers who reach it end their journey here. */
        public TouchpointBuilder exit() {
            return exit(true);
        }

        /** Whether customers who reach this touchpoint end their journey here. */
        public TouchpointBuilder exit(boolean exit) {
            this.exit = exit;
            if (!exit) {
                outcome = Optional.empty();
            }
            return this;
        }

        /** Marks this touchpoint as an exit where the journey ends with {@code outcome}. */
        public TouchpointBuilder outcome(Outcome outcome) {
            this.outcome = Optional.of(outcome);
            return exit(true);
        }

        /** The figures this touchpoint should reach, over the journey's targets; replaces what was set. */
        public TouchpointBuilder targets(Metrics targets) {
            this.targets = Objects.requireNonNull(targets);
            return this;
        }

        public TouchpointBuilder at(SourceLocation location) {
            this.location = Objects.requireNonNull(location);
            return this;
        }

        /** Records where a part (such as {@code actors/0}) was written; see {@link Touchpoint#locationOf(String)}. */
        public TouchpointBuilder partAt(String key, SourceLocation location) {
            partLocations.put(Objects.requireNonNull(key), Objects.requireNonNull(location));
            return this;
        }

        /** Forgets where the touchpoint and each of its parts were written. */
        public TouchpointBuilder withoutLocations() {
            location = SourceLocation.UNKNOWN;
            partLocations.clear();
            return this;
        }

        /** The touchpoint as described. */
        public Touchpoint build() {
            return new Touchpoint(id, name, channel, actors, emotion, emotionByPersona, thought, effort, momentOfTruth,
                    evidence, backstage, support, painPoints, opportunities, metrics, next, exit, outcome, targets, location,
                    partLocations);
        }
    }
}
