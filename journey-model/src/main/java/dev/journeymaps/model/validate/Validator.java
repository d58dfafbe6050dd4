package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.MemoryBudget;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks a journey as a whole: ids, references, names, empty stages and the flow of customers through the graph.
 * Values that are wrong on their own (an emotion of 7, a share of 1.5) cannot be in a {@link Journey}; the reader
 * reports them when it meets them in a file.
 *
 * <p>The codes are stable; {@code docs/validation.md} lists every one.
 */
public final class Validator {

    private static final List<Rule> RULES = List.of(
            new IdRule(),
            new DuplicateIdRule(),
            new EmptyNameRule(),
            new UnknownPersonaRule(),
            new UnknownTouchpointRule(),
            new EmptyStageRule(),
            new ShareSumRule(),
            new UnreachableRule(),
            new LoopWithoutExitRule(),
            new UnknownEntryRule(),
            new EntrySharesExceedOneRule(),
            new EntrySharesBelowOneRule(),
            new EvenSplitRule(),
            new CrossesPersonasRule(),
            new PersonaSharesRule(),
            new PersonaShareAssumedRule(),
            new PersonaRoutesTooLargeRule(),
            new OutcomeAssumedRule());

    private Validator() {}

    /**
     * Every problem in {@code journey}, sorted by location; empty when it is valid. The rules run side by side on the
     * common fork-join pool when memory allows (they only read the journey and its graph): the flow rules of a large
     * journey are most of its validation, and a second core halves it. The problems are the same, in the same order,
     * either way.
     */
    public static List<Problem> validate(Journey journey) {
        return validate(JourneyGraph.of(journey));
    }

    /**
     * Every problem in the journey of {@code graph}, as {@link #validate(Journey)} finds them: for a caller that goes
     * on to analyse the journey with the same graph (and the persona routes it keeps).
     */
    public static List<Problem> validate(JourneyGraph graph) {
        Journey journey = graph.journey();
        Stream<Rule> rules = sideBySide(graph) ? RULES.parallelStream() : RULES.stream();
        return rules.flatMap(r -> r.check(journey, graph)).sorted().toList();
    }

    /**
     * About what checking a journey takes per touchpoint while several rules run at once, with a margin: every rule
     * at once on 20,000 touchpoints (and 10,000 touchpoints with a warning each) needed less than 1 KB a touchpoint
     * beyond the journey itself (run against a heap filled up to its last 8 MB). At 4 KB the journey and its checking
     * together stay far from the heap's edge (was 16 KB, a guess: a 512 MB heap then checked journeys from 8,192
     * touchpoints on one thread: 10,000 took 2.1-2.9x the time of 5,000).
     */
    private static final long BYTES_PER_TOUCHPOINT = 4 * 1024;

    /**
     * Whether the rules run side by side: when the journey's touchpoints at that rate fit the {@link MemoryBudget}.
     * Near the heap's edge, running out of memory inside the fork-join pool could not always be reported (the pool's
     * own classes failed to initialise: a second line, or none, instead of the one clean line that says what to do);
     * on one thread it always is.
     */
    private static boolean sideBySide(JourneyGraph graph) {
        return MemoryBudget.fits(graph.touchpoints().size(), BYTES_PER_TOUCHPOINT);
    }
}
