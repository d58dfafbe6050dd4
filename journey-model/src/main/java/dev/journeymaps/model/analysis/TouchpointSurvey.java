package dev.journeymaps.model.analysis;

import java.util.Objects;

/**
 * What customers said about one touchpoint in survey responses, as mergeable summaries. Serializable, with its
 * parts, so that Spark ({@code journey-spark}) can move summaries between machines.
 *
 * @param nps net promoter score answers
 * @param csat satisfaction answers
 * @param ces effort answers
 * @param responseTime times to first response
 * @param resolutionTime times to resolution
 * @param firstContactResolution whether requests were resolved at first contact
 */
public record TouchpointSurvey(
        NetPromoterScore nps,
        CustomerSatisfaction csat,
        CustomerEffortScore ces,
        AverageTime responseTime,
        AverageTime resolutionTime,
        FirstContactResolution firstContactResolution) implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** No responses. */
    public static final TouchpointSurvey EMPTY = new TouchpointSurvey(
            NetPromoterScore.EMPTY,
            CustomerSatisfaction.EMPTY,
            CustomerEffortScore.EMPTY,
            AverageTime.EMPTY,
            AverageTime.EMPTY,
            FirstContactResolution.EMPTY);

    public TouchpointSurvey {
        Objects.requireNonNull(nps, "nps");
        Objects.requireNonNull(csat, "csat");
        Objects.requireNonNull(ces, "ces");
        Objects.requireNonNull(responseTime, "responseTime");
        Objects.requireNonNull(resolutionTime, "resolutionTime");
        Objects.requireNonNull(firstContactResolution, "firstContactResolution");
    }

    /** Both sets of responses as one. */
    public TouchpointSurvey merge(TouchpointSurvey other) {
        return new TouchpointSurvey(
                nps.merge(other.nps),
                csat.merge(other.csat),
                ces.merge(other.ces),
                responseTime.merge(other.responseTime),
                resolutionTime.merge(other.resolutionTime),
                firstContactResolution.merge(other.firstContactResolution));
    }

    /** This survey with {@code nps} merged in. */
    public TouchpointSurvey with(NetPromoterScore more) {
        return merge(new TouchpointSurvey(more, CustomerSatisfaction.EMPTY, CustomerEffortScore.EMPTY,
                AverageTime.EMPTY, AverageTime.EMPTY, FirstContactResolution.EMPTY));
    }

    /** This survey with {@code csat} merged in. */
    public TouchpointSurvey with(CustomerSatisfaction more) {
        return merge(new TouchpointSurvey(NetPromoterScore.EMPTY, more, CustomerEffortScore.EMPTY,
                AverageTime.EMPTY, AverageTime.EMPTY, FirstContactResolution.EMPTY));
    }

    /** This survey with {@code ces} merged in. */
    public TouchpointSurvey with(CustomerEffortScore more) {
        return merge(new TouchpointSurvey(NetPromoterScore.EMPTY, CustomerSatisfaction.EMPTY, more,
                AverageTime.EMPTY, AverageTime.EMPTY, FirstContactResolution.EMPTY));
    }

    /** This survey with first-contact resolutions merged in. */
    public TouchpointSurvey with(FirstContactResolution more) {
        return merge(new TouchpointSurvey(NetPromoterScore.EMPTY, CustomerSatisfaction.EMPTY,
                CustomerEffortScore.EMPTY, AverageTime.EMPTY, AverageTime.EMPTY, more));
    }

    /** This survey with first-response times merged in. */
    public TouchpointSurvey withResponseTime(AverageTime more) {
        return new TouchpointSurvey(nps, csat, ces, responseTime.merge(more), resolutionTime, firstContactResolution);
    }

    /** This survey with resolution times merged in. */
    public TouchpointSurvey withResolutionTime(AverageTime more) {
        return new TouchpointSurvey(nps, csat, ces, responseTime, resolutionTime.merge(more), firstContactResolution);
    }

    /** How many answers this survey holds, over every metric. */
    public long responses() {
        return nps.responses() + csat.responses() + ces.responses() + responseTime.requests()
                + resolutionTime.requests() + firstContactResolution.requests();
    }
}
