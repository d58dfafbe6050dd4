package dev.journeymaps.model.analysis;

import java.util.Objects;

/**
 * How customers pass through one touchpoint, as shares of all customers who start the journey.
 *
 * @param touchpointId the touchpoint
 * @param reach the share of all customers who pass through it at least once, 0..1
 * @param visits the expected number of passes per customer; above {@code reach} when loops bring customers back
 * @param dropOffRate the share of customers here who are not passed on (and do not end here as at an exit), 0..1
 * @param dropOff the share of all customers who drop off here: {@code visits × dropOffRate}
 * @param ended the share of all customers who end their journey here, non-zero only at exits
 */
public record TouchpointFlow(
        String touchpointId, double reach, double visits, double dropOffRate, double dropOff, double ended) {

    public TouchpointFlow {
        Objects.requireNonNull(touchpointId, "touchpointId");
    }
}
