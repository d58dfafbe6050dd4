package dev.journeymaps.render.layout;

import dev.journeymaps.model.analysis.AnalysedJourney;

/**
 * A journey as one persona lives it, for their map: the model's route of that persona
 * ({@link dev.journeymaps.model.PersonaRoutes}) with its own analysis, so the map of a persona shows the same
 * touchpoints and figures as {@code journey analyze --persona}. The map keeps no rule of its own for what a persona
 * sees.
 */
final class PersonaView {

    private PersonaView() {}

    /**
     * {@code analysed} as {@code personaId} lives it.
     *
     * @throws IllegalArgumentException when the journey has no such persona
     */
    static AnalysedJourney of(AnalysedJourney analysed, String personaId) {
        return analysed.forPersona(personaId);
    }
}
