package dev.journeymaps.maven;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/** The journey files of a project: those under one folder that match the includes and none of the excludes. */
final class JourneyFiles {

    private JourneyFiles() {}

    /** Sorted by path, so the goals report and write in the same order on every machine. */
    static List<Path> find(Path folder, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        FileSystem fs = folder.getFileSystem();
        List<PathMatcher> in = includes.stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
        List<PathMatcher> out = excludes.stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> matches(in, folder.relativize(f)) && !matches(out, folder.relativize(f)))
                    .sorted()
                    .toList();
        }
    }

    /** {@code **}{@code /*.yaml} should also take {@code a.yaml} at the top, as Maven's own includes do. */
    private static boolean matches(List<PathMatcher> globs, Path relative) {
        Path top = Path.of("top").resolve(relative);
        return globs.stream().anyMatch(g -> g.matches(relative) || g.matches(top));
    }
}
