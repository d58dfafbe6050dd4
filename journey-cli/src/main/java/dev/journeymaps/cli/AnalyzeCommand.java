package dev.journeymaps.cli;

import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.PeriodUnit;
import dev.journeymaps.model.analysis.SurveyOptions;
import dev.journeymaps.model.io.AnalysisWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code journey analyze FILE --format json}: the whole analysis of a journey. */
@Command(
        name = "analyze",
        description = {
            // The path on a line of its own: picocli may break a line after the dot of "docs/metrics.md".
            "Analyse a journey: customer flow, friction per touchpoint and stage, hotspots and metrics, with every"
                    + " score explained component by component.",
            "How each score is made: docs/metrics.md.",
            "Survey files named in journey.surveys are read from the journey's folder. Nothing is analysed when"
                    + " the journey or a survey file has errors (exit code 2).",
            "Dated survey answers are also analysed per period (periods[] and each touchpoint's trends[] in the"
                    + " JSON; docs/metrics.md, \"Periods and trends\").",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  journey analyze checkout.yaml --format json",
            "  journey analyze checkout.yaml --format json -o analysis.json",
            "  journey analyze checkout.yaml --format text",
            "  journey analyze checkout.yaml --persona emma --format text",
            "  journey analyze checkout.yaml --period week --since 2026-10-01 --until 2026-11-30"
        })
final class AnalyzeCommand implements Callable<Integer> {

    private static final OutputNames<AnalysisFormat> NAMES = OutputNames.of(
            Map.entry("json", AnalysisFormat.JSON), Map.entry("txt", AnalysisFormat.TEXT));

    /** The formats of the whole analysis. */
    enum AnalysisFormat {
        JSON,
        TEXT
    }

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisRun run;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (everything), or text (the experience"
            + " score, customers lost and value at risk, hotspots and what to fix first). Default: what the"
            + " extension of OUT names (json, txt), else json.")
    Optional<AnalysisFormat> format = Optional.empty();

    @Option(names = "--period", paramLabel = "UNIT", converter = PeriodConverter.class,
            description = "week, month or quarter: how dated survey answers are grouped. Default: month.")
    PeriodUnit period = PeriodUnit.MONTH;

    @Option(names = "--since", paramLabel = "DATE", description = "Keep survey answers from this day on (2026-10-01)."
            + " Undated answers are then left out.")
    LocalDate since = LocalDate.MIN;

    @Option(names = "--until", paramLabel = "DATE", description = "Keep survey answers up to this day, included.")
    LocalDate until = LocalDate.MAX;

    /** Reads {@code week}, {@code month} or {@code quarter}, in any case. */
    static final class PeriodConverter implements CommandLine.ITypeConverter<PeriodUnit> {
        @Override
        public PeriodUnit convert(String value) {
            return PeriodUnit.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a period: use week, month or quarter"));
        }
    }

    @Override
    public Integer call() throws IOException {
        if (since.isAfter(until)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--since " + since + " is after --until " + until);
        }
        parent.refuseAsOutput(run.output.output, run.file);
        AnalysisFormat chosen = format.or(() -> NAMES.formatOf(spec, run.output.output, format))
                .orElse(AnalysisFormat.JSON);
        NAMES.formatOf(spec, run.output.output, Optional.of(chosen));
        AnalysisRun.Loaded loaded = run.analyse(parent, spec.commandLine().getErr(),
                new SurveyOptions(period, since, until));
        if (loaded.analysed().isEmpty()) {
            return loaded.exitCode();
        }
        AnalysedJourney analysed = run.persona.routeOf(loaded.analysed().get(), spec);
        run.output.write(parent, chosen == AnalysisFormat.TEXT
                        ? (OutputOption.Text) w -> w.write(AnalysisWriter.toText(analysed.journey(), analysed.analysis()))
                        : (OutputOption.Text) w -> AnalysisWriter.writeJson(analysed.journey(), analysed.analysis(), w),
                spec.commandLine().getOut());
        return JourneyCommand.EXIT_OK;
    }
}
