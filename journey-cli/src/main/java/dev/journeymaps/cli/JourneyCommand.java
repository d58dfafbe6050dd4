package dev.journeymaps.cli;

import dev.journeymaps.model.CleanText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code journey} command: validates and renders customer journey maps written in YAML or JSON.
 *
 * <p>Every subcommand keeps one contract: exit 0 on success, 2 when a journey has errors, 1 for usage and I/O
 * failures; results go to stdout (or the file named by {@code -o}), problems and messages to stderr.
 */
@Command(
        name = "journey",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = BuildInfo.class,
        exitCodeOnInvalidInput = JourneyCommand.EXIT_USAGE,
        exitCodeOnExecutionException = JourneyCommand.EXIT_USAGE,
        sortOptions = false,
        usageHelpAutoWidth = false,
        // The subcommands are added by commandLine(), each only when the run needs it (see SUBCOMMANDS).
        description = {
            "Customer journey maps as code: check journeys written in YAML or JSON and draw them as maps.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:usage error, or a file that cannot be read or written",
            "2:a journey has errors (each printed as FILE:LINE:COL: error[CODE]: ...)"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  journey demo                 draw the bundled samples into ./journey-out",
            "  journey validate cx.yaml     check a journey and list its problems",
            "  journey render cx.yaml       draw it as <journey-id>.svg",
            "  journey hotspots cx.yaml     rank where customers meet the most friction",
            "  journey help render          explain one command",
            "",
            "The YAML format is described in docs/format.md, problem codes in docs/validation.md."
        })
public final class JourneyCommand implements Callable<Integer> {

    /** Exit code of a successful run. */
    public static final int EXIT_OK = 0;
    /** Exit code of a usage error or an I/O failure. */
    public static final int EXIT_USAGE = 1;
    /** Exit code when a journey has errors. */
    public static final int EXIT_INVALID = 2;

    /**
     * The subcommands, in the order help lists them. Picocli builds the model of a command by reflection over its
     * class (options, converters, the types they name); for all eleven that was most of a small run's start-up, so
     * {@link #main} builds only the one it runs.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("validate", ValidateCommand::new);
        m.put("render", RenderCommand::new);
        m.put("hotspots", HotspotsCommand::new);
        m.put("analyze", AnalyzeCommand::new);
        m.put("diff", DiffCommand::new);
        m.put("watch", WatchCommand::new);
        m.put("demo", DemoCommand::new);
        m.put("init", InitCommand::new);
        m.put("schema", SchemaCommand::new);
        m.put("import", ImportCommand::new);
        m.put("export", ExportCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

    /** Picocli's system property: patterns of the types whose built-in converters it does not register. */
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    private static final String DEBUG = "--debug";
    private static final String VERBOSE = "--verbose";

    @Spec
    CommandSpec spec;

    @Option(
            names = DEBUG,
            scope = ScopeType.INHERIT,
            description = "Show the full stack trace when something fails (for bug reports; so does the"
                    + " environment variable JOURNEY_DEBUG=1).")
    boolean debug;

    @Option(
            names = VERBOSE,
            scope = ScopeType.INHERIT,
            description = "Let the libraries (Batik, FOP, Thymeleaf) log to stderr; quiet by default.")
    boolean verbose;

    private final Path workingDirectory;
    /** Every file this run read (journeys, included files, surveys, themes): no output may replace one of them. */
    private final Set<Path> inputs = new LinkedHashSet<>();

    /** A command that resolves relative paths against the current folder. */
    public JourneyCommand() {
        this(Path.of(""));
    }

    JourneyCommand(Path workingDirectory) {
        this.workingDirectory = Objects.requireNonNull(workingDirectory);
    }

