package dev.journeymaps.render.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tab of {@link Chromium}: navigates, runs script, clicks and types like a user, and records every console error
 * and every request the page makes from the moment it was opened.
 */
public final class BrowserPage implements AutoCloseable {

    /** An axe-core rule the page breaks: its id, impact (minor..critical), help text and the offending elements. */
    public record Violation(String id, String impact, String help, List<String> targets) {
        /** Whether axe rates it serious or critical. */
        public boolean isSeriousOrWorse() {
            return impact.equals("serious") || impact.equals("critical");
        }
    }

    private final DevTools devTools;
    private final String targetId;
    private final String sessionId;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private BrowserPage(DevTools devTools, String targetId, String sessionId) {
        this.devTools = devTools;
        this.targetId = targetId;
        this.sessionId = sessionId;
    }

    static BrowserPage attach(DevTools devTools, String targetId, String sessionId) {
        BrowserPage page = new BrowserPage(devTools, targetId, sessionId);
        devTools.onEvent(page::onEvent);
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            page.call(domain + ".enable", DevTools.params());
        }
        return page;
    }

    private void onEvent(JsonNode event) {
        if (!event.has("sessionId") || !event.get("sessionId").asString().equals(sessionId)) {
            return;
        }
        JsonNode params = event.get("params");
        switch (event.get("method").asString()) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Network.requestWillBeSent" -> requests.add(params.get("request").get("url").asString());
            case "Runtime.exceptionThrown" -> consoleErrors.add("exception: " + params.get("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                String type = params.get("type").asString();
                if (type.equals("error") || type.equals("assert")) {
                    consoleErrors.add("console." + type + ": " + params.get("args"));
                }
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.get("entry");
                if (entry.get("level").asString().equals("error")) {
                    consoleErrors.add(entry.get("source").asString() + ": " + entry.get("text").asString());
                }
            }
            default -> {
                // other events are not needed
            }
        }
    }

    private JsonNode call(String method, ObjectNode params) {
        return devTools.call(sessionId, method, params);
    }

    /** Loads {@code url} and waits for its load event. */
    public void navigate(String url) {
        loaded = new CompletableFuture<>();
        call("Page.navigate", DevTools.params().put("url", url));
        awaitLoad();
    }

    /** Waits for the next load event, for example after the page reloaded itself. */
    public void awaitLoad() {
        try {
            loaded.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the page did not load", e);
        }
    }

    /** Evaluates {@code expression} (promises are awaited) and returns its value as JSON. */
    public JsonNode evaluate(String expression) {
        JsonNode result = call(
                "Runtime.evaluate",
                DevTools.params()
                        .put("expression", expression)
                        .put("returnByValue", true)
                        .put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        JsonNode value = result.get("result").get("value");
        return value == null ? DevTools.JSON.nullNode() : value;
    }

    /** Polls {@code condition} (a script expression) until it is true, or fails after {@code timeout}. */
    public void waitUntil(String condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (evaluate("Boolean(" + condition + ")").asBoolean()) {
                    return;
                }
            } catch (IllegalStateException navigating) {
                // the page may be between two documents
            }
            sleep(50);
        }
        throw new AssertionError("condition not met within " + timeout + ": " + condition);
    }

    /** Clicks the middle of the first element matching {@code selector} with the mouse, after scrolling to it. */
    public void click(String selector) {
        JsonNode box = evaluate("(() => { const e = document.querySelector(" + DevTools.JSON.writeValueAsString(selector)
                + "); if (!e) return null; e.scrollIntoView({block: 'center'});"
                + " const r = e.getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
        if (box.isNull()) {
            throw new AssertionError("nothing matches " + selector);
        }
        for (String type : List.of("mousePressed", "mouseReleased")) {
            call(
                    "Input.dispatchMouseEvent",
                    DevTools.params()
                            .put("type", type)
                            .put("x", box.get("x").asDouble())
                            .put("y", box.get("y").asDouble())
                            .put("button", "left")
                            .put("clickCount", 1));
        }
    }

    /** Presses and releases a key, as a keyboard user would: {@code Tab}, {@code Enter}, {@code Escape}. */
    public void press(String key) {
        int code = switch (key) {
            case "Tab" -> 9;
            case "Enter" -> 13;
            case "Escape" -> 27;
            case " " -> 32;
            default -> throw new IllegalArgumentException("unsupported key " + key);
        };
        ObjectNode down = DevTools.params().put("type", "keyDown").put("key", key).put("code", key)
                .put("windowsVirtualKeyCode", code);
        if (key.equals("Enter")) {
            down.put("text", "\r");
        }
        call("Input.dispatchKeyEvent", down);
        call("Input.dispatchKeyEvent", DevTools.params().put("type", "keyUp").put("key", key).put("code", key)
                .put("windowsVirtualKeyCode", code));
    }

    /** Saves a PNG of the whole page (not only the window), at most {@code maxHeight} CSS pixels high. */
    public void screenshot(Path png, int maxHeight) {
        JsonNode size = call("Page.getLayoutMetrics", DevTools.params()).get("cssContentSize");
        ObjectNode clip = DevTools.params()
                .put("x", 0)
                .put("y", 0)
                .put("width", Math.ceil(size.get("width").asDouble()))
                .put("height", Math.min(maxHeight, Math.ceil(size.get("height").asDouble())))
                .put("scale", 1);
        ObjectNode params = DevTools.params().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        byte[] bytes = Base64.getDecoder().decode(call("Page.captureScreenshot", params).get("data").asString());
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core (the copy in Deque's jar) over the page and returns what it finds. */
    public List<Violation> axeViolations() {
        evaluate(axeScript() + "\n;true");
        JsonNode found = evaluate("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v =>"
                + " ({id: v.id, impact: v.impact || '', help: v.help,"
                + " targets: v.nodes.map(n => n.target.join(' '))})))");
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : found) {
            List<String> targets = new ArrayList<>();
            v.get("targets").forEach(t -> targets.add(t.asString()));
            violations.add(new Violation(
                    v.get("id").asString(), v.get("impact").asString(), v.get("help").asString(), targets));
        }
        return violations;
    }

    private static String axeScript() {
        try (InputStream in = BrowserPage.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every console error, uncaught exception and browser log error (CSP violations included) so far. */
    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    /** The URL of every request the page made so far, its own document included. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            devTools.call(null, "Target.closeTarget", DevTools.params().put("targetId", targetId));
        } catch (RuntimeException alreadyClosed) {
            // the browser may be closing
        }
    }
}
