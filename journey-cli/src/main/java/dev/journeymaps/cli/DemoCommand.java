package dev.journeymaps.cli;

import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.io.AnalysisResult;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.SourceRoot;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.svg.SvgRenderer;
import dev.journeymaps.samples.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code journey demo [-o DIR]}: renders every bundled sample journey. */
@Command(
        name = "demo",
        description = {
            "Render every sample journey that comes with journey-maps, and print the paths of the maps.",
            "The samples are real journeys (a damaged delivery, an order that never arrived, a SaaS trial, a"
                    + " pet-food return, a café survey in Croatian): a quick way to see what journey-maps draws, and"
                    + " a start for your own.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  journey demo", "  journey demo -o docs/gallery"})
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            defaultValue = "journey-out",
            description = "The folder to write the maps into; created when missing. Default: ${DEFAULT-VALUE}.")
    Path folder = Path.of("journey-out");

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = parent.resolve(folder);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            err.print("journey: " + folder + " is a file; give a folder to write the maps into\n");
            return JourneyCommand.EXIT_USAGE;
        }
        Files.createDirectories(target);
        int status = JourneyCommand.EXIT_OK;
        Portfolio reports = new Portfolio(target, folder);
        // The samples are read from a copy on disk, so that they are loaded, with the survey answers they name, by
        // the same call as any journey file: the demo's maps and reports show the figures 'journey analyze' gives.
        Path copy = Files.createTempDirectory("journey-samples");
        try {
            for (String name : Samples.names()) {
                AnalysisResult result = JourneyLoader.analyse(copyOf(name, copy), ReadLimits.DEFAULTS, SourceRoot.of(copy));
                Optional<AnalysedJourney> analysed =
                        AnalysisRun.usable(result, Path.of("samples", name), err, "nothing was written");
                if (analysed.isEmpty()) {
                    status = JourneyCommand.EXIT_INVALID;
                    continue;
                }
                String fileName = analysed.get().journey().id() + ".svg";
                AtomicFiles.write(target.resolve(fileName),
                        stream -> new SvgRenderer().render(analysed.get(), RenderOptions.defaults(), stream));
                out.print(folder.resolve(fileName) + "\n");
                reports.add(analysed.get(), result.problems(), out);
            }
        } finally {
            deleteAll(copy);
        }
        reports.writeIndex("journey-maps samples", out);
        out.flush();
        return status;
    }

    /** Copies the sample {@code name} and the files the samples name into {@code folder}; answers the sample's copy. */
    private static Path copyOf(String name, Path folder) throws IOException {
        for (String companion : Samples.companionFiles()) {
            Path file = folder.resolve(companion);
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, Samples.read(companion), StandardCharsets.UTF_8);
            }
        }
        Path file = folder.resolve(name);
        Files.writeString(file, Samples.read(name), StandardCharsets.UTF_8);
        return file;
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