    /** Runs {@code journey} with {@code args} and exits with its exit code. */
    public static void main(String[] args) {
        // Asked now, while there is memory: the handler below may run when there is none left, and must then load
        // and initialise nothing (Failures included).
        boolean debug = Failures.debugFromEnvironment();
        // A thread of ours other than main (the preview's poller, a server thread) that dies says so in one line too.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            // Out of memory on another thread (the JDK's Java2D disposer, the fonts' warm-up) is the main thread's to
            // report: it needed the memory and says so in one line. Printing here made a second line, or, with the
            // heap still full, ran out itself and the JVM printed its own "thrown from the UncaughtExceptionHandler".
            if (e instanceof OutOfMemoryError || Failures.isOutOfMemory(e)) {
                return;
            }
            System.err.print("journey: " + Failures.describeFatal(e) + "\n");
            if (debug) {
                e.printStackTrace();
            }
        });
        CommandLine cli = commandLine(Path.of(""), args);
        int exit = execute(cli, args);
        // Standard output that cannot be written (a full disk, a closed pipe) must not look like success.
        if (System.out.checkError() && exit == EXIT_OK) {
            cli.getErr().print("journey: cannot write to standard output (disk full or output closed)\n");
            exit = EXIT_USAGE;
        }
        cli.getErr().flush();
        System.exit(exit);
    }

    /**
     * Runs {@code cli} with {@code args} and returns the exit code, whatever happens: picocli's handler catches
     * exceptions only, so an {@link Error} thrown by a command (out of memory, a stack overflow) is turned into one
     * line here, and standard output that failed is an I/O failure, not a success.
     */
    static int execute(CommandLine cli, String... args) {
        int exit;
        try {
            exit = cli.execute(args);
        } catch (Throwable e) { // NOPMD: the last place where anything can be said before the JVM exits
            exit = reportFatal(cli.getErr(), e, Failures.debugFromEnvironment() || List.of(args).contains(DEBUG));
        }
        // Commands may return early; what they printed must not stay in a buffer when the JVM exits.
        if (cli.getOut().checkError() && exit == EXIT_OK) { // checkError flushes first
            cli.getErr().print("journey: cannot write to standard output (disk full or output closed)\n");
            exit = EXIT_USAGE;
        }
        cli.getErr().flush();
        return exit;
    }

    private static int reportFatal(PrintWriter err, Throwable e, boolean debug) {
        err.print("journey: " + Failures.describeFatal(e) + "\n");
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return EXIT_USAGE;
    }

    /** The configured command line; relative paths are resolved against {@code workingDirectory}. */
    static CommandLine commandLine(Path workingDirectory) {
        return commandLine(workingDirectory, SUBCOMMANDS.keySet());
    }

    /**
     * The command for a run with {@code args}: when the first argument names a subcommand (other than help), the
     * top command with only that one; for the version alone, with none; else with all of them. The run behaves the
     * same either way.
     */
    static CommandLine commandLine(Path workingDirectory, String... args) {
        if (args.length > 0 && !args[0].equals("help") && SUBCOMMANDS.containsKey(args[0])) {
            return commandLine(workingDirectory, Set.of(args[0]));
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return commandLine(workingDirectory, Set.of());
        }
        return commandLine(workingDirectory);
    }

    private static CommandLine commandLine(Path workingDirectory, Set<String> names) {
        // Picocli registers a converter for every java.time and java.sql type it knows, by reflection, loading and
        // initialising each class (about 50, and the date formatters): 3-4 % of a small map's run. The commands
        // take dates as LocalDate only.
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*,java\\.time\\.(?!LocalDate$).*");
        }
        CommandLine cli = new CommandLine(new JourneyCommand(workingDirectory));
        SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        // (after the subcommands: these setters reach only those already added)
        return cli
                // UTF-8 whatever the locale: maps on stdout declare it, and journeys are written in every script.
                // Set on the top command, the writers are shared by every subcommand, so main can flush them.
                .setOut(utf8(System.out))
                .setErr(utf8(System.err))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(JourneyCommand::runQuietUnlessVerbose)
                .setParameterExceptionHandler(JourneyCommand::handleUsageError)
                .setExecutionExceptionHandler(JourneyCommand::handleFailure);
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** {@code path} as the user meant it: relative to the working directory. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path);
    }

    /** Records that this run reads {@code file}, so that {@link #output} refuses to write over it. */
    void readsFrom(Path file) {
        inputs.add(resolve(file).toAbsolutePath().normalize());
    }

    /**
     * Records the files named on the command line as inputs and refuses at once an {@code -o} that is one of them,
     * before anything else is checked or read. (Files a journey names become inputs when it is read.)
     */
    void refuseAsOutput(Optional<Path> output, Path... files) {
        for (Path file : files) {
            readsFrom(file);
        }
        output.filter(o -> !o.toString().equals("-")).ifPresent(this::output);
    }

    /**
     * {@code shown} resolved as {@link #resolve} does, to be written: refused with exit 2 when it is, or links to, a
     * file this run reads, so that {@code render j.yaml -o j.yaml} leaves the journey as it was.
     */
    Path output(Path shown) {
        Path target = resolve(shown);
        for (Path input : inputs) {
            if (sameFile(target, input)) {
                throw new Refusal(EXIT_INVALID, "-o " + CleanText.echoed(shown.toString()) + " is "
                        + (target.toAbsolutePath().normalize().equals(input) ? "" : "a link to ") + "the input "
                        + CleanText.echoed(input.toString()) + "; nothing was written (choose another file name)");
            }
        }
        return target;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // one of them cannot be looked at: writing will say why, if it fails
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.print("journey: say what to do, for example 'journey demo' or 'journey validate FILE'.\n");
        spec.commandLine().usage(err);
        return EXIT_USAGE;
    }

    /** A usage error in two or three lines, pointing at the help, rather than the whole help text. */
    private static int handleUsageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.print("journey: " + e.getMessage() + "\n");
        UnmatchedArgumentException.printSuggestions(e, err);
        err.print("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.\n");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Chooses the libraries' log level before the command loads any of them, then runs it. */
    private static int runQuietUnlessVerbose(ParseResult parseResult) {
        Logging.configure(requested(parseResult, VERBOSE));
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** Prints only the message of a failure: users see what went wrong, not where in our code. */
    private static int handleFailure(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.print("journey: " + Failures.describe(e) + "\n");
        if (requested(parseResult, DEBUG) || Failures.debugFromEnvironment()) {
            e.printStackTrace(err);
        }
        err.flush();
        return Failures.exitCode(e);
    }

    private static boolean requested(ParseResult result, String option) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption(option)) {
                return true;
            }
        }
        return false;
    }
}
