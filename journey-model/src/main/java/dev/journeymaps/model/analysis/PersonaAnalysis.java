package dev.journeymaps.model.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One persona's route through the journey, analysed on its own: who they are, what part of the customers they stand
 * for, and their own reach, funnel, friction and hotspots (docs/metrics.md, "Persona routes").
 *
 * <p>Every figure of {@link #analysis()} is about this persona's customers alone: a reach of 1 means every one of
 * them passes the touchpoint. When the journey's touchpoints name their personas, the journey's own reach is the sum
 * of the routes' reach weighed by {@link #share()}.
 *
 * <p>A value, compared by its four accessors like a record. It is no record because the {@link Analyzer} solves each
 * route's flow at once (the journey's reach needs it) but analyses the route, the larger part of the work, only when
 * {@link #analysis()} is first asked: a map of the whole journey never draws it (a third of the analysis of 10,000
 * touchpoints and six personas). The route's analysis is the same whenever it is made; it is made once, and safely
 * from any thread.
 */
public final class PersonaAnalysis {

    private final String personaId;
    private final double share;
    private final boolean shareStated;
    /** The touchpoints of the route (0 when it came analysed): what analysing it takes, for {@link #analyseAll}. */
    private final long routeTouchpoints;
    /** Makes the analysis when first asked; null once it has (what it held, the solved route, is then let go). */
    private Supplier<JourneyAnalysis> analyse;
    private volatile JourneyAnalysis analysis;

    /**
     * A persona's route with its analysis.
     *
     * @param personaId the persona
     * @param share the part of all customers routed this way, 0..1, as the analysis weighs it: the shares written
     *     ({@code personas[].share}) scaled to sum to 1, the rest split evenly over personas without one, nothing
     *     for a persona with no touchpoint
     * @param shareStated whether the persona's share was written, rather than assumed
     * @param analysis the analysis of the persona's route ({@link dev.journeymaps.model.PersonaRoutes})
     */
    public PersonaAnalysis(String personaId, double share, boolean shareStated, JourneyAnalysis analysis) {
        this(personaId, share, shareStated, 0, null);
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * A persona's route of {@code routeTouchpoints} touchpoints whose analysis {@code analyse} makes when it is first
     * asked.
     */
    PersonaAnalysis(String personaId, double share, boolean shareStated, long routeTouchpoints,
            Supplier<JourneyAnalysis> analyse) {
        this.personaId = Objects.requireNonNull(personaId, "personaId");
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("a persona's share must be 0..1, was " + share);
        }
        this.share = share;
        this.shareStated = shareStated;
        this.routeTouchpoints = routeTouchpoints;
        this.analyse = analyse;
    }

    /**
     * Makes the analysis of each of {@code personas} that is not made yet, for a caller about to read them all (the
     * analysis file does): side by side on the common fork-join pool when their routes together fit the memory the
     * {@link Analyzer} allows routes side by side, else one after the other, as asking for each in turn would. Each
     * analysis is the same either way.
     */
    public static void analyseAll(List<PersonaAnalysis> personas) {
        long pending = 0;
        for (PersonaAnalysis p : personas) {
            if (p.analysis == null) {
                pending += p.routeTouchpoints;
            }
        }
        if (pending > 0) {
            (Analyzer.sideBySide(pending) ? personas.parallelStream() : personas.stream())
                    .forEach(PersonaAnalysis::analysis);
        }
    }

    /** The persona. */
    public String personaId() {
        return personaId;
    }

    /**
     * The part of all customers routed this way, 0..1, as the analysis weighs it: the shares written
     * ({@code personas[].share}) scaled to sum to 1, the rest split evenly over personas without one, nothing for a
     * persona with no touchpoint.
     */
    public double share() {
        return share;
    }

    /** Whether the persona's share was written, rather than assumed. */
    public boolean shareStated() {
        return shareStated;
    }

    /** The analysis of the persona's route ({@link dev.journeymaps.model.PersonaRoutes}). */
    public JourneyAnalysis analysis() {
        JourneyAnalysis made = analysis;
        if (made != null) {
            return made;
        }
        synchronized (this) {
            if (analysis == null) {
                analysis = Objects.requireNonNull(analyse.get(), "analysis");
                analyse = null;
            }
            return analysis;
        }
    }

    /** The analysis of {@code touchpointId} on this route; empty when the route does not pass it. */
    public Optional<TouchpointAnalysis> touchpoint(String touchpointId) {
        return analysis().touchpoint(touchpointId);
    }

    /** The route's funnel and friction per stage, in stage order (a stage without this persona's touchpoints too). */
    public List<StageAnalysis> stages() {
        return analysis().stages();
    }

    /** The first {@code count} hotspots of this route, highest impact on this persona's customers first. */
    public List<Hotspot> topHotspots(int count) {
        List<Hotspot> all = analysis().hotspots();
        return all.subList(0, Math.min(all.size(), Math.max(0, count)));
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PersonaAnalysis p && personaId.equals(p.personaId)
                && Double.compare(share, p.share) == 0 && shareStated == p.shareStated
                && analysis().equals(p.analysis());
    }

    @Override
    public int hashCode() {
        return Objects.hash(personaId, share, shareStated, analysis());
    }

    /** The persona and its share; not the route's analysis, which this would otherwise make and print whole. */
    @Override
    public String toString() {
        return "PersonaAnalysis[personaId=" + personaId + ", share=" + share + ", shareStated=" + shareStated + "]";
    }
}
