package dev.journeymaps.cli;

import dev.journeymaps.model.CleanText;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Makes the name of an output and its format agree: the extension of {@code -o} chooses the format when
 * {@code --format} does not, and an extension that no format of the command writes, or that names another format
 * than {@code --format}, is a usage error naming the formats, so that {@code render -o map.jpg} never writes SVG into
 * a {@code .jpg}. A name without an extension ({@code -o map}, {@code -o /dev/stdout}) takes what {@code --format}
 * says.
 *
 * @param <F> the command's formats
 */
final class OutputNames<F> {

    private final Map<String, F> byExtension;

    private OutputNames(Map<String, F> byExtension) {
        this.byExtension = byExtension;
    }

    /** Extensions (lower case, no dot) and the format each is written in, in the order messages list them. */
    @SafeVarargs
    static <F> OutputNames<F> of(Map.Entry<String, F>... byExtension) {
        Map<String, F> map = new LinkedHashMap<>();
        for (Map.Entry<String, F> e : byExtension) {
            map.put(e.getKey(), e.getValue());
        }
        return new OutputNames<>(map);
    }

    /**
     * The format {@code output}'s extension names, checked against {@code chosen} ({@code --format}, {@code --to});
     * empty when there is no output file or its name has no extension.
     *
     * @throws ParameterException when the extension is no format of the command, or another one than chosen
     */
    Optional<F> formatOf(CommandSpec spec, Optional<Path> output, Optional<F> chosen) {
        Optional<String> extension = output.filter(o -> !o.toString().equals("-")).flatMap(OutputNames::extension);
        if (extension.isEmpty()) {
            return Optional.empty();
        }
        String shown = CleanText.echoed(output.get().toString());
        F named = byExtension.get(extension.get());
        if (named == null) {
            throw new ParameterException(spec.commandLine(), "-o " + shown + ": " + spec.name() + " writes no ."
                    + CleanText.echoed(extension.get()) + " files; it writes " + listed()
                    + " (or give a name without an extension and choose with --format)");
        }
        if (chosen.isPresent() && !chosen.get().equals(named)) {
            throw new ParameterException(spec.commandLine(), "-o " + shown + " names " + named + ", not " + chosen.get()
                    + "; end the name in " + extensionsOf(chosen.get()));
        }
        return Optional.of(named);
    }

    private String listed() {
        return byExtension.keySet().stream().map(e -> "." + e).collect(Collectors.joining(", "));
    }

    private String extensionsOf(F format) {
        return byExtension.entrySet().stream().filter(e -> e.getValue().equals(format))
                .map(e -> "." + e.getKey()).collect(Collectors.joining(" or "));
    }

    /** The extension of {@code file}'s name, lower case and without the dot; empty for none or a hidden name. */
    static Optional<String> extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String text = name.toString();
        int dot = text.lastIndexOf('.');
        return dot <= 0 || dot == text.length() - 1
                ? Optional.empty()
                : Optional.of(text.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
