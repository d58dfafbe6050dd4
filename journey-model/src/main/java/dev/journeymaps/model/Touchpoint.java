package dev.journeymaps.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A point of interaction between a customer and the service, inside a stage.
 *
 * @param id unique among the journey's touchpoints
 * @param name what happens, in the customer's words
 * @param channel free text; see {@link Channels#KNOWN}; empty when not given
 * @param actors ids of the personas who live this touchpoint; empty means every persona
 * @param emotion how every actor feels here, if said once for all
 * @param emotionByPersona how each named persona feels here, when personas feel differently
 * @param thought what the customer thinks here; empty when not given
 * @param effort how hard it is, 1 (effortless) to 5 (very hard), if known
 * @param momentOfTruth whether this touchpoint decides how the customer judges the whole service
 * @param evidence how well research backs this touchpoint, if said
 * @param backstage service-blueprint actions behind the line of visibility
 * @param support supporting systems and processes
 * @param painPoints what goes wrong here
 * @param opportunities what could be done about it
 * @param metrics CX figures authored for this touchpoint
 * @param next where customers go from here; empty means "the following touchpoint" unless {@code exit}
 * @param exit whether customers who reach this touchpoint end their journey here
 * @param outcome how the journey ends here, if said ({@code outcome:}); only exits have one
 * @param targets the figures this touchpoint should reach ({@code targets:}), over the journey's
 * @param location where the touchpoint was written
 * @param partLocations where its parts were written, keyed like {@code actors/0}, {@code emotion/emma},
 *     {@code metrics/csat}; see {@link #locationOf(String)}
 */
public record Touchpoint(
        String id,
        String name,
        String channel,
        List<String> actors,
        Optional<Emotion> emotion,
        Map<String, Emotion> emotionByPersona,
        String thought,
        OptionalInt effort,
        boolean momentOfTruth,
        Optional<Evidence> evidence,
        List<String> backstage,
        List<String> support,
        List<PainPoint> painPoints,
        List<Opportunity> opportunities,
        Metrics metrics,
        List<Transition> next,
        boolean exit,
        Optional<Outcome> outcome,
        Metrics targets,
        SourceLocation location,
        Map<String, SourceLocation> partLocations) {

    /** The easiest effort, 1. */
    public static final int MIN_EFFORT = 1;
    /** The hardest effort, 5. */
    public static final int MAX_EFFORT = 5;

    public Touchpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(channel, "channel");
        actors = List.copyOf(actors);
        Objects.requireNonNull(emotion, "emotion");
        // Most touchpoints have no per-persona emotion: an empty map shared by all of them costs nothing.
        emotionByPersona = emotionByPersona.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(emotionByPersona));
        Objects.requireNonNull(thought, "thought");
        Objects.requireNonNull(effort, "effort");
        if (effort.isPresent() && !isValidEffort(effort.getAsInt())) {
            throw new IllegalArgumentException("effort must be between 1 and 5, was " + effort.getAsInt());
        }
        Objects.requireNonNull(evidence, "evidence");
        backstage = List.copyOf(backstage);
        support = List.copyOf(support);
        painPoints = List.copyOf(painPoints);
        opportunities = List.copyOf(opportunities);
        Objects.requireNonNull(metrics, "metrics");
        next = List.copyOf(next);
        if (exit && !next.isEmpty()) {
            throw new IllegalArgumentException("touchpoint '" + id + "' is an exit and cannot have next steps");
        }
        Objects.requireNonNull(outcome, "outcome");
        if (outcome.isPresent() && !exit) {
            throw new IllegalArgumentException("touchpoint '" + id + "' has an outcome, so it must be an exit");
        }
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(location, "location");
        // Looked up by key only: an immutable map is a third of a linked hash map's size (100,000 touchpoints).
        partLocations = Map.copyOf(partLocations);
    }

    /**
     * A builder holding every part of this touchpoint, for a copy with some parts changed:
     * {@code t.toBuilder().exit(true).next(List.of()).build()}. Methods that add (such as {@code painPoint}) add to
     * the parts copied; those taking a list or map replace them.
     */
    public JourneyBuilder.TouchpointBuilder toBuilder() {
        return JourneyBuilder.TouchpointBuilder.from(this);
    }

    /** Whether {@code effort} is on the 1..5 scale. */
    public static boolean isValidEffort(int effort) {
        return effort >= MIN_EFFORT && effort <= MAX_EFFORT;
    }

    /** How {@code personaId} feels here: their own emotion if given, else the one for everybody. */
    public Optional<Emotion> emotionOf(String personaId) {
        Emotion own = emotionByPersona.get(personaId);
        return own != null ? Optional.of(own) : emotion;
    }

    /** Whether any emotion is given here, for everybody or per persona. */
    public boolean hasEmotion() {
        return emotion.isPresent() || !emotionByPersona.isEmpty();
    }

    /**
     * The mean emotion score over what is given here (the shared emotion and every per-persona one), if any.
     */
    public Optional<Double> meanEmotion() {
        if (!emotionByPersona.isEmpty()) {
            return Optional.of(emotionByPersona.values().stream().mapToInt(Emotion::score).average().orElse(0));
        }
        return emotion.map(e -> (double) e.score());
    }

    /**
     * How the journey ends here when this touchpoint is an exit: the outcome written, else {@code abandoned} when the
     * customer feels negative here (the validator warns, {@code flow.outcome-assumed}), else {@code completed}.
     */
    public Outcome outcomeOrAssumed() {
        return outcome.orElseGet(() -> isOutcomeAssumedAbandoned() ? Outcome.ABANDONED : Outcome.COMPLETED);
    }

    /** Whether no outcome is written and the negative emotion here makes it read as abandoned. */
    public boolean isOutcomeAssumedAbandoned() {
        return outcome.isEmpty() && meanEmotion().map(m -> m < 0).orElse(false);
    }

    /** Whether customers are sent on with written {@code next:} steps rather than to the following touchpoint. */
    public boolean hasExplicitNext() {
        return !next.isEmpty();
    }

    /** Whether {@code personaId} lives this touchpoint ({@code actors} empty means everybody does). */
    public boolean involves(String personaId) {
        return actors.isEmpty() || actors.contains(personaId);
    }

    /** Where the part {@code key} was written, or where the touchpoint was when that is not known. */
    public SourceLocation locationOf(String key) {
        return partLocations.getOrDefault(key, location);
    }
}
