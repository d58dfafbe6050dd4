package dev.journeymaps.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The import lines of a module's sources: what each module's ArchitectureTest checks its layer rules on. Reading
 * imports as text needs no library and sees exactly what a reviewer sees; a fully qualified name in code is not an
 * import and goes unseen, which the project's style (imports only) makes rare.
 */
public final class SourceImports {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    private SourceImports() {}

    /**
     * One import.
     *
     * @param file the importing file, relative to the root, with {@code /} between folders ({@code svg/SvgWriter.java})
     * @param pkg the file's package relative to the root ({@code svg}; empty at the root)
     * @param imported the imported class or package
     */
    public record Use(String file, String pkg, String imported) {

        /** The importing file's name, without its folders. */
        public String fileName() {
            return file.substring(file.lastIndexOf('/') + 1);
        }
    }

    /** Every import of every Java file under {@code root}, file by file in name order. */
    public static List<Use> under(Path root) {
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                int slash = relative.lastIndexOf('/');
                String pkg = slash < 0 ? "" : relative.substring(0, slash).replace('/', '.');
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    uses.add(new Use(relative, pkg, m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }
}
