package dev.journeymaps.spark;

import dev.journeymaps.model.AnswerScale;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The job's command line. A few options, so read by hand: picocli lives in journey-cli, and a Spark job's
 * arguments come after spark-submit's own.
 *
 * @param inputs answer files or folders, CSV or Parquet
 * @param output the summary file to write
 * @param csatScale the scale CSAT answers are on
 * @param cesScale the scale CES answers are on
 * @param master the Spark master when given ({@code local[*]}); spark-submit's otherwise
 * @param help whether only the usage was asked for
 */
record JobArguments(
        List<String> inputs, Path output, AnswerScale csatScale, AnswerScale cesScale, Optional<String> master,
        boolean help) {

    static final String USAGE = """
            Usage: SurveySummaryJob --output SUMMARY.json [--csat-scale 1-5] [--ces-scale 1-5] [--master URL] INPUT...
            Aggregates survey answers (CSV or Parquet files or folders with the columns
            touchpoint, metric, value[, timestamp][, journey][, persona]) into a survey summary that journeys read
            with `journey.surveys: [{summary: SUMMARY.json}]`.
              --output FILE       the summary to write (replaced atomically)
              --csat-scale SCALE  1-3, 1-5 (default), 1-7 or 1-10: the scale of the CSAT answers
              --ces-scale SCALE   1-5 (default) or 1-7: the scale of the CES answers
              --master URL        Spark master, e.g. local[*]; under spark-submit its --master is used
              --help              this text""";

    static JobArguments parse(List<String> args) {
        List<String> inputs = new ArrayList<>();
        Path output = null;
        AnswerScale csat = AnswerScale.ONE_TO_FIVE;
        AnswerScale ces = AnswerScale.ONE_TO_FIVE;
        Optional<String> master = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> {
                    return new JobArguments(List.of(), Path.of(""), csat, ces, master, true);
                }
                case "--output", "-o" -> output = Path.of(value(args, ++i, arg));
                case "--csat-scale" -> csat = scale(value(args, ++i, arg), AnswerScale.CSAT, arg);
                case "--ces-scale" -> ces = scale(value(args, ++i, arg), AnswerScale.CES, arg);
                case "--master" -> master = Optional.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    inputs.add(arg);
                }
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("--output is required");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("name at least one answer file or folder");
        }
        return new JobArguments(inputs, output, csat, ces, master, false);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static AnswerScale scale(String text, List<AnswerScale> allowed, String option) {
        return AnswerScale.parse(text).filter(allowed::contains).orElseThrow(() -> new IllegalArgumentException(
                option + " is one of " + allowed.stream().map(AnswerScale::label).toList() + ", not " + text));
    }
}
