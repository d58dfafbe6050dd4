package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.io.AnalysisResult;
import dev.journeymaps.model.io.AnalysisWriter;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.JourneyWriter;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.SourceRoot;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.html.HtmlReport;
import dev.journeymaps.render.svg.SvgRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One analysis, every output: each touchpoint's friction as the map prints it (the text of its friction cell), as
 * the HTML report's map and hotspot table print it, equals what {@code journey analyze} writes, to two decimals, for
 * every sample read with its survey answers and for generated journeys with generated answers.
 */
class FigureParityTest {

    private static final Path SAMPLES = Path.of("src/main/resources", Samples.FOLDER);
    /** A friction cell's score: its metric text inside its own group (a step without data has none, only a dash). */
    private static final Pattern CELL = Pattern.compile(
            "<g class=\"lane-cell\" data-touchpoint=\"([^\"]+)\">(?:(?!</g>).)*?<text class=\"metric-text\"[^>]*><tspan[^>]*>([^<]*)</tspan>",
            Pattern.DOTALL);
    private static final Pattern HOTSPOT_ROW = Pattern.compile(
            "data-goto=\"([^\"]+)\">.*?</button></td>\\s*<td>.*?</td><td class=\"num\">([^<]*)</td>", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static List<String> names() {
        return Samples.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everySampleShowsTheFrictionOfTheAnalysisOnItsMapAndInItsReport(String name) {
        AnalysisResult result = JourneyLoader.analyse(SAMPLES.resolve(name), ReadLimits.DEFAULTS, SourceRoot.of(SAMPLES));

        assertThat(result.problems()).isEmpty();
        assertSameFigures(result.analysed().orElseThrow());
    }

    @Test
    void theCafeMapShowsTheFrictionItsSurveyGives() {
        // The disagreement this test was written for: the map drew kafic-csat without its survey answers.
        AnalysedJourney cafe = JourneyLoader.analyse(SAMPLES.resolve("kafic-csat.yaml"), ReadLimits.DEFAULTS,
                SourceRoot.of(SAMPLES)).analysed().orElseThrow();

        assertThat(mapFriction(new SvgRenderer().render(cafe, RenderOptions.defaults())))
                .containsEntry("placanje", "0.40")
                .containsEntry("kava-gotova", "0.00");
        assertThat(analyzeFriction(cafe)).hasEntrySatisfying("placanje", f -> assertThat(f).isEqualTo(0.40, within()));
    }

    @Test
    void generatedJourneysWithSurveyAnswersShowTheFrictionOfTheAnalysis() {
        Seeds.forEach(12_000L, 25, seed -> {
            Path file = withAnswers(RandomJourneys.generate(seed, 12), seed);
            AnalysisResult result = JourneyLoader.analyse(file, ReadLimits.DEFAULTS, SourceRoot.of(dir));

            assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
            assertSameFigures(result.analysed().orElseThrow());
        });
    }

    private static void assertSameFigures(AnalysedJourney analysed) {
        Map<String, Double> analyze = analyzeFriction(analysed);
        String svg = new SvgRenderer().render(analysed, RenderOptions.defaults());
        String html = new HtmlReport().render(analysed, List.of());

        assertSameAs(analyze, mapFriction(svg), "the map");
        assertSameAs(analyze, mapFriction(html), "the report's map");
        Map<String, String> table = hotspotFriction(html);
        assertThat(table.keySet()).as("the report's hotspots")
                .containsExactlyElementsOf(analysed.analysis().hotspots().stream()
                        .map(h -> h.touchpoint().touchpointId()).toList());
        assertSameAs(analyze, table, "the report's hotspot table");
    }

    private static void assertSameAs(Map<String, Double> analyze, Map<String, String> shown, String where) {
        shown.forEach((id, text) -> assertThat(Double.parseDouble(western(text)))
                .as("friction of %s on %s", id, where)
                .isEqualTo(analyze.get(id), within()));
    }

    /** A figure as shown, in Western digits: a Persian or Arabic map shows {@code ۰٫۲۳} for {@code 0.23}. */
    static String western(String shown) {
        StringBuilder out = new StringBuilder(shown.length());
        for (char c : shown.toCharArray()) {
            if (c >= '\u06f0' && c <= '\u06f9') {
                out.append((char) ('0' + c - '\u06f0'));
            } else if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else {
                out.append(c == '\u066b' ? '.' : c == '\u2212' ? '-' : c);
            }
        }
        return out.toString();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.005 + 1e-9);
    }

    /** Touchpoint id → friction, as {@code journey analyze --format json} writes it. */
    private static Map<String, Double> analyzeFriction(AnalysedJourney analysed) {
        JsonNode json = JSON.readTree(AnalysisWriter.toJson(analysed.journey(), analysed.analysis()));
        Map<String, Double> friction = new LinkedHashMap<>();
        json.get("touchpoints").forEach(t -> friction.put(t.get("id").asString(), t.get("friction").asDouble()));
        return friction;
    }

    /** Touchpoint id → the text of its friction cell on the map in {@code document}. */
    private static Map<String, String> mapFriction(String document) {
        Map<String, String> cells = new LinkedHashMap<>();
        Matcher m = CELL.matcher(document);
        while (m.find()) {
            cells.put(m.group(1), m.group(2));
        }
        assertThat(cells).as("friction cells").isNotEmpty();
        return cells;
    }

    /** Touchpoint id → the friction in its row of the report's hotspot table. */
    private static Map<String, String> hotspotFriction(String html) {
        Map<String, String> rows = new LinkedHashMap<>();
        int table = html.indexOf("id=\"hotspot-table\"");
        if (table < 0) {
            return rows;
        }
        Matcher m = HOTSPOT_ROW.matcher(html.substring(table, html.indexOf("</table>", table)));
        while (m.find()) {
            rows.put(m.group(1), m.group(2));
        }
        return rows;
    }

    /** {@code journey} written to a file that names a survey file of random answers about its touchpoints. */
    private Path withAnswers(Journey journey, long seed) throws IOException {
        JourneySettings s = journey.settings();
        JourneySettings withSurvey = s.toBuilder()
                .surveys(List.of(new JourneySettings.SurveyFile("answers-" + seed + ".csv", SourceLocation.UNKNOWN)))
                .build();
        Journey surveyed = new Journey(journey.id(), journey.title(), journey.description(), journey.lang(),
                journey.personas(), journey.stages(), journey.location(), withSurvey);
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("touchpoint,metric,value\n");
        for (Touchpoint t : journey.touchpoints()) {
            int answers = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 40);
            for (int i = 0; i < answers; i++) {
                switch (random.nextInt(4)) {
                    case 0 -> csv.append(t.id()).append(",csat,").append(random.nextInt(1, 6)).append('\n');
                    case 1 -> csv.append(t.id()).append(",ces,").append(random.nextInt(1, 6)).append('\n');
                    case 2 -> csv.append(t.id()).append(",nps,").append(random.nextInt(0, 11)).append('\n');
                    default -> csv.append(t.id()).append(",response-time,").append(random.nextInt(1, 48)).append("h\n");
                }
            }
        }
        Files.writeString(dir.resolve("answers-" + seed + ".csv"), csv, StandardCharsets.UTF_8);
        Path file = dir.resolve("journey-" + seed + ".yaml");
        Files.writeString(file, JourneyWriter.toYaml(surveyed), StandardCharsets.UTF_8);
        return file;
    }
}
