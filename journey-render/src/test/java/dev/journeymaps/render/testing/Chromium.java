package dev.journeymaps.render.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Chromium for browser tests, driven through the DevTools protocol (no Selenium, no driver binary needed).
 *
 * <pre>{@code
 * try (Chromium chromium = Chromium.launchOrSkip(); BrowserPage page = chromium.open(file.toUri())) {
 *     assertThat(page.consoleErrors()).isEmpty();
 * }
 * }</pre>
 *
 * <p>Where Chromium is missing, {@link #launchOrSkip()} skips the test with a message that says how to install it:
 * a browser test is never passed without a browser. The browser is Debian's {@code /usr/bin/chromium}, or the file
 * named by the {@code CHROMIUM} environment variable or the {@code chromium} system property.
 */
public final class Chromium implements AutoCloseable {

    /** The flags that keep a headless Chromium quiet, offline and reproducible on a CI machine. */
    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-default-apps",
            "--mute-audio",
            "--hide-scrollbars",
            "--font-render-hinting=none",
            "--window-size=1280,900",
            "--remote-debugging-port=0");

    private final Process process;
    private final Path profile;
    private final DevTools devTools;

    private Chromium(Process process, Path profile, DevTools devTools) {
        this.process = process;
        this.profile = profile;
        this.devTools = devTools;
    }

    /** The Chromium executable to use, when there is one. */
    public static Optional<Path> executable() {
        String configured = System.getProperty("chromium", System.getenv("CHROMIUM"));
        Path path = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }

    /** Starts Chromium, or skips the calling test (JUnit assumption) when it is not installed. */
    public static Chromium launchOrSkip() {
        Optional<Path> executable = executable();
        Assumptions.assumeTrue(
                executable.isPresent(),
                "SKIPPED: browser test needs Chromium at /usr/bin/chromium (apt-get install chromium chromium-driver,"
                        + " or set CHROMIUM=/path/to/chromium); .ci/run installs it");
        return launch(executable.get());
    }

    /** Starts the Chromium at {@code executable} with a fresh profile. */
    public static Chromium launch(Path executable) {
        try {
            Path profile = Files.createTempDirectory("journey-chromium-");
            List<String> command = new ArrayList<>();
            command.add(executable.toString());
            command.addAll(FLAGS);
            command.add("--user-data-dir=" + profile);
            command.add("about:blank");
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            URI endpoint = endpoint(process);
            return new Chromium(process, profile, DevTools.connect(endpoint));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Chromium", e);
        }
    }

    /** Reads the DevTools address Chromium prints on stderr, then keeps draining stderr so Chromium never blocks. */
    private static URI endpoint(Process process) {
        CompletableFuture<URI> found = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader err = new BufferedReader(
                            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                        for (String line = err.readLine(); line != null; line = err.readLine()) {
                            int at = line.indexOf("ws://");
                            if (line.startsWith("DevTools listening on") && at >= 0) {
                                found.complete(URI.create(line.substring(at).strip()));
                            }
                        }
                    } catch (IOException e) {
                        found.completeExceptionally(e);
                    }
                    found.completeExceptionally(new IllegalStateException("Chromium exited before it was ready"));
                },
                "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return found.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not open its DevTools port", e);
        }
    }

    /** A new tab showing {@code url}, loaded (the load event has fired). */
    public BrowserPage open(URI url) {
        BrowserPage page = newPage();
        page.navigate(url.toString());
        return page;
    }

    /** A new blank tab that already records console errors and requests. */
    public BrowserPage newPage() {
        String targetId = devTools.call(null, "Target.createTarget", DevTools.params().put("url", "about:blank"))
                .get("targetId")
                .asString();
        String sessionId = devTools.call(
                        null,
                        "Target.attachToTarget",
                        DevTools.params().put("targetId", targetId).put("flatten", true))
                .get("sessionId")
                .asString();
        return BrowserPage.attach(devTools, targetId, sessionId);
    }

    @Override
    public void close() {
        try {
            devTools.call(null, "Browser.close", DevTools.params());
        } catch (RuntimeException alreadyGone) {
            // closing anyway
        }
        devTools.close();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(profile);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
