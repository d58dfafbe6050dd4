package dev.journeymaps.render.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser driver itself sees what the report tests rely on: errors, requests, clicks, axe findings. */
class ChromiumTest {

    private static Chromium chromium;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() {
        chromium = Chromium.launchOrSkip();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private BrowserPage open(String html) throws IOException {
        Path file = folder.resolve("page.html");
        Files.writeString(file, html);
        return chromium.open(file.toUri());
    }

    @Test
    void recordsConsoleErrorsAndUncaughtExceptions() throws IOException {
        try (BrowserPage page = open("<!doctype html><title>t</title><script>console.error('boom');"
                + " undefinedFunction();</script>")) {
            assertThat(page.consoleErrors()).hasSize(2);
            assertThat(page.consoleErrors().get(0)).contains("boom");
        }
    }

    @Test
    void recordsEveryRequestThePageMakes() throws IOException {
        try (BrowserPage page = open("<!doctype html><title>t</title><img alt='' src='http://127.0.0.1:9/x.png'>")) {
            assertThat(page.requests()).anyMatch(url -> url.startsWith("file:"));
            assertThat(page.requests()).contains("http://127.0.0.1:9/x.png");
        }
    }

    @Test
    void clicksWithTheMouseAndTypesWithTheKeyboard() throws IOException {
        try (BrowserPage page = open("<!doctype html><title>t</title><button id=b"
                + " onclick=\"this.textContent='clicked'\">go</button><input id=i>")) {
            page.click("#b");
            assertThat(page.evaluate("document.getElementById('b').textContent").asString()).isEqualTo("clicked");
            page.press("Tab");
            assertThat(page.evaluate("document.activeElement.id").asString()).isEqualTo("i");
        }
    }

    @Test
    void axeFindsAnImageWithoutTextAlternative() throws IOException {
        try (BrowserPage page = open("<!doctype html><html lang=en><title>t</title><main><img"
                + " src='data:image/gif;base64,R0lGODlhAQABAAAAACw='></main></html>")) {
            assertThat(page.axeViolations()).anyMatch(v -> v.id().equals("image-alt") && v.isSeriousOrWorse());
        }
    }

    @Test
    void savesAScreenshotOfTheWholePage() throws IOException {
        try (BrowserPage page = open("<!doctype html><title>t</title><div style='height:2000px'>tall</div>")) {
            Path png = folder.resolve("shot.png");
            page.screenshot(png, 10_000);
            assertThat(Files.size(png)).isPositive();
        }
    }
}
