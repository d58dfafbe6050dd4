package dev.journeymaps.cli;

import dev.journeymaps.model.io.ProblemWriter;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.io.SurveyReader;
import dev.journeymaps.model.validate.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code journey validate FILE...}: checks journeys and lists their problems. */
@Command(
        name = "validate",
        description = {
            "Check journey files, and the survey files they name (journey.surveys), and list every problem with its"
                    + " place in the file.",
            "Problems go to stderr, one per line, as",
            "  FILE:LINE:COL: error[CODE]: message     (or warning[CODE])",
            "    hint: advice, when there is some",
            "and each file's verdict (ok, or how many errors and warnings) to stdout.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  journey validate checkout.yaml",
            "  journey validate journeys/*.yaml",
            "  journey validate --format json checkout.yaml > problems.json",
            "  journey validate --format sarif journeys/*.yaml > journeys.sarif",
            "  journey validate --format github journeys/*.yaml    (in a GitHub Actions step)",
            "",
            "Every problem code is explained in docs/validation.md."
        })
final class ValidateCommand implements Callable<Integer> {

    /** How problems are reported. */
    enum ReportFormat {
        TEXT,
        JSON,
        SARIF,
        GITHUB
    }

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Journey files in YAML (.yaml, .yml) or JSON (.json).")
    List<Path> files = List.of();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default): problems on stderr, a verdict per file on stdout;"
                    + " json: one JSON array of {file, line, column, level, code, message, hint} on stdout;"
                    + " sarif: a SARIF 2.1.0 log on stdout, for code scanning (docs/ci.md);"
                    + " github: GitHub Actions annotations (::error file=...,line=...,col=...) on stdout.")
    ReportFormat format = ReportFormat.TEXT;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> all = new ArrayList<>();
        boolean unreadable = false;
        for (Path file : files) {
            Path path = parent.resolve(file);
            Optional<String> cannotRead = InputFiles.problemWith(path, file);
            if (cannotRead.isPresent()) {
                err.print("journey: " + cannotRead.get() + "\n");
                unreadable = true;
                continue;
            }
            ReadResult result = input.load(parent, path);
            // The file vanished or became unreadable after the check above: still an I/O failure, not a journey error.
            unreadable |= result.problems().stream().anyMatch(p -> p.code().equals("io.unreadable"));
            List<Problem> problems = new ArrayList<>(result.problems());
            result.journey().ifPresent(journey ->
                    problems.addAll(SurveyReader.readFor(journey, path, input.root(parent)).problems()));
            if (format == ReportFormat.TEXT) {
                ProblemReport.printAll(problems, err);
                out.print(file + ": " + ProblemReport.summary(problems) + "\n");
            }
            all.addAll(problems);
        }
        switch (format) {
            case JSON -> out.print(ProblemWriter.toJson(all));
            case SARIF -> out.print(ProblemWriter.toSarif(all, BuildInfo.sarifTool()));
            case GITHUB -> ProblemReport.printGithub(all, out);
            case TEXT -> {}
        }
        out.flush();
        err.flush();
        if (unreadable) {
            return JourneyCommand.EXIT_USAGE;
        }
        return all.stream().anyMatch(Problem::isError) ? JourneyCommand.EXIT_INVALID : JourneyCommand.EXIT_OK;
    }
}
