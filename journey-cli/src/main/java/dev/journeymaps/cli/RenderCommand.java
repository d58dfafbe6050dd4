package dev.journeymaps.cli;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.render.Format;
import dev.journeymaps.render.svg.SvgRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code journey render FILE [-o OUT]}: validates a journey, then draws it. */
@Command(
        name = "render",
        description = {
            "Validate a journey and draw it as a map.",
            "Nothing is written when the journey has errors: they are printed as by 'journey validate' and the"
                    + " exit code is 2. The file is written whole or not at all (a temporary file is moved into"
                    + " place), and its path is printed on stdout.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  journey render checkout.yaml                  writes <journey-id>.svg here",
            "  journey render checkout.yaml -o maps/cx.svg   writes maps/cx.svg",
            "  journey render checkout.yaml -o -             prints the SVG on stdout"
        })
final class RenderCommand implements Callable<Integer> {

    /** The formats this build can draw; package-private so the hostile-input suite covers each one. */
    static final List<Format> SUPPORTED = List.of(Format.SVG);

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "FILE", description = "The journey, in YAML (.yaml, .yml) or JSON (.json).")
    Path file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Where to write the map ('-' for stdout). Default: <journey-id>.<format> in the current"
                    + " folder.")
    Optional<Path> output = Optional.empty();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "The kind of map to draw: svg (png, pdf and html come later). Default: the extension of"
                    + " OUT, else svg.")
    Optional<String> format = Optional.empty();

    @Override
    public Integer call() throws IOException {
        Format chosen = chosenFormat();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path path = parent.resolve(file);
        Optional<String> cannotRead = InputFiles.problemWith(path, file);
        if (cannotRead.isPresent()) {
            err.print("journey: " + cannotRead.get() + "\n");
            return JourneyCommand.EXIT_USAGE;
        }
        ReadResult result = JourneyLoader.load(path, input.limits());
        ProblemReport.printText(result.problems(), err);
        if (result.hasErrors() || result.journey().isEmpty()) {
            err.print("journey: " + file + " has errors; nothing was written\n");
            err.flush();
            return JourneyCommand.EXIT_INVALID;
        }
        Journey journey = result.journey().get();
        if (output.isPresent() && output.get().toString().equals("-")) {
            out.print(new SvgRenderer().render(journey));
            out.flush();
            return JourneyCommand.EXIT_OK;
        }
        Path shown = output.orElse(Path.of(journey.id() + "." + chosen.extension()));
        Path target = parent.resolve(shown);
        AtomicFiles.write(target, stream -> new SvgRenderer().render(journey, stream));
        if (Files.isRegularFile(target)) { // not for -o /dev/stdout, where the path would follow the map
            out.print(shown + "\n");
        }
        out.flush();
        return JourneyCommand.EXIT_OK;
    }

    /** {@code --format} when given, else what the output's extension names, else SVG. */
    private Format chosenFormat() {
        Format chosen;
        if (format.isPresent()) {
            chosen = Format.parse(format.get()).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "unknown --format '" + format.get() + "'; supported: svg"));
        } else {
            chosen = output.map(Path::getFileName).map(Path::toString).flatMap(Format::ofFileName).orElse(Format.SVG);
        }
        if (!SUPPORTED.contains(chosen)) {
            throw new ParameterException(spec.commandLine(), format.isPresent()
                    ? "--format " + format.get() + ": cannot draw " + chosen.extension() + " maps yet; supported: svg"
                    : "cannot draw " + chosen.extension() + " maps yet (the format comes from the name "
                            + output.orElseThrow() + "); supported: svg, or choose one with --format");
        }
        return chosen;
    }
}
