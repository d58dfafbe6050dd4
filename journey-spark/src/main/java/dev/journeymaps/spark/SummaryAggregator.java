package dev.journeymaps.spark;

import dev.journeymaps.model.analysis.TouchpointSurvey;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Spark's fold of one key's partial summaries (one per partition that saw the key) into the library's own
 * {@link TouchpointSurvey}, merged with its own {@link TouchpointSurvey#merge}. Merging adds counts, so Spark's
 * partial aggregation in any order gives what one pass over all answers gives.
 */
final class SummaryAggregator extends Aggregator<Partial, TouchpointSurvey, TouchpointSurvey> {

    private static final long serialVersionUID = 1L;

    @Override
    public TouchpointSurvey zero() {
        return TouchpointSurvey.EMPTY;
    }

    @Override
    public TouchpointSurvey reduce(TouchpointSurvey buffer, Partial partial) {
        return buffer.merge(partial.survey());
    }

    @Override
    public TouchpointSurvey merge(TouchpointSurvey a, TouchpointSurvey b) {
        return a.merge(b);
    }

    @Override
    public TouchpointSurvey finish(TouchpointSurvey reduction) {
        return reduction;
    }

    @Override
    public Encoder<TouchpointSurvey> bufferEncoder() {
        return Encoders.javaSerialization(TouchpointSurvey.class);
    }

    @Override
    public Encoder<TouchpointSurvey> outputEncoder() {
        return Encoders.javaSerialization(TouchpointSurvey.class);
    }
}
