package dev.journeymaps.maven;

import dev.journeymaps.model.validate.Problem;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code journey:validate}: checks every journey of the project and fails the build when one has errors. Each problem
 * is printed as {@code FILE:LINE:COL: error: message [code]}, the compiler's format that IDEs link to the line.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ValidateMojo extends AbstractJourneyMojo {

    /** Fails the build on warnings too. */
    @Parameter(property = "journey.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    /** A goal that Maven configures. */
    public ValidateMojo() {}

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping journey validation");
            return;
        }
        List<Path> files = journeys();
        int errors = 0;
        int warnings = 0;
        for (Path file : files) {
            for (Problem p : load(file).problems()) {
                if (p.isError()) {
                    errors++;
                    getLog().error(CompilerFormat.format(p));
                } else {
                    warnings++;
                    getLog().warn(CompilerFormat.format(p));
                }
            }
        }
        String summary = files.size() + (files.size() == 1 ? " journey: " : " journeys: ") + errors
                + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
        if (errors > 0 || failOnWarnings && warnings > 0) {
            throw new MojoFailureException("Journey validation failed, " + summary + " (codes: docs/validation.md)");
        }
        getLog().info("Validated " + summary);
    }
}
