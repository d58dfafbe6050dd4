package dev.journeymaps.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.io.AnalysisResult;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.SourceRoot;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.render.html.HtmlReport;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live preview behind {@code journey watch}: serves the report of one journey file on the loopback interface
 * only, renders it again when the file or a survey file it names changes, and tells open pages to reload through server-sent events. While the
 * file has errors, the page lists them (file:line:col) above the last map that had none.
 */
final class PreviewServer implements AutoCloseable {

    private static final long POLL_MILLIS = 200;
    private static final long HEARTBEAT_MILLIS = 15_000;

    private final Path file;
    /** The folder the journey's persona and survey files must stay inside. */
    private final SourceRoot root;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService poller;
    private final AtomicInteger listeners = new AtomicInteger();
    private final Object changed = new Object();
    private volatile boolean open = true;
    private volatile byte[] page = new byte[0];
    private volatile int version;
    private Optional<AnalysedJourney> lastGood = Optional.empty();
    private List<Path> surveyFiles = List.of();
    private List<Path> includedFiles = List.of();
    private String stamp = "";
    /** Runs before each render; tests make it fail as a render can (out of memory), to see the preview survive it. */
    volatile Runnable beforeRender = () -> {};

    private PreviewServer(Path file, SourceRoot root, HttpServer server) {
        this.file = file;
        this.root = root;
        this.server = server;
        this.handlers = Executors.newCachedThreadPool(daemon("journey-preview-http"));
        this.poller = Executors.newSingleThreadScheduledExecutor(daemon("journey-preview-watch"));
    }

    /** Starts serving {@code file} on 127.0.0.1:{@code port} ({@code 0} picks a free port). */
    static PreviewServer start(Path file, int port) throws IOException {
        return start(file, port, SourceRoot.of(file.toAbsolutePath().getParent()));
    }

    /** Serves {@code file}; the files it includes or names must stay inside {@code root}. */
    static PreviewServer start(Path file, int port, SourceRoot root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PreviewServer preview = new PreviewServer(file, root, server);
        preview.refresh();
        server.createContext("/", preview::serve);
        server.setExecutor(preview.handlers);
        server.start();
        preview.poller.scheduleWithFixedDelay(preview::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        return preview;
    }

    /** The address pages are served at. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** How many pages listen for changes now. */
    int listeners() {
        return listeners.get();
    }

    /** How many times the page was rendered again after a change. */
    int version() {
        return version;
    }

    /**
     * Renders again when a file changed. Nothing may escape: a scheduled task that throws is never run again, so one
     * save that runs out of memory would stop the preview for good, silently.
     */
    private void poll() {
        try {
            String now = stampOfAll();
            if (!now.equals(stamp)) {
                refresh();
            }
        } catch (Throwable e) { // NOPMD: see above; refresh already showed what it could on the page
            stamp = stampOfAll(); // not again until the next save
        }
    }

    private static String stampOf(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            return "missing";
        }
    }

    /**
     * The stamps of the journey file, of the persona files it includes and of the survey files it names: a change to
     * any of them renders again.
     */
    private String stampOfAll() {
        StringBuilder all = new StringBuilder(stampOf(file));
        includedFiles.forEach(f -> all.append('|').append(stampOf(f)));
        surveyFiles.forEach(f -> all.append('|').append(stampOf(f)));
        return all.toString();
    }

    /**
     * Reads, validates, analyses and renders the file again, then wakes pages; when that fails, even by running out
     * of memory, the page says so (and what to do) instead, and the next save is tried again.
     */
    private synchronized void refresh() {
        try {
            render();
        } catch (Throwable e) { // NOPMD: the preview outlives any one version of the file
            stamp = stampOfAll();
            page = new byte[0]; // let the failed render's garbage go before drawing the message
            Problem failed = Problem.error("render.failed", "the preview could not be drawn: "
                    + Failures.describeFatal(e), new SourceLocation(file.toString(), 1, 1));
            page = HtmlReport.live().renderProblems(file.getFileName().toString(), List.of(failed))
                    .getBytes(StandardCharsets.UTF_8);
        }
        synchronized (changed) {
            version++;
            changed.notifyAll();
        }
    }

    private void render() {
        beforeRender.run();
        AnalysisResult result = JourneyLoader.analyse(file, ReadLimits.DEFAULTS, root);
        includedFiles = result.includedFiles().stream().map(Path::of).toList();
        result.journey().ifPresent(journey -> {
            Path folder = file.toAbsolutePath().getParent();
            surveyFiles = journey.settings().surveys().stream().map(s -> folder.resolve(s.file()).normalize())
                    .toList();
        });
        List<Problem> problems = new ArrayList<>(result.problems());
        if (result.analysed().isPresent()) {
            lastGood = result.analysed();
        }
        stamp = stampOfAll();
        problems.sort(null);
        HtmlReport report = HtmlReport.live();
        String html;
        if (lastGood.isPresent()) {
            // With errors, the last journey that had none, with its analysis, under the errors.
            html = report.render(lastGood.get(), problems);
        } else {
            html = report.renderProblems(file.getFileName().toString(), problems);
        }
        page = html.getBytes(StandardCharsets.UTF_8);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!isLoopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
                exchange.sendResponseHeaders(403, -1); // another site's page reaching us through DNS rebinding
                return;
            }
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case "/", "/index.html" -> send(exchange, page);
                case "/events" -> stream(exchange);
                default -> exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private boolean isLoopbackHost(String host) {
        int port = server.getAddress().getPort();
        return host != null && (host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port));
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    /** Server-sent events: a {@code change} event each time the page was rendered again, until the page goes. */
    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        int seen = version;
        listeners.incrementAndGet();
        try {
            write(out, ": listening\n\n");
            while (open) {
                synchronized (changed) {
                    if (version == seen) {
                        changed.wait(HEARTBEAT_MILLIS);
                    }
                }
                if (version != seen) {
                    seen = version;
                    write(out, "event: change\ndata: " + seen + "\n\n");
                } else {
                    write(out, ": still here\n\n"); // finds pages that went away
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException pageClosed) {
            // the browser closed the page or reloaded it
        } finally {
            listeners.decrementAndGet();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        open = false;
        synchronized (changed) {
            changed.notifyAll();
        }
        poller.shutdownNow();
        server.stop(0);
        handlers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        Objects.requireNonNull(name);
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}
