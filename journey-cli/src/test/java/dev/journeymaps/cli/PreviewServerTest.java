package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.io.SourceRoot;
import dev.journeymaps.render.testing.BrowserPage;
import dev.journeymaps.render.testing.Chromium;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey watch}'s server: it serves the report, sees edits, tells pages to reload, shows errors. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PreviewServerTest {

    private static final String TITLE = "Online order arrives damaged";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private Path journey() throws IOException {
        Path file = dir.resolve("cx.yaml");
        Files.copy(Cli.projectFile("journey-samples/src/test/resources/journeys/valid/issue-example.yaml"), file);
        return file;
    }

    private String get(PreviewServer server, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String yaml = Files.readString(file);
        assertThat(yaml).contains(from);
        Files.writeString(file, yaml.replace(from, to));
    }

    private static void awaitListener(PreviewServer server) throws InterruptedException {
        for (int i = 0; i < 200 && server.listeners() == 0; i++) {
            Thread.sleep(25);
        }
        assertThat(server.listeners()).isPositive();
    }

    @Test
    void servesTheLiveReportOnLoopbackOnly() throws Exception {
        try (PreviewServer server = PreviewServer.start(journey(), 0)) {
            assertThat(server.url()).startsWith("http://127.0.0.1:");
            String page = get(server, "");
            assertThat(page).contains("<title>" + TITLE + "</title>", "connect-src 'self'", "new EventSource");
            HttpResponse<Void> foreign = http.send(HttpRequest.newBuilder(URI.create(server.url()))
                    .header("X-Probe", "1").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(foreign.statusCode()).isEqualTo(405);
        }
    }

    @Test
    void keepsWatchingAfterASaveThatRanOutOfMemoryAndShowsWhatHappened() throws Exception {
        Path file = journey();
        try (PreviewServer server = PreviewServer.start(file, 0)) {
            int before = server.version();
            server.beforeRender = () -> {
                throw new OutOfMemoryError("Java heap space");
            };
            edit(file, TITLE, "Too large to draw");
            awaitVersion(server, before + 1);
            assertThat(get(server, "")).contains("render.failed", "out of memory", "JOURNEY_JAVA_OPTS");

            server.beforeRender = () -> {};
            edit(file, "Too large to draw", "Fixed again");
            awaitVersion(server, before + 2);
            assertThat(get(server, "")).contains("<title>Fixed again</title>").doesNotContain("render.failed");
        }
    }

    private static void awaitVersion(PreviewServer server, int version) throws InterruptedException {
        for (int i = 0; i < 400 && server.version() < version; i++) {
            Thread.sleep(25);
        }
        assertThat(server.version()).isGreaterThanOrEqualTo(version);
    }

    @Test
    void sendsAChangeEventAndServesTheNewPageWhenTheFileChanges() throws Exception {
        Path file = journey();
        try (PreviewServer server = PreviewServer.start(file, 0)) {
            HttpResponse<Stream<String>> events = http.send(
                    HttpRequest.newBuilder(URI.create(server.url() + "events")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/event-stream"));
            Iterator<String> lines = events.body().iterator();
            awaitListener(server);

            edit(file, "title: " + TITLE, "title: Lamp arrives broken");
            assertThat(nextEvent(lines)).isEqualTo("event: change");
            assertThat(get(server, "")).contains("<title>Lamp arrives broken</title>");

            // A mistake: the errors show with file:line:col, above the last good map.
            edit(file, "title: Lamp arrives broken", "title: [unclosed");
            assertThat(nextEvent(lines)).isEqualTo("event: change");
            String page = get(server, "");
            assertThat(page).contains("id=\"errors\"", "The map below is the last version without errors",
                    "<title>Lamp arrives broken</title>", "<svg ");
            assertThat(page).containsPattern("cx\\.yaml:\\d+:\\d+");
        }
    }

    @Test
    void rendersAgainWhenASurveyFileTheJourneyNamesChanges() throws Exception {
        Path file = journey();
        // min-responses 1: a handful of answers replace the authored CSAT, so the map changes with them
        edit(file, "title: " + TITLE + "\n", "title: " + TITLE + "\n  surveys:\n    - file: responses.csv\n"
                + "  analysis: {min-responses: 1}\n");
        Path csv = Files.writeString(dir.resolve("responses.csv"), "touchpoint,metric,value\nunboxing,csat,5\n");
        try (PreviewServer server = PreviewServer.start(file, 0)) {
            HttpResponse<Stream<String>> events = http.send(
                    HttpRequest.newBuilder(URI.create(server.url() + "events")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = events.body().iterator();
            awaitListener(server);
            String before = get(server, "");
            assertThat(before).doesNotContain("id=\"errors\"");

            Files.writeString(csv, "touchpoint,metric,value\nunboxing,csat,1\nunboxing,csat,1\nunboxing,csat,2\n");
            assertThat(nextEvent(lines)).isEqualTo("event: change");
            assertThat(get(server, "")).isNotEqualTo(before);
        }
    }

    @Test
    void rendersAgainWhenAnIncludedPersonaFileChanges() throws Exception {
        Path file = dir.resolve("journeys/cx.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                journey: {id: cx, title: Shared personas}
                personas: {include: ../personas.yaml}
                stages:
                  - {id: buy, name: Buy, touchpoints: [{id: pay, name: Pays, emotion: happy}]}
                """);
        Path personas = Files.writeString(dir.resolve("personas.yaml"), "personas:\n  - {id: emma, name: Efficient Emma}\n");
        try (PreviewServer server = PreviewServer.start(file, 0, SourceRoot.of(dir))) {
            HttpResponse<Stream<String>> events = http.send(
                    HttpRequest.newBuilder(URI.create(server.url() + "events")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = events.body().iterator();
            awaitListener(server);
            assertThat(get(server, "")).contains("Efficient Emma").doesNotContain("id=\"errors\"");

            Files.writeString(personas, "personas:\n  - {id: emma, name: Careful Emma}\n");
            assertThat(nextEvent(lines)).isEqualTo("event: change");
            assertThat(get(server, "")).contains("Careful Emma");
        }
    }

    private static String nextEvent(Iterator<String> lines) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("event: ")) {
                return line;
            }
        }
        throw new AssertionError("the event stream ended");
    }

    @Test
    void theOpenPageReloadsItselfWhenTheFileIsSaved() throws Exception {
        Path file = journey();
        try (PreviewServer server = PreviewServer.start(file, 0);
                Chromium chromium = Chromium.launchOrSkip();
                BrowserPage page = chromium.open(URI.create(server.url()))) {
            assertThat(page.evaluate("document.title").asString()).isEqualTo(TITLE);
            awaitListener(server);
            edit(file, "title: " + TITLE, "title: Edited while watching");
            page.waitUntil("document.title === 'Edited while watching'", Duration.ofSeconds(20));
            assertThat(page.consoleErrors()).isEmpty();
            assertThat(page.requests().stream().filter(url -> !url.startsWith("data:")))
                    .allMatch(url -> url.startsWith(server.url()));
        }
    }
}
