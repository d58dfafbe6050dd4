package dev.journeymaps.cli;

import dev.journeymaps.model.CleanText;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.io.AnalysisResult;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.render.Format;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.FontWarmUp;
import dev.journeymaps.render.output.JourneyRenderer;
import dev.journeymaps.render.output.RenderRequest;
import dev.journeymaps.render.output.Renderers;
import dev.journeymaps.render.theme.Theme;
import dev.journeymaps.render.theme.ThemeResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
            "Nothing is written when the journey has errors: they are printed as by 'journey validate' (of"
                    + " each kind of warning, the first ten) and the exit code is 2. The file is written whole or not at all (a temporary file is moved into"
                    + " place), and its path is printed on stdout.",
            "The map options (--theme, --lanes, --persona) apply to svg, png, pdf and pptx, --page to svg, png and"
                    + " pdf (slides are 16:9), --scale and --max-pixels to png only; one given for a format that would"
                    + " not honour it is a usage error.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  journey render checkout.yaml                  writes <journey-id>.svg here",
            "  journey render checkout.yaml -o maps/cx.svg   writes maps/cx.svg",
            "  journey render checkout.yaml -o -             prints the SVG on stdout",
            "  journey render checkout.yaml --format html    writes <journey-id>.html, the report",
            "  journey render checkout.yaml -o cx.md         writes the journey in words as Markdown",
            "  journey render checkout.yaml -o cx.png --scale 2 --theme print   a sharp greyscale picture",
            "  journey render checkout.yaml -o cx.pdf --persona emma            Emma's journey as a PDF",
            "  journey render checkout.yaml -o cx.pptx                          a slide deck, 16:9",
            "  journey render journeys/ --format html -o site   a report per journey and site/index.html"
        })
final class RenderCommand implements Callable<Integer> {

    /** The formats this build can draw; package-private so the hostile-input suite covers each one. */
    static final List<Format> SUPPORTED =
            List.of(Format.SVG, Format.PNG, Format.PDF, Format.PPTX, Format.HTML, Format.MD);

