package dev.journeymaps.model.io;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads journeys from YAML (what CX teams write) or JSON (same keys), with every problem as a value that points at
 * its file, line and column. Nothing in a file makes it throw: syntax errors, wrong types, unknown keys, size limits
 * and unreadable files are all problems. Reading does not check the journey as a whole (duplicate ids, references,
 * reachability): {@link JourneyLoader} does both.
 */
public final class JourneyReader {

    private JourneyReader() {}

    /** Reads {@code file} with the default limits: JSON when its name ends in {@code .json}, YAML otherwise. */
    public static ReadResult read(Path file) {
        return read(file, ReadLimits.DEFAULTS);
    }

    /**
     * Reads {@code file} with the given limits; the files it includes must stay inside the current folder (as with
     * the CLI's default {@code --root}).
     */
    public static ReadResult read(Path file, ReadLimits limits) {
        return read(file, limits, SourceRoot.currentFolder());
    }

    /** Reads {@code file} with the given limits; the files it includes must stay inside {@code root}. */
    public static ReadResult read(Path file, ReadLimits limits, SourceRoot root) {
        String name = file.toString();
        TextFile.Read read = TextFile.read(file, name, limits.maxDocumentChars());
        if (read.problem().isPresent()) {
            return failed(read.problem().get());
        }
        return read(read.text(), name, limits, IncludeSource.files(root, limits));
    }

    /** Reads a journey from {@code content}; {@code fileName} names it in problems and chooses JSON or YAML. */
    public static ReadResult read(String content, String fileName) {
        return read(content, fileName, ReadLimits.DEFAULTS);
    }

    /** Reads a journey from {@code content} with the given limits; it cannot include files. */
    public static ReadResult read(String content, String fileName, ReadLimits limits) {
        return read(content, fileName, limits, IncludeSource.none());
    }

    /**
     * Reads a journey from {@code content} with the given limits; the files it includes come from {@code includes},
     * asked with {@code fileName} as the including file.
     */
    public static ReadResult read(String content, String fileName, ReadLimits limits, IncludeSource includes) {
        if (content.length() > limits.maxDocumentChars()) {
            return failed(tooLarge(fileName, content.length(), limits));
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        Optional<Problem> broken = loneSurrogate(text, fileName);
        if (broken.isPresent()) {
            return failed(broken.get());
        }
        boolean json = isJson(fileName);
        Optional<Problem> longLine = json ? Optional.empty() : longLine(text, fileName, limits);
        if (longLine.isPresent()) {
            return failed(longLine.get());
        }
        List<Problem> problems = new ArrayList<>();
        TreeReader.Budget budget = new TreeReader.Budget(limits);
        PersonaIncludes personas = new PersonaIncludes(includes, limits, budget, problems);
        Optional<Journey> journey = new TreeReader(limits, budget, fileName, json, problems)
                .read(text)
                .flatMap(root -> new JourneyBinder(limits, problems, personas).bind(root));
        problems.sort(null);
        return new ReadResult(journey, problems, personas.included());
    }

    /** Whether a file of this name is read as JSON (its name ends in {@code .json}, in any case), else as YAML. */
    static boolean isJson(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Text decoded from a file cannot hold half a surrogate pair, but a string from a program can, and the YAML
     * scanner fails on one with an index error rather than a syntax error.
     */
    private static Optional<Problem> loneSurrogate(String text, String name) {
        // Most files have no surrogate at all: the text is searched in blocks copied to an array, a loop the compiler
        // makes tight (over charAt it took 1.2 % of reading and drawing a 10,000-touchpoint map), and only a block
        // with a surrogate is looked at character by character.
        char[] block = new char[8192];
        for (int from = 0; from < text.length(); from += block.length) {
            int to = Math.min(text.length(), from + block.length);
            text.getChars(from, to, block, 0);
            boolean any = false;
            for (int i = 0; i < to - from; i++) {
                any |= Character.isSurrogate(block[i]);
            }
            if (any) {
                return loneSurrogateFrom(text, name);
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> loneSurrogateFrom(String text, String name) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(Problem.error("io.bad-encoding",
                                "the text holds half a surrogate pair (U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                                        + "), which is not a character", SourceLocation.of(name, line, column))
                        .withHint("remove it; it usually comes from text cut in the middle of an emoji"));
            } else if (c == '\n') {
                line++;
                column = 0;
            }
            column++;
        }
        return Optional.empty();
    }

    /**
     * SnakeYAML copies everything it has peeked at but not consumed each time it reads on, and it peeks at a whole
     * word (or a whole line of a block scalar) before consuming it: the cost of a line grows with its square, so a
     * single 16 MB line would take minutes. Lines are bounded before the scanner sees them.
     */
    static Optional<Problem> longLine(String text, String name, ReadLimits limits) {
        int max = limits.maxLineLength();
        int line = 1;
        // indexOf finds the line breaks many characters at a time; a loop over charAt took 1.5 % of reading and
        // drawing a 10,000-touchpoint map
        for (int start = 0; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > max) {
                return Optional.of(Problem.error("limit.line-too-long", "line " + line + " is " + (end - start)
                                + " characters long, more than the limit of " + max,
                                SourceLocation.of(name, line, max + 1))
                        .withHint("break the text over several lines (YAML folds the lines of a text back into"
                                + " one), or raise the text limit with --max-text if the file is trusted; the"
                                + " line limit is " + ReadLimits.LINE_FACTOR + " times the text limit"));
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static Problem tooLarge(String name, long size, ReadLimits limits) {
        return TextFile.tooLarge(name, size, limits.maxDocumentChars());
    }

    private static ReadResult failed(Problem problem) {
        return new ReadResult(Optional.empty(), List.of(problem));
    }
}
