package dev.journeymaps.cli;

import dev.journeymaps.model.CleanText;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.Hotspot;
import dev.journeymaps.model.io.AnalysisWriter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code journey hotspots FILE [--top N] [--format table|json|csv]}: where customers suffer most. */
@Command(
        name = "hotspots",
        description = {
            // The path on a line of its own: picocli may break a line after the dot of "docs/metrics.md".
            "List the friction hotspots of a journey, ranked by impact (friction x reach), with the components"
                    + " that contribute most.",
            "How impact is computed: docs/metrics.md.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  journey hotspots checkout.yaml",
            "  journey hotspots checkout.yaml --top 3 --format csv -o hotspots.csv",
            "  journey hotspots checkout.yaml --persona emma"
        })
final class HotspotsCommand implements Callable<Integer> {

    private static final OutputNames<HotspotFormat> NAMES = OutputNames.of(Map.entry("txt", HotspotFormat.TABLE),
            Map.entry("json", HotspotFormat.JSON), Map.entry("csv", HotspotFormat.CSV));

    /** How the ranking is printed. */
    enum HotspotFormat {
        TABLE,
        JSON,
        CSV
    }

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisRun run;

    @Option(names = "--top", paramLabel = "N", description = "Show only the first N hotspots.")
    Optional<Integer> top = Optional.empty();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table, json or csv. Default: what the extension of OUT names (txt, json, csv), else"
                    + " table.")
    Optional<HotspotFormat> format = Optional.empty();

    @Override
    public Integer call() throws IOException {
        if (top.isPresent() && top.get() < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be 1 or more, was " + top.get());
        }
        parent.refuseAsOutput(run.output.output, run.file);
        Optional<HotspotFormat> named = NAMES.formatOf(spec, run.output.output, format);
        HotspotFormat chosen = format.or(() -> named).orElse(HotspotFormat.TABLE);
        AnalysisRun.Loaded loaded = run.analyse(parent, spec.commandLine().getErr());
        if (loaded.analysed().isEmpty()) {
            return loaded.exitCode();
        }
        AnalysedJourney analysed = run.persona.routeOf(loaded.analysed().get(), spec);
        List<Hotspot> hotspots = analysed.analysis().hotspots();
        hotspots = hotspots.subList(0, Math.min(hotspots.size(), top.orElse(hotspots.size())));
        String text = switch (chosen) {
            case TABLE -> table(analysed.journey(), hotspots, analysed.analysis().options().hotspotThreshold());
            case JSON -> AnalysisWriter.hotspotsToJson(analysed.journey(), hotspots);
            case CSV -> AnalysisWriter.hotspotsToCsv(analysed.journey(), hotspots);
        };
        run.output.write(parent, text, spec.commandLine().getOut());
        return JourneyCommand.EXIT_OK;
    }

    static String table(Journey journey, List<Hotspot> hotspots, double threshold) {
        if (hotspots.isEmpty()) {
            return "no hotspots: no touchpoint has friction of " + number(threshold) + " or more\n";
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-4s  %-24s  %8s  %5s  %6s  %s\n",
                "rank", "touchpoint", "friction", "reach", "impact", "top components"));
        for (Hotspot h : hotspots) {
            var t = h.touchpoint();
            String name = journey.touchpoint(t.touchpointId()).map(Touchpoint::name).orElse(t.touchpointId());
            String components = t.topComponents().stream().limit(3)
                    .map(c -> c.component().key() + " " + number(c.contribution()))
                    .collect(Collectors.joining(", "));
            s.append(String.format(Locale.ROOT, "%-4d  %-24s  %8s  %4.0f%%  %6s  %s\n", h.rank(),
                    t.touchpointId(), number(t.friction()), 100 * t.reach(), number(t.impact()), components));
            s.append("      ").append(CleanText.shown(name.replace('\n', ' '))).append('\n');
        }
        return s.toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
