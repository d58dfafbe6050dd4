package dev.journeymaps.model.analysis;

import java.util.Objects;

/**
 * The friction of a stage and its step of the funnel.
 *
 * @param stageId the stage
 * @param friction the reach-weighted mean friction of its touchpoints, Σ friction × reach / Σ reach (the plain
 *     mean when none is reached; 0 without touchpoints)
 * @param funnel how many customers get to the stage and are lost in it
 */
public record StageAnalysis(String stageId, double friction, StageFunnel funnel) {

    public StageAnalysis {
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(funnel, "funnel");
    }
}
