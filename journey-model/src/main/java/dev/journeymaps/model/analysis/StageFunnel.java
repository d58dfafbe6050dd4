package dev.journeymaps.model.analysis;

import java.util.Objects;

/**
 * One step of the journey's funnel: how many customers get to a stage and how many are lost in it.
 *
 * @param stageId the stage
 * @param reach the reach of its best-reached touchpoint: a floor for the share of customers who enter the stage,
 *     exact when everyone entering passes one touchpoint, as in most maps
 * @param dropOff the share of all customers who drop off in this stage (sum over its touchpoints)
 * @param ended the share of all customers who end their journey at an exit in this stage
 */
public record StageFunnel(String stageId, double reach, double dropOff, double ended) {

    public StageFunnel {
        Objects.requireNonNull(stageId, "stageId");
    }
}
