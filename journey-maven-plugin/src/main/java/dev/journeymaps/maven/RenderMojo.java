package dev.journeymaps.maven;

import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.io.AnalysisResult;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.html.HtmlReport;
import dev.journeymaps.render.svg.SvgRenderer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code journey:render}: draws the map ({@code .svg}) and the HTML report ({@code .html}) of every valid journey into
 * {@code target/journeys}, keeping the folders the journeys are in. Journeys with errors are skipped with a warning;
 * {@code journey:validate} is the goal that fails the build on them. Bound to {@code site} by default; bind it to
 * {@code verify} (or any phase) with an execution's {@code <phase>}.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class RenderMojo extends AbstractJourneyMojo {

    /** Where the maps and reports go. */
    @Parameter(property = "journey.outputDirectory", defaultValue = "${project.build.directory}/journeys")
    File outputDirectory;

    /** A goal that Maven configures. */
    public RenderMojo() {}

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping journey rendering");
            return;
        }
        Path folder = directory.toPath();
        int rendered = 0;
        for (Path file : journeys()) {
            AnalysisResult result = load(file);
            if (result.analysed().isEmpty()) {
                getLog().warn(file + ": not rendered, it has errors (journey:validate lists them)");
                continue;
            }
            AnalysedJourney journey = result.analysed().get();
            String base = folder.relativize(file).toString().replaceFirst("\\.(ya?ml|json)$", "");
            Path svg = outputDirectory.toPath().resolve(base + ".svg");
            Path html = outputDirectory.toPath().resolve(base + ".html");
            write(svg, out -> new SvgRenderer().render(journey, RenderOptions.defaults(), out));
            write(html, out -> out.write(new HtmlReport().render(journey, result.problems())
                    .getBytes(StandardCharsets.UTF_8)));
            getLog().info("Rendered " + svg + " and " + html);
            rendered++;
        }
        getLog().info("Rendered " + rendered + (rendered == 1 ? " journey" : " journeys") + " into " + outputDirectory);
    }

    /** What writes one output file. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Into a temporary file beside the target, then moved into place: no half-written map is ever left. */
    private static void write(Path target, Content content) throws MojoExecutionException {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".journey-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    content.writeTo(out);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