    private static final OutputNames<Format> NAMES = OutputNames.of(Map.entry("svg", Format.SVG),
            Map.entry("png", Format.PNG), Map.entry("pdf", Format.PDF), Map.entry("pptx", Format.PPTX),
            Map.entry("html", Format.HTML),
            Map.entry("htm", Format.HTML), Map.entry("md", Format.MD));

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    MapOptions map;

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
            description = "What to write: svg (the map), html (the report: map, personas, actions, the journey in"
                    + " words; one self-contained file), md (the journey in words, as Markdown), png, pdf or pptx"
                    + " (a 16:9 slide deck: a title slide, then a slide per row of the map)."
                    + " Default: the extension of OUT, else svg.")
    Optional<String> format = Optional.empty();

    @Override
    public Integer call() throws IOException {
        parent.refuseAsOutput(output, file);
        Format chosen = chosenFormat();
        Path path = parent.resolve(file);
        warmUp(path, chosen);
        Optional<String> ignored =
                MapOptions.ignoredBy(chosen, spec.commandLine().getParseResult()::hasMatchedOption);
        if (ignored.isPresent()) {
            throw new ParameterException(spec.commandLine(), ignored.get());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.isDirectory(path)) {
            return renderFolder(path, chosen, out, err);
        }
        Optional<String> cannotRead = InputFiles.problemWith(path, file);
        if (cannotRead.isPresent()) {
            err.print("journey: " + cannotRead.get() + "\n");
            return JourneyCommand.EXIT_USAGE;
        }
        AnalysisResult result = input.analyse(parent, path);
        Optional<AnalysedJourney> found = AnalysisRun.usable(result, file, err, "nothing was written");
        if (found.isEmpty()) {
            return JourneyCommand.EXIT_INVALID;
        }
        AnalysedJourney analysed = found.get();
        Journey journey = analysed.journey();
        // Only the reports list the problems. They were printed; a map of 100,000 touchpoints with a warning each
        // would otherwise carry them (tens of megabytes) while it is drawn.
        List<Problem> problems = chosen == Format.HTML || chosen == Format.MD ? result.problems() : List.of();
        result = null;
        Optional<Theme> custom = Optional.empty();
        if (map.themeFile().isPresent()) {
            ThemeResult theme = readTheme(map.themeFile().get());
            ProblemReport.printText(theme.problems(), err);
            if (theme.theme().isEmpty()) {
                err.print("journey: " + map.themeFile().get() + " has errors; nothing was written\n");
                err.flush();
                return JourneyCommand.EXIT_INVALID;
            }
            custom = theme.theme();
        }
        RenderOptions options;
        try {
            options = map.renderOptions(journey, custom);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean toStdout = output.isPresent() && output.get().toString().equals("-");
        if (toStdout && Renderers.isBinary(chosen)) {
            throw new ParameterException(spec.commandLine(), chosen.extension()
                    + " is binary: name a file with -o, such as -o " + journey.id() + "." + chosen.extension());
        }
        JourneyRenderer renderer = Renderers.of(chosen);
        RenderRequest request = new RenderRequest(analysed, options, problems, map.scale, map.maxPixels);
        if (toStdout) {
            ByteArrayOutputStream drawn = new ByteArrayOutputStream();
            warn(renderer.render(request, drawn), err);
            out.print(drawn.toString(StandardCharsets.UTF_8));
            out.flush();
            return JourneyCommand.EXIT_OK;
        }
        // Streamed to the file (the SVG of a large journey is tens of megabytes), written whole or not at all.
        Path shown = output.orElse(Path.of(journey.id() + "." + chosen.extension()));
        Path target = parent.output(shown);
        AtomicFiles.write(target, stream -> warn(renderer.render(request, stream), err));
        if (Files.isRegularFile(target)) { // not for -o /dev/stdout, where the path would follow the map
            out.print(shown + "\n");
        }
        out.flush();
        err.flush();
        return JourneyCommand.EXIT_OK;
    }

    private static void warn(List<String> warnings, PrintWriter err) {
        warnings.forEach(w -> err.print("journey: warning: " + w + "\n"));
    }

    /**
     * The theme in the file {@code written}, which must lie inside the root folder like every file a journey names;
     * a usage error when it is no file there.
     */
    private ThemeResult readTheme(String written) throws IOException {
        Path target = parent.resolve(Path.of(written)).toAbsolutePath().normalize();
        String builtIn = Theme.BUILT_IN.stream().map(Theme::name).collect(Collectors.joining(", "));
        if (!Files.isRegularFile(target)) {
            throw new ParameterException(spec.commandLine(), "--theme '" + written + "' is neither a built-in theme ("
                    + builtIn + ") nor a theme file");
        }
        Path root = input.root(parent).folder();
        if (!target.toRealPath().startsWith(root)) {
            throw new ParameterException(spec.commandLine(), "--theme '" + written + "' is outside the root folder "
                    + root + "; choose another with --root");
        }
        parent.readsFrom(target);
        return Theme.load(target.toRealPath());
    }

    /**
     * Reads the fonts and the built-in themes on a thread of their own while this one reads and checks the journey
     * (every format measures text and colours it by a theme; README, performance). Java2D's fonts start only when
     * {@code format} draws glyphs or the journey's first 64 KB hold text they are needed to measure: a map of simple
     * text is measured without them.
     */
    private static void warmUp(Path path, Format format) {
        Thread warmUp = new Thread(() -> {
            FontWarmUp.run(start(path), DRAWS_GLYPHS.contains(format));
            Theme.BUILT_IN.size();
        }, "journey-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static final Set<Format> DRAWS_GLYPHS = EnumSet.of(Format.PNG, Format.PDF, Format.PPTX);

    /**
     * The first 64 KB of {@code path} as text; empty when it is no regular file (a pipe's bytes are the main thread's
     * to read) or cannot be read (the main thread says why).
     */
    private static String start(Path path) {
        if (!Files.isRegularFile(path)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** {@code journey render DIR --format html -o SITE}: a report per journey and an index page. */
    private int renderFolder(Path folder, Format chosen, PrintWriter out, PrintWriter err) throws IOException {
        if (chosen != Format.HTML) {
            err.print("journey: " + file + " is a folder; give a journey file, or --format html to write a report"
                    + " of every journey in it\n");
            return JourneyCommand.EXIT_USAGE;
        }
        Path shown = output.orElse(Path.of("site"));
        Path target = parent.resolve(shown);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            err.print("journey: " + shown + " is a file; give a folder to write the reports into\n");
            return JourneyCommand.EXIT_USAGE;
        }
        Files.createDirectories(target);
        Portfolio portfolio = new Portfolio(target, shown);
        int status = JourneyCommand.EXIT_OK;
        for (Path journeyFile : Portfolio.journeyFiles(folder, file, err)) {
            AnalysisResult result = input.analyse(parent, journeyFile);
            Optional<AnalysedJourney> analysed =
                    AnalysisRun.usable(result, journeyFile.getFileName(), err, "no report for it");
            if (analysed.isEmpty()) {
                status = JourneyCommand.EXIT_INVALID;
                continue;
            }
            portfolio.add(analysed.get(), result.problems(), out);
        }
        portfolio.writeIndex(folder.toAbsolutePath().normalize().getFileName() + ": journeys", out);
        out.flush();
        err.flush();
        return status;
    }

    private static String supported() {
        return SUPPORTED.stream().map(Format::extension).collect(Collectors.joining(", "));
    }

    /**
     * {@code --format} when given, else what the output's extension names, else SVG; an extension that is no format
     * (or another one than {@code --format}) is a usage error, except for the output folder of a folder of journeys.
     */
    private Format chosenFormat() {
        Optional<Format> asked = format.map(f -> Format.parse(f).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown --format '" + CleanText.echoed(f) + "'; supported: " + supported())));
        Optional<Format> named = Files.isDirectory(parent.resolve(file))
                ? Optional.empty()
                : NAMES.formatOf(spec, output, asked);
        Format chosen = asked.or(() -> named).orElse(Format.SVG);
        if (!SUPPORTED.contains(chosen)) {
            throw new ParameterException(spec.commandLine(), format.isPresent()
                    ? "--format " + format.get() + ": cannot draw " + chosen.extension() + " maps yet; supported: "
                            + supported()
                    : "cannot draw " + chosen.extension() + " maps yet (the format comes from the name "
                            + output.orElseThrow() + "); supported: " + supported() + ", or choose one with --format");
        }
        return chosen;
    }
}
