package dev.journeymaps.cli;

import dev.journeymaps.model.CleanText;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.render.html.HtmlReport;
import dev.journeymaps.render.html.PortfolioReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A folder of reports: one HTML page per journey and an {@code index.html} ranking what hurts across them. Used by
 * {@code journey render DIR --format html} and {@code journey demo}.
 */
final class Portfolio {

    static final String INDEX = "index.html";

    private final Path folder;
    private final Path shown;
    private final List<PortfolioReport.Entry> entries = new ArrayList<>();
    private final Set<String> pages = new HashSet<>();

    /** A portfolio written into {@code folder}, which messages call {@code shown}. */
    Portfolio(Path folder, Path shown) {
        this.folder = folder;
        this.shown = shown;
    }

    /**
     * The journey files of {@code folder} (YAML or JSON, not in sub-folders), by name. A symbolic link to a file
     * outside the folder is skipped, with a line on {@code err}: a folder of journeys is what it holds, not what its
     * links reach. Messages name the folder as {@code shown}.
     */
    static List<Path> journeyFiles(Path folder, Path shown, PrintWriter err) throws IOException {
        Path real = folder.toRealPath();
        List<Path> journeys = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(?i).*\\.(ya?ml|json)"))
                    .sorted()
                    .toList()) {
                if (f.toRealPath().startsWith(real)) {
                    journeys.add(f);
                } else {
                    err.print("journey: skipped " + CleanText.echoed(f.getFileName().toString()) + ": it links to a"
                            + " file outside " + CleanText.echoed(shown.toString()) + "\n");
                }
            }
        }
        return journeys;
    }

    /**
     * Writes the report of a journey read without errors, with its analysis and its warnings, and prints its path;
     * returns the page's file name.
     */
    String add(AnalysedJourney analysed, List<Problem> problems, PrintWriter out) throws IOException {
        Journey journey = analysed.journey();
        String page = journey.id() + ".html";
        for (int n = 2; !pages.add(page); n++) { // two files may hold journeys with the same id
            page = journey.id() + "-" + n + ".html";
        }
        String html = new HtmlReport().render(analysed, problems);
        AtomicFiles.write(folder.resolve(page), stream -> stream.write(html.getBytes(StandardCharsets.UTF_8)));
        entries.add(new PortfolioReport.Entry(analysed, page, problems));
        out.print(shown.resolve(page) + "\n");
        return page;
    }

    /** Writes the index over every journey added so far and prints its path. */
    void writeIndex(String title, PrintWriter out) throws IOException {
        String html = new PortfolioReport().render(title, entries);
        AtomicFiles.write(folder.resolve(INDEX), stream -> stream.write(html.getBytes(StandardCharsets.UTF_8)));
        out.print(shown.resolve(INDEX) + "\n");
    }
}
