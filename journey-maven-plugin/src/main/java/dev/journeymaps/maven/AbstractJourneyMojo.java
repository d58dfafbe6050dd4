package dev.journeymaps.maven;

import dev.journeymaps.model.io.AnalysisResult;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.SourceRoot;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What both goals share: which files are journeys, and a switch to skip. */
abstract class AbstractJourneyMojo extends AbstractMojo {

    /** The folder that holds the journeys. */
    @Parameter(property = "journey.directory", defaultValue = "${project.basedir}/src/main/journeys")
    File directory;

    /** Globs, relative to {@code directory}, of the journey files. */
    @Parameter
    List<String> includes = List.of("**/*.yaml", "**/*.yml", "**/*.json");

    /** Globs of files under {@code directory} that are not journeys, such as shared persona files. */
    @Parameter
    List<String> excludes = List.of();

    /** Files a journey includes (shared personas, surveys) must stay inside the project. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File projectDirectory;

    /** Skips the goal. */
    @Parameter(property = "journey.skip", defaultValue = "false")
    boolean skip;

    /**
     * Reads and validates one journey with the survey answers it names, and analyses it, as the {@code journey}
     * command does: the same problems, the same figures on the map.
     */
    AnalysisResult load(Path file) {
        return JourneyLoader.analyse(file, ReadLimits.DEFAULTS, SourceRoot.of(projectDirectory.toPath()));
    }

    List<Path> journeys() throws MojoExecutionException {
        try {
            List<Path> files = JourneyFiles.find(directory.toPath(), includes, excludes);
            if (files.isEmpty()) {
                getLog().info("No journeys in " + directory);
            }
            return files;
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot list the journeys in " + directory + ": " + e.getMessage(), e);
        }
    }
}
