package dev.journeymaps.samples;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Evidence;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Outcome;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.Hotspot;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import dev.journeymaps.model.io.AnalysisResult;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Validator;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.html.HtmlReport;
import dev.journeymaps.render.raster.RasterRenderer;
import dev.journeymaps.render.raster.RasterResult;
import dev.journeymaps.render.slides.SlideDeck;
import dev.journeymaps.render.svg.SvgRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How to use journey-maps from Java: build a journey with the builder, validate it, render it to SVG; or load a
 * journey file with its survey answers and analyse it in one call, then draw its map and report from that analysis.
 *
 * <p>Run it with a file name to write the map there ({@code java ... EmbeddingExample map.svg}), or without one to
 * print the SVG. The regions between {@code tag::} and {@code end::} comments are quoted in {@code docs/}.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {}

    /** Writes the example map to {@code args[0]}, or to standard output when no argument is given. */
    public static void main(String[] args) throws IOException {
        Journey journey = journey();
        List<Problem> problems = Validator.validate(journey);
        problems.forEach(p -> System.err.println(p));
        if (problems.stream().anyMatch(Problem::isError)) {
            System.exit(2);
        }
        String svg = svg(journey);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), svg, StandardCharsets.UTF_8);
        } else {
            System.out.print(svg);
        }
    }

    /** The example journey: a returns desk in a DIY store, built in Java. */
    public static Journey journey() {
        // tag::build[]
        Journey journey = Journey.builder("diy-store-return", "Returning a drill at the DIY store")
                .description("A customer brings back a cordless drill that stopped charging after a week.")
                .persona("luka", "Weekend builder Luka", p -> p
                        .description("Renovates his flat at weekends and buys tools as he needs them.")
                        .demographic("age", "36")
                        .goal("Swap the drill before Saturday's work"))
                .stage("return", "Return", s -> s
                        .goal("Get a working drill without a fight")
                        .touchpoint("returns-desk", "Queues at the returns desk", t -> t
                                .channel("store")
                                .emotion(Emotion.FRUSTRATED)
                                .effort(3)
                                .evidence(Evidence.MEASURED)
                                .painPoint("One desk open on a Saturday morning", Severity.HIGH)
                                .opportunity("Open a second desk on Saturday mornings", "store manager",
                                        LocalDate.of(2027, 3, 1), "average queue time")
                                .next("swap", 0.8, "receipt found")
                                .next("store-credit", 0.2, "no receipt"))
                        .touchpoint("store-credit", "Gets store credit instead of a refund", t -> t
                                .channel("store")
                                .emotion(Emotion.FRUSTRATED)
                                .outcome(Outcome.COMPLETED)) // a refund denied, but not given up
                        .touchpoint("swap", "Gets a new drill on the spot", t -> t
                                .channel("store")
                                .emotion(Emotion.HAPPY)
                                .momentOfTruth()
                                .csat(84)
                                .responseTime(Duration.ofMinutes(12))))
                .build();
        // end::build[]
        return journey;
    }

    /** The example journey's map as SVG. */
    public static String svg(Journey journey) {
        // tag::render[]
        String svg = new SvgRenderer().render(journey);
        // end::render[]
        return svg;
    }

    /**
     * The map and the report of the journey in {@code file}, analysed with the survey answers it names; empty when
     * the journey or a survey file has errors. Problems are printed on standard error.
     */
    public static Optional<List<String>> mapAndReport(Path file) {
        // tag::analyse[]
        AnalysisResult result = JourneyLoader.analyse(file);   // read, validate, read its surveys, analyse
        result.problems().forEach(p -> System.err.println(p)); // the journey's and its survey files' alike
        if (result.hasErrors()) {
            return Optional.empty();                            // result.analysed() is empty too
        }
        AnalysedJourney analysed = result.analysed().orElseThrow();
        String svg = new SvgRenderer().render(analysed, RenderOptions.defaults());
        String html = new HtmlReport().render(analysed, result.problems());
        // end::analyse[]
        return Optional.of(List.of(svg, html));
    }

    /** The journey in {@code file} when it has no errors; its problems are printed on standard error. */
    public static Optional<Journey> load(Path file) {
        // tag::load[]
        ReadResult result = JourneyLoader.load(file);                   // read and validate
        result.problems().forEach(p -> System.err.println(p + (p.hint().isEmpty() ? "" : "\n  hint: " + p.hint())));
        Optional<Journey> journey = result.validJourney();              // present only when there are no errors
        // end::load[]
        return journey;
    }

    /** Prints the hotspots of {@code analysed} to {@code out}, worst first, each with what makes up its friction. */
    public static void printHotspots(AnalysedJourney analysed, PrintStream out) {
        // tag::hotspots[]
        JourneyAnalysis analysis = analysed.analysis();
        out.printf(Locale.ROOT, "experience score %.0f of 100%n", analysis.experienceScore());
        for (Hotspot hotspot : analysis.hotspots()) {                    // highest impact (friction × reach) first
            TouchpointAnalysis t = hotspot.touchpoint();
            out.printf(Locale.ROOT, "%d. %s: friction %.2f, reach %.0f%%, impact %.2f%n",
                    hotspot.rank(), t.touchpointId(), t.friction(), 100 * t.reach(), t.impact());
            t.topComponents().forEach(c -> out.printf(Locale.ROOT, "   %s adds %.2f%n",
                    c.component().key(), c.contribution()));             // why: the parts of the score
        }
        // end::hotspots[]
    }

    /**
     * Writes the map of {@code analysed} as {@code map.png}, {@code map.pdf} and the slide deck {@code map.pptx}, and
     * its report as {@code report.html}.
     */
    public static void writeFiles(AnalysedJourney analysed, Path dir) throws IOException {
        // tag::files[]
        RasterRenderer raster = new RasterRenderer();
        RenderOptions a3 = RenderOptions.defaults().withPage(Page.A3);    // rows that fit an A3 page
        try (OutputStream png = Files.newOutputStream(dir.resolve("map.png"))) {
            RasterResult drawn = raster.renderPng(analysed, a3, 2.0, RasterRenderer.DEFAULT_MAX_PIXELS, png);
            drawn.warning().ifPresent(System.err::println);             // drawn smaller to stay within the pixels
        }
        try (OutputStream pdf = Files.newOutputStream(dir.resolve("map.pdf"))) {
            raster.renderPdf(analysed, a3, pdf);                         // one page per row, title block first
        }
        String report = new HtmlReport().render(analysed, List.of());   // one file, no network needed to open it
        Files.writeString(dir.resolve("report.html"), report, StandardCharsets.UTF_8);
        try (OutputStream pptx = Files.newOutputStream(dir.resolve("map.pptx"))) {
            new SlideDeck().render(analysed, RenderOptions.defaults().withPage(Page.SLIDE), pptx); // 16:9 slides
        }
        // end::files[]
    }
}
