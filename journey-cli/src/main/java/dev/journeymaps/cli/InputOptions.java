package dev.journeymaps.cli;

import dev.journeymaps.model.analysis.SurveyOptions;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.io.AnalysisResult;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.io.SourceRoot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of every command that reads journeys: the limits that keep a hostile file from costing more than it
 * should, and the folder every file a journey names must stay inside. The defaults suit any journey a person or a
 * script writes; raise them only for files you trust.
 */
final class InputOptions {

    @Option(
            names = "--max-size",
            paramLabel = "SIZE",
            converter = SizeConverter.class,
            description = "Largest journey file to read, such as 16MB (the default), 64MB or 500KB.")
    long maxSize = ReadLimits.DEFAULTS.maxDocumentChars();

    @Option(
            names = "--max-text",
            paramLabel = "CHARS",
            description = "Longest single text (a name, a thought...), in characters; a line of YAML may be 10 "
                    + "times as long. Default: ${DEFAULT-VALUE}.")
    int maxText = ReadLimits.DEFAULTS.maxTextLength();

    @Option(
            names = "--max-touchpoints",
            paramLabel = "N",
            description = "Most touchpoints in one journey. Default: ${DEFAULT-VALUE}.")
    int maxTouchpoints = ReadLimits.DEFAULTS.maxTouchpoints();

    @Option(
            names = "--max-entries",
            paramLabel = "N",
            description = "Most keys in one map or items in one list. Default: ${DEFAULT-VALUE}.")
    int maxEntries = ReadLimits.DEFAULTS.maxEntries();

    @Option(
            names = "--max-values",
            paramLabel = "N",
            description = "Most values (maps, lists, texts, numbers) in a journey and the files it includes; each"
                    + " costs about 100 bytes of memory. Default: ${DEFAULT-VALUE}.")
    int maxValues = ReadLimits.DEFAULTS.maxValues();

    @Option(
            names = "--root",
            paramLabel = "DIR",
            description = "Folder that every file a journey names (survey CSVs, included files) must stay inside."
                    + " Default: the current folder.")
    Optional<Path> root = Optional.empty();

    /** The reading limits these options ask for. */
    ReadLimits limits() {
        if (maxSize < 1 || maxText < 1 || maxTouchpoints < 1 || maxEntries < 1 || maxValues < 1) {
            throw new TypeConversionException(
                    "--max-size, --max-text, --max-touchpoints, --max-entries and --max-values must be positive");
        }
        return new ReadLimits(maxSize, maxText, maxTouchpoints, ReadLimits.DEFAULTS.maxDepth(), maxEntries, maxValues);
    }

    /** The root folder, resolved against the command's working directory. */
    SourceRoot root(JourneyCommand command) {
        return SourceRoot.of(command.resolve(root.orElse(Path.of(""))));
    }

    /**
     * Reads and validates {@code path} with these limits, inside the root folder; the journey, the files it includes
     * and the surveys it names become inputs of the run, which no output may replace.
     */
    ReadResult load(JourneyCommand command, Path path) {
        command.readsFrom(path);
        ReadResult result = JourneyLoader.load(path, limits(), root(command));
        readsFrom(command, path, result.includedFiles(), result.journey());
        return result;
    }

    /** The journey, the files it includes and the surveys it names: inputs of the run, which no output may replace. */
    private static void readsFrom(JourneyCommand command, Path path, List<String> included, Optional<Journey> journey) {
        included.forEach(file -> command.readsFrom(Path.of(file)));
        Path folder = command.resolve(path).toAbsolutePath().getParent();
        journey.ifPresent(j -> j.settings().surveys()
                .forEach(survey -> command.readsFrom(folder.resolve(survey.file()))));
    }

    /**
     * Reads and validates {@code path} with these limits, reads the survey files it names and analyses it with them,
     * every file inside the root folder: the one load behind every command that shows figures.
     */
    AnalysisResult analyse(JourneyCommand command, Path path) {
        return analyse(command, path, SurveyOptions.DEFAULTS);
    }

    /** As {@link #analyse(JourneyCommand, Path)}, survey answers grouped and filtered by {@code surveyOptions}. */
    AnalysisResult analyse(JourneyCommand command, Path path, SurveyOptions surveyOptions) {
        command.readsFrom(path);
        AnalysisResult result = JourneyLoader.analyse(path, limits(), root(command), surveyOptions);
        readsFrom(command, path, result.includedFiles(), result.journey());
        return result;
    }

    /**
     * The journey in {@code path} (shown as {@code shown}) when it has no errors; otherwise empty. Its problems go to
     * {@code err} either way, and when it has errors a last line says that {@code nothing} happened (such as "nothing
     * was written").
     */
    Optional<Journey> loadValid(JourneyCommand command, Path path, Path shown, PrintWriter err, String nothing) {
        ReadResult result = load(command, path);
        ProblemReport.printText(result.problems(), err);
        if (result.hasErrors() || result.journey().isEmpty()) {
            err.print("journey: " + shown + " has errors; " + nothing + "\n");
            err.flush();
            return Optional.empty();
        }
        return result.journey();
    }

    /** Sizes as people write them: {@code 16MB}, {@code 500KB}, {@code 2GB} or a number of bytes. */
    static final class SizeConverter implements ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(B|KB|MB|GB)?");

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size; write it like 16MB, 500KB or 1048576");
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "B" : m.group(2);
            return switch (unit) {
                case "KB" -> n << 10;
                case "MB" -> n << 20;
                case "GB" -> n << 30;
                default -> n;
            };
        }
    }
}
