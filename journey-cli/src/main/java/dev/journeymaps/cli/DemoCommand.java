package dev.journeymaps.cli;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.render.svg.SvgRenderer;
import dev.journeymaps.samples.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
        for (String name : Samples.names()) {
            ReadResult loaded = JourneyLoader.load(Samples.read(name), "samples/" + name, Samples.includes());
            ProblemReport.printText(loaded.problems(), err);
            if (loaded.validJourney().isEmpty()) {
                status = JourneyCommand.EXIT_INVALID;
                continue;
            }
            Journey journey = loaded.validJourney().get();
            String fileName = journey.id() + ".svg";
            AtomicFiles.write(target.resolve(fileName), stream -> new SvgRenderer().render(journey, stream));
            out.print(folder.resolve(fileName) + "\n");
            reports.add(loaded, out);
        }
        reports.writeIndex("journey-maps samples", out);
        out.flush();
        return status;
    }
}
