package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneyBuilder;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.validate.Validator;
import dev.journeymaps.render.html.HtmlReport;
import dev.journeymaps.render.testing.BrowserPage;
import dev.journeymaps.render.testing.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Opens the report of a 1,000-touchpoint journey in Chromium and reports how long it takes to load. The figure is
 * printed and written to {@code target/report-load-time.txt} for the README; it is not asserted (no timing asserts).
 */
class LargeReportBrowserTest {

    static final int STAGES = 25;
    static final int PER_STAGE = 40;

    /** A journey of {@code STAGES × PER_STAGE} touchpoints, with emotions, pain points and opportunities. */
    static Journey thousandTouchpoints() {
        JourneyBuilder b = Journey.builder("thousand", "A journey of 1,000 touchpoints")
                .description("Generated to measure how the report copes with a very large journey.")
                .persona("ana", "Ana")
                .persona("ben", "Ben")
                .persona("cy", "Cy");
        Emotion[] emotions = Emotion.values();
        for (int s = 0; s < STAGES; s++) {
            int stage = s;
            b.stage("s" + s, "Stage " + (s + 1), st -> {
                st.goal("Goal of stage " + (stage + 1));
                for (int t = 0; t < PER_STAGE; t++) {
                    int n = stage * PER_STAGE + t;
                    st.touchpoint("t" + n, "Touchpoint number " + (n + 1), tp -> {
                        tp.channel(n % 3 == 0 ? "web" : n % 3 == 1 ? "email" : "phone");
                        tp.emotion(emotions[n % emotions.length]);
                        if (n % 4 == 0) {
                            tp.actors(n % 8 == 0 ? "ana" : "ben");
                        }
                        if (n % 5 == 0) {
                            tp.painPoint("Pain at touchpoint " + (n + 1), Severity.values()[n % 4]);
                        }
                        if (n % 10 == 0) {
                            tp.opportunity("Fix touchpoint " + (n + 1), "team " + (n % 7),
                                    LocalDate.of(2027, 1 + n % 12, 1), "KPI " + n);
                        }
                        if (n == STAGES * PER_STAGE - 1) {
                            tp.exit();
                        }
                    });
                }
            });
        }
        return b.build();
    }

    @Test
    void reportOfAThousandTouchpointsLoadsAndItsLoadTimeIsMeasured() throws IOException {
        Journey journey = thousandTouchpoints();
        assertThat(journey.touchpoints()).hasSize(1000);
        assertThat(Validator.validate(journey)).noneMatch(p -> p.isError());
        long start = System.nanoTime();
        String html = new HtmlReport().render(journey);
        long renderMillis = (System.nanoTime() - start) / 1_000_000;
        Path file = Path.of("target/reports/thousand.html").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, html);

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "report of 1,000 touchpoints: %.1f MB of HTML, rendered in %d ms",
                html.length() / 1e6, renderMillis));
        try (Chromium chromium = Chromium.launchOrSkip()) {
            for (int run = 1; run <= 3; run++) {
                try (BrowserPage page = chromium.newPage()) {
                    long opened = System.nanoTime();
                    page.navigate(file.toUri().toString());
                    long wall = (System.nanoTime() - opened) / 1_000_000;
                    JsonNode timing = page.evaluate("(() => { const n = performance.getEntriesByType('navigation')[0];"
                            + " const p = performance.getEntriesByType('paint')"
                            + ".find(e => e.name === 'first-contentful-paint');"
                            + " return {dom: n.domContentLoadedEventEnd, load: n.loadEventEnd,"
                            + " fcp: p ? p.startTime : -1}; })()");
                    lines.add(String.format(Locale.ROOT, "load %d: first contentful paint %.0f ms, DOMContentLoaded"
                                    + " %.0f ms, load event %.0f ms, navigate-to-load seen by the test %d ms",
                            run, timing.get("fcp").asDouble(), timing.get("dom").asDouble(),
                            timing.get("load").asDouble(), wall));
                    assertThat(page.consoleErrors()).isEmpty();
                    assertThat(page.evaluate("document.querySelectorAll('#map svg g.touchpoint').length").asInt())
                            .isEqualTo(1000);
                }
            }
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target/report-load-time.txt"), lines);
    }
}
