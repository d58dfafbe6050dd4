package dev.journeymaps.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code journey watch FILE [--port 8080]}: a live preview of the report that reloads as the file is edited. */
@Command(
        name = "watch",
        description = {
            "Serve the report of a journey on this computer only (127.0.0.1) and reload it in the browser each"
                    + " time the file is saved.",
            "While the file has errors they are listed at the top of the page, with file:line:col, above the last"
                    + " map that had none. Stop with Ctrl-C.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  journey watch checkout.yaml", "  journey watch checkout.yaml --port 9000"})
final class WatchCommand implements Callable<Integer> {

    private static final int MAX_PORT = 65_535;

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "FILE", description = "The journey, in YAML (.yaml, .yml) or JSON (.json).")
    Path file;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "The port to serve on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port = 8080;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> path = InputFiles.readable(parent, file, err);
        if (path.isEmpty()) {
            return JourneyCommand.EXIT_USAGE;
        }
        if (port < 0 || port > MAX_PORT) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to " + MAX_PORT
                    + " (0 picks a free one), was " + port);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        PreviewServer preview;
        try {
            preview = PreviewServer.start(path.get(), port, input.root(parent));
        } catch (BindException e) {
            err.print("journey: cannot serve on port " + port + ": it is in use or not allowed here; choose another"
                    + " with --port (0 picks a free one)\n");
            err.flush();
            return JourneyCommand.EXIT_USAGE;
        }
        Thread stopper = new Thread(() -> {
            preview.close();
            stopped.countDown();
        }, "journey-watch-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        out.print("journey: previewing " + file + " at " + preview.url() + " (Ctrl-C to stop)\n");
        out.flush();
        stopped.await();
        return JourneyCommand.EXIT_OK;
    }
}
