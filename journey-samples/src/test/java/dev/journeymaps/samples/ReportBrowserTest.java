package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.render.html.HtmlReport;
import dev.journeymaps.render.html.PortfolioReport;
import dev.journeymaps.render.testing.BrowserPage;
import dev.journeymaps.render.testing.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every sample's HTML report, opened in a real headless Chromium: it loads with no console error and no request
 * beyond its own file, its interactions work with mouse and keyboard, axe-core finds nothing serious, and a
 * screenshot is kept in {@code target/screenshots/} (and copied to {@code docs/gallery/} with
 * {@code -Dgallery.update=true}).
 */
class ReportBrowserTest {

    private static final Path SHOTS = Path.of("target/screenshots");
    private static final Path GALLERY = Path.of("../docs/gallery");
    private static Chromium chromium;

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

    static List<String> samples() {
        return Samples.names();
    }

    private record Report(Journey journey, Path file) {}

    private static Report write(String sample) throws IOException {
        ReadResult read = JourneyLoader.load(Samples.read(sample), "samples/" + sample, Samples.includes());
        Journey journey = read.validJourney().orElseThrow(() -> new AssertionError(read.problems().toString()));
        Path file = Path.of("target/reports").resolve(journey.id() + ".html").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, new HtmlReport().render(journey, read.problems()));
        return new Report(journey, file);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadsWithoutErrorsOrRequestsAndKeepsAScreenshot(String sample) throws IOException {
        Report report = write(sample);
        try (BrowserPage page = chromium.open(report.file().toUri())) {
            assertThat(page.consoleErrors()).isEmpty();
            assertThat(page.requests())
                    .filteredOn(url -> !url.startsWith("data:"))
                    .containsExactly(report.file().toUri().toString());
            assertThat(page.evaluate("document.querySelectorAll('#map svg g.touchpoint').length").asInt())
                    .isEqualTo(report.journey().touchpoints().size());
            assertThat(page.evaluate("document.fonts.check('12px \"DejaVu Sans\"')").asBoolean()).isTrue();
            for (String theme : List.of("light", "dark")) {
                if (!page.evaluate("document.documentElement.dataset.theme").asString().equals(theme)) {
                    page.click("#theme-toggle");
                }
                String name = report.journey().id() + "-report" + (theme.equals("light") ? "" : "-dark") + ".png";
                page.screenshot(SHOTS.resolve(name), 20_000);
                if (Boolean.getBoolean("gallery.update")) {
                    // The gallery keeps the top of the page (header, personas, map): enough to see how it looks.
                    page.evaluate("window.scrollTo(0, 0)");
                    page.screenshot(GALLERY.resolve(name), 1800);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void clickingACardOnTheMapHighlightsItAndShowsItsDetails(String sample) throws IOException {
        Report report = write(sample);
        Touchpoint last = report.journey().touchpoints().get(report.journey().touchpoints().size() - 1);
        try (BrowserPage page = chromium.open(report.file().toUri())) {
            page.click("#map svg g.touchpoint[data-touchpoint='" + last.id() + "'] rect.card");
            assertThat(page.evaluate("document.querySelector('#map g.is-highlighted').getAttribute('data-touchpoint')")
                    .asString()).isEqualTo(last.id());
            assertThat(page.evaluate("document.getElementById('tp-" + last.id() + "').classList"
                    + ".contains('is-highlighted')").asBoolean()).isTrue();
            assertThat(page.evaluate("document.getElementById('card-details').textContent").asString())
                    .contains(last.name());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void clickingTheTopHotspotScrollsToItsCardOnTheMapAndHighlightsIt(String sample) throws IOException {
        Report report = write(sample);
        // A low threshold, so that every sample has hotspots to click whatever the default weights make of it.
        JourneyAnalysis analysis = Analyzer.analyze(
                report.journey(), AnalysisOptions.of(report.journey()).withHotspotThreshold(0.2));
        assertThat(analysis.hotspots()).as("hotspots at threshold 0.2").isNotEmpty();
        String top = analysis.hotspots().get(0).touchpoint().touchpointId();
        Files.writeString(report.file(), new HtmlReport().render(new AnalysedJourney(report.journey(), analysis), List.of()));
        try (BrowserPage page = chromium.open(report.file().toUri())) {
            page.click("#hotspot-table tbody tr:first-child button.goto");
            assertThat(page.evaluate("document.querySelector('#map g.is-highlighted').getAttribute('data-touchpoint')")
                    .asString()).isEqualTo(top);
            assertThat(page.evaluate("document.getElementById('tp-" + top + "').classList.contains('is-highlighted')")
                    .asBoolean()).isTrue();
            // Scrolled to: the card is inside the window and inside the map's scrolling area.
            assertThat(page.evaluate("(() => { const r = document.querySelector('#map g.is-highlighted')"
                    + ".getBoundingClientRect(); const m = document.querySelector('.map-scroll')"
                    + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight"
                    + " && r.left >= m.left && r.right <= m.right; })()").asBoolean()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void personaFilterHidesWhatOtherPersonasLive(String sample) throws IOException {
        Report report = write(sample);
        Journey journey = report.journey();
        assertThat(journey.personas()).as("every sample has a persona").isNotEmpty();
        String persona = journey.personas().get(journey.personas().size() - 1).id();
        try (BrowserPage page = chromium.open(report.file().toUri())) {
            page.evaluate("(() => { const s = document.getElementById('persona-filter'); s.value = '" + persona
                    + "'; s.dispatchEvent(new Event('change')); })()");
            for (Touchpoint t : journey.touchpoints()) {
                boolean lived = t.actors().isEmpty() || t.actors().contains(persona);
                assertThat(page.evaluate("document.getElementById('tp-" + t.id() + "').hidden").asBoolean())
                        .as("card %s hidden", t.id())
                        .isEqualTo(!lived);
                assertThat(page.evaluate("document.querySelector(\"#map g[data-touchpoint='" + t.id()
                                + "']\").classList.contains('is-dimmed')").asBoolean())
                        .as("map card %s dimmed", t.id())
                        .isEqualTo(!lived);
            }
            JsonNode shown = page.evaluate("Array.from(document.querySelectorAll('.persona-card'))"
                    + ".filter(c => !c.hidden).map(c => c.dataset.persona)");
            assertThat(shown).hasSize(1);
            assertThat(shown.get(0).asString()).isEqualTo(persona);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void axeFindsNoSeriousOrCriticalViolationInEitherTheme(String sample) throws IOException {
        Report report = write(sample);
        try (BrowserPage page = chromium.open(report.file().toUri())) {
            String first = page.evaluate("document.documentElement.dataset.theme").asString();
            List<BrowserPage.Violation> all = new ArrayList<>(page.axeViolations());
            page.click("#theme-toggle");
            assertThat(page.evaluate("document.documentElement.dataset.theme").asString())
                    .isEqualTo(first.equals("dark") ? "light" : "dark");
            all.addAll(page.axeViolations());
            all.forEach(v -> System.out.println(sample + ": axe " + v));
            assertThat(all).noneMatch(BrowserPage.Violation::isSeriousOrWorse);
            assertThat(page.consoleErrors()).isEmpty();
        }
    }

    @Test
    void thePersianSampleReadsInPersianRightToLeftAndAnEnglishOneStaysEnglish() throws IOException {
        Report persian = write("subscription-cancellation-fa.yaml");
        Touchpoint first = persian.journey().touchpoints().get(0);
        try (BrowserPage page = chromium.open(persian.file().toUri())) {
            assertThat(page.evaluate("[...document.querySelectorAll('h2')].map(h => h.textContent)"))
                    .extracting(JsonNode::asString)
                    .contains("پرسوناها", "نقشه", "کانون‌های اصطکاک", "نقاط تماس", "روایت سفر")
                    .doesNotContain("Personas", "The map", "Hotspots", "Touchpoints", "The journey in words");
            assertThat(page.evaluate("getComputedStyle(document.getElementById('hotspots-title')).direction")
                    .asString()).isEqualTo("rtl");
            assertThat(page.evaluate("getComputedStyle(document.querySelector('.controls')).direction").asString())
                    .isEqualTo("rtl");
            assertThat(page.evaluate("document.querySelector('label[for=persona-filter]').textContent").asString())
                    .isEqualTo("نمایش سفر");
            // Nothing sticks out to the left (the skip link once made a right-to-left page 11,000 px wide).
            assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth").asBoolean()).isTrue();
            // Right to left: the title starts at the right edge of the page.
            assertThat(page.evaluate("(() => { const r = document.querySelector('h1').getBoundingClientRect();"
                    + " return r.right > window.innerWidth / 2 && r.left > 0; })()").asBoolean()).isTrue();
            // The details panel, written by the script, uses the words from the page data.
            page.evaluate("document.getElementById('tp-" + first.id() + "').focus()");
            assertThat(page.evaluate("document.getElementById('card-details').textContent").asString())
                    .contains("مرحله: ").doesNotContain("Stage: ", "Channel: ");
            assertThat(page.consoleErrors()).isEmpty();
        }
        Report english = write("order-never-arrived.yaml");
        try (BrowserPage page = chromium.open(english.file().toUri())) {
            assertThat(page.evaluate("[...document.querySelectorAll('h2')].map(h => h.textContent)"))
                    .extracting(JsonNode::asString)
                    .contains("Personas", "The map", "Hotspots", "Touchpoints", "The journey in words");
            assertThat(page.evaluate("getComputedStyle(document.getElementById('hotspots-title')).direction")
                    .asString()).isEqualTo("ltr");
            page.evaluate("document.querySelector('.tp-card').focus()");
            assertThat(page.evaluate("document.getElementById('card-details').textContent").asString())
                    .contains("Stage: ");
        }
    }

    @Test
    void theIndexOfAllSamplesLoadsCleanlyAndPassesAxe() throws IOException {
        List<PortfolioReport.Entry> entries = new ArrayList<>();
        for (String sample : samples()) {
            Report report = write(sample);
            entries.add(new PortfolioReport.Entry(report.journey(), report.file().getFileName().toString(), List.of()));
        }
        Path index = Path.of("target/reports/index.html").toAbsolutePath();
        Files.writeString(index, new PortfolioReport().render("journey-maps samples", entries));
        try (BrowserPage page = chromium.open(index.toUri())) {
            assertThat(page.consoleErrors()).isEmpty();
            assertThat(page.requests()).containsExactly(index.toUri().toString());
            assertThat(page.axeViolations()).noneMatch(BrowserPage.Violation::isSeriousOrWorse);
            assertThat(page.evaluate("document.querySelectorAll('#journeys tbody tr').length").asInt())
                    .isEqualTo(samples().size());
            page.screenshot(SHOTS.resolve("index.png"), 20_000);
            if (Boolean.getBoolean("gallery.update")) {
                page.screenshot(GALLERY.resolve("samples-index.png"), 1800);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyControlIsReachableWithTheKeyboard(String sample) throws IOException {
        Report report = write(sample);
        try (BrowserPage page = chromium.open(report.file().toUri())) {
            List<String> reached = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                page.press("Tab");
                reached.add(page.evaluate("(() => { const e = document.activeElement;"
                        + " return e.classList.length > 0 ? e.classList[0] : e.id || e.tagName; })()").asString());
            }
            assertThat(reached).contains("persona-filter", "theme-toggle", "map-scroll", "tp-card");
            // A touchpoint card shows its details when focused from the keyboard.
            page.evaluate("document.querySelector('.tp-card').focus()");
            assertThat(page.evaluate("getComputedStyle(document.querySelector('.tp-card .tp-details')).display")
                    .asString()).isEqualTo("block");
        }
    }
}
