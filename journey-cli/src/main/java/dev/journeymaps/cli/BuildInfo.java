package dev.journeymaps.cli;

import dev.journeymaps.model.io.ProblemWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code journey --version}: the version from the jar's manifest and the commit the jar was built from.
 *
 * <p>The build writes {@code build.properties} next to this class: the commit from {@code git rev-parse HEAD} in a
 * clone, or, in a source archive made by {@code git archive}, from {@code journey-cli/src/build/commit.txt}, which
 * git fills in on export ({@code export-subst}). Nothing else goes into it (no build time), so two builds of the
 * same commit give the same jar.
 */
final class BuildInfo implements IVersionProvider {

    private static final String UNKNOWN = "unknown";
    /** Where the project lives: the POM's url. */
    static final String HOME = "https://github.com/journey-maps/journey-maps";

    @Override
    public String[] getVersion() {
        return new String[] {
            "journey " + version() + " (commit " + commit() + ")",
            "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"
        };
    }

    /** The version from the jar's manifest, or {@code (development build)} when run from classes. */
    static String version() {
        String version = BuildInfo.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    /** This command as the tool of a SARIF log. */
    static ProblemWriter.Tool sarifTool() {
        return new ProblemWriter.Tool("journey", version(), HOME);
    }

    /** The first 12 hex digits of the commit, or {@code unknown} when the sources came without one. */
    static String commit() {
        Properties build = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build information of the journey command", e);
        }
        String commit = build.getProperty("commit", "").strip();
        return commit.matches("[0-9a-f]{12,40}") ? commit.substring(0, 12) : UNKNOWN;
    }
}
