package dev.journeymaps.spark;

import dev.journeymaps.model.analysis.TouchpointSurvey;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Spark's fold of one key's partial summaries (one per partition that saw the key) into the library's own
 * {@link TouchpointSurvey}, merged with its own {@link TouchpointSurvey#merge}, and of one file's row counts. Merging
 * adds counts, so Spark's partial aggregation in any order gives what one pass over all answers gives.
 */
final class SummaryAggregator extends Aggregator<Partial, Partial, Partial> {

    private static final long serialVersionUID = 1L;

    @Override
    public Partial zero() {
        return Partial.ZERO;
    }

    @Override
    public Partial reduce(Partial buffer, Partial partial) {
        return buffer.merge(partial);
    }

    @Override
    public Partial merge(Partial a, Partial b) {
        return a.merge(b);
    }

    @Override
    public Partial finish(Partial reduction) {
        return reduction;
    }

    @Override
    public Encoder<Partial> bufferEncoder() {
        return Encoders.javaSerialization(Partial.class);
    }

    @Override
    public Encoder<Partial> outputEncoder() {
        return Encoders.javaSerialization(Partial.class);
    }
}
