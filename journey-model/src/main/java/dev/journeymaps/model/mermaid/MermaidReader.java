package dev.journeymaps.model.mermaid;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneyBuilder;
import dev.journeymaps.model.Outcome;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.Transition;
import dev.journeymaps.model.io.ReadLimits;
import dev.journeymaps.model.io.ReadResult;
import dev.journeymaps.model.io.TextFile;
import dev.journeymaps.model.validate.Validator;
import java.nio.file.Path;
import dev.journeymaps.model.validate.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Mermaid {@code journey} diagram into a journey: sections become stages, tasks touchpoints, actors personas
 * (ids derived from their names) and scores 1..5 emotions -2..+2. Follows Mermaid's grammar with its corners: YAML
 * front matter with a title, {@code %%} comments and {@code %%{init}%%} directives, {@code #} comments, entity codes,
 * {@code accTitle}/{@code accDescr} (also {@code accDescr { ... }} over several lines), tasks before any section and
 * {@code <br>} in names. Problems point at the diagram's lines; nothing is thrown for bad content. What Mermaid has no
 * words for (next steps with their shares, exits and their outcome) is read from the {@code %% journey-maps}
 * comments the writer leaves under a task.
 */
public final class MermaidReader {

    /** The id of the stage that holds tasks written before any {@code section}; the writer writes it back bare. */
    public static final String NO_SECTION_STAGE = "before-sections";

    /** The start of a comment that carries what Mermaid cannot say about a task; see {@link #carried}. */
    static final String CARRIED = "%% journey-maps";

    private static final Pattern ACC = Pattern.compile("^(accTitle|accDescr)\\s*([:{])\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern KEYWORD = Pattern.compile("^(title|section)(?:\\s+(.*))?$", Pattern.DOTALL);

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> personaIds = new LinkedHashMap<>();
    private final Slugs personaSlugs = new Slugs("persona");
    private final Slugs stageSlugs = new Slugs("stage");
    private final Slugs taskSlugs = new Slugs("task");
    private final List<Section> sections = new ArrayList<>();
    private String title = "";
    private String accTitle = "";
    private String description = "";
    private StringBuilder openDescription;
    private int openDescriptionLine;
    private boolean sawJourney;
    private final ReadLimits limits;
    /** Set when a limit was reached: the rest is not read, and nothing is imported. */
    private boolean stopped;
    private int tasks;

    private record Section(String id, String name, SourceLocation at, List<Task> tasks) {}

    private record Task(String id, String name, Emotion emotion, List<String> actors, SourceLocation at,
            Carried carried) {}

    /** What a task's {@code %% journey-maps} comments carry: its written next steps, whether it is an exit, and how. */
    private static final class Carried {
        final List<Transition> next = new ArrayList<>();
        boolean exit;
        Optional<Outcome> outcome = Optional.empty();
    }

    private MermaidReader(String file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** The journey drawn by the Mermaid diagram {@code text}, read from a file named {@code fileName}. */
    public static ReadResult read(String text, String fileName) {
        return read(text, fileName, ReadLimits.DEFAULTS);
    }

    /**
     * The journey drawn by the Mermaid diagram {@code text} within the journey limits: its size, the length of a
     * line and of a text, the number of tasks (touchpoints), sections and actors. A diagram whose journey would not
     * be valid (an empty name, say) gives that journey's errors at the diagram's lines, so nothing invalid is
     * imported.
     */
    public static ReadResult read(String text, String fileName, ReadLimits limits) {
        if (text.length() > limits.maxDocumentChars()) {
            return new ReadResult(Optional.empty(), List.of(Problem.error("limit.too-large", "the file is "
                            + text.length() + " characters, more than the limit of " + limits.maxDocumentChars(),
                    SourceLocation.of(fileName, 1, 1))));
        }
        return new MermaidReader(fileName, limits).run(text);
    }

    /**
     * The journey drawn by the Mermaid diagram in {@code file} (named {@code fileName} in problems): only a regular
     * file, within the limits, in UTF-8 (a bad byte is reported at its line and column).
     */
    public static ReadResult read(Path file, String fileName, ReadLimits limits) {
        TextFile.Read read = TextFile.read(file, fileName, limits.maxDocumentChars());
        if (read.problem().isPresent()) {
            return new ReadResult(Optional.empty(), List.of(read.problem().get()));
        }
        return read(read.text(), fileName, limits);
    }

    private ReadResult run(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].length() > limits.maxLineLength()) {
                problems.add(Problem.error("limit.line-too-long", "line " + (i + 1) + " is " + lines[i].length()
                                + " characters long, more than the limit of " + limits.maxLineLength(),
                        at(i + 1, limits.maxLineLength() + 1)));
                return new ReadResult(Optional.empty(), problems);
            }
        }
        int first = frontMatter(lines);
        for (int i = first; i < lines.length; i++) {
            if (!line(lines[i], i + 1)) {
                return new ReadResult(Optional.empty(), problems);
            }
        }
        if (openDescription != null) {
            problems.add(Problem.warning("mermaid.unclosed-block", "'accDescr {' is never closed with '}'",
                    at(openDescriptionLine, 1)).withHint("close the description with '}' on its own line"));
            description = limited(openDescription.toString().strip(), "the description",
                    at(openDescriptionLine, 1));
        }
        if (!sawJourney) {
            problems.add(Problem.error("mermaid.not-a-journey", "this Mermaid file holds no 'journey' diagram",
                    at(1, 1)).withHint("a journey diagram starts with the line 'journey'"));
            return new ReadResult(Optional.empty(), problems);
        }
        if (sections.stream().allMatch(s -> s.tasks().isEmpty())) {
            problems.add(Problem.error("mermaid.no-tasks", "the journey diagram has no tasks", at(1, 1))
                    .withHint("write tasks as 'Task name: 5: Actor, Actor' under a 'section' line"));
            return new ReadResult(Optional.empty(), problems);
        }
        if (stopped) {
            return new ReadResult(Optional.empty(), problems);
        }
        Journey journey = journey();
        // What the import writes must read back as a valid journey: its errors (an empty name...) stop it here,
        // at the diagram's lines, rather than in the next 'validate'.
        Validator.validate(journey).stream().filter(Problem::isError).forEach(problems::add);
        return new ReadResult(Optional.of(journey), problems);
    }

    /** Skips YAML front matter ({@code ---} ... {@code ---}), taking its {@code title}; answers the next line index. */
    private int frontMatter(String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---")) {
                return i + 1;
            }
            if (lines[i].startsWith("title:")) {
                title = limited(unquote(lines[i].substring("title:".length()).strip()), "the title", at(i + 1, 1));
            }
        }
        return lines.length;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** Reads one line; false when reading must stop. */
    private boolean line(String raw, int number) {
        if (openDescription != null) {
            int close = raw.indexOf('}');
            openDescription.append(close < 0 ? raw : raw.substring(0, close)).append('\n');
            if (close >= 0) {
                description = limited(Entities.decode(Entities.protect(openDescription.toString().strip())),
                        "the description", at(openDescriptionLine, 1));
                openDescription = null;
            }
            return true;
        }
        String trimmed = raw.strip();
        if (trimmed.startsWith(CARRIED)) {
            carried(trimmed.substring(CARRIED.length()).strip(), number);
            return true;
        }
        if (trimmed.isEmpty() || trimmed.startsWith("%%")) {
            return true;
        }
        String text = Entities.protect(raw);
        int comment = text.indexOf('#');
        if (comment >= 0) {
            text = text.substring(0, comment);
        }
        int offset = 0;
        for (String statement : text.split(";", -1)) {
            String s = statement.strip();
            int column = offset + statement.indexOf(s) + 1;
            offset += statement.length() + 1;
            if (!s.isEmpty() && !statement(s, number, column, raw)) {
                return false;
            }
        }
        return true;
    }

    private boolean statement(String s, int line, int column, String raw) {
        if (!sawJourney) {
            if (s.equals("journey")) {
                sawJourney = true;
                return true;
            }
            problems.add(Problem.error("mermaid.not-a-journey",
                    "expected 'journey' to start the diagram, found '" + Entities.decode(s) + "'", at(line, column))
                    .withHint("journey-maps imports Mermaid journey diagrams only (not flowcharts or others)"));
            return false;
        }
        Matcher acc = ACC.matcher(s);
        if (acc.matches()) {
            accessibility(acc, line, raw);
            return true;
        }
        Matcher keyword = KEYWORD.matcher(s);
        if (keyword.matches()) {
            String value = keyword.group(2) == null ? "" : Entities.decode(keyword.group(2).strip());
            limited(value, keyword.group(1).equals("title") ? "the title" : "a section name", at(line, column));
            if (keyword.group(1).equals("title")) {
                title = value;
            } else if (within(sections.size() + 1, limits.maxEntries(), "limit.too-many-entries", "sections",
                    at(line, column))) {
                sections.add(new Section(stageSlugs.of(value), value, at(line, column), new ArrayList<>()));
            }
            return !stopped;
        }
        if (within(++tasks, limits.maxTouchpoints(), "limit.too-many-touchpoints", "tasks (touchpoints)",
                at(line, column))) {
            task(s, line, column);
        }
        return !stopped;
    }

    /**
     * A {@code %% journey-maps} comment: what Mermaid cannot say about the task above it, written by
     * {@link MermaidWriter} (Mermaid itself skips it as a comment). {@code next: id share, id} are its written steps
     * (to the ids import gives tasks), {@code exit} ends the journey there, {@code outcome: completed|abandoned}
     * says how. Anything else, or a comment before any task, is a warning and is skipped.
     */
    private void carried(String text, int line) {
        List<Task> last = sections.isEmpty() ? List.of() : sections.get(sections.size() - 1).tasks();
        Optional<Outcome> outcome = text.startsWith("outcome:")
                ? Outcome.parse(text.substring("outcome:".length()).strip()) : Optional.empty();
        if (last.isEmpty() || !(text.startsWith("next:") || text.equals("exit") || outcome.isPresent())) {
            problems.add(Problem.warning("mermaid.bad-comment", "'" + CARRIED + " " + Entities.decode(text)
                            + "' is not understood here; it is skipped", at(line, 1))
                    .withHint("journey-maps writes 'next: ID SHARE, ID', 'exit' and 'outcome: completed|abandoned'"
                            + " under a task"));
            return;
        }
        Carried carried = last.get(last.size() - 1).carried();
        if (outcome.isPresent()) {
            carried.outcome = outcome;
            carried.exit = true;
        } else if (text.equals("exit")) {
            carried.exit = true;
        } else {
            for (String step : text.substring("next:".length()).split(",")) {
                String[] parts = step.strip().split("\\s+");
                if (parts.length == 0 || parts[0].isEmpty()) {
                    continue;
                }
                OptionalDouble share = OptionalDouble.empty();
                if (parts.length > 1) {
                    try {
                        double value = Double.parseDouble(parts[1]);
                        share = Transition.isValidShare(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
                    } catch (NumberFormatException e) {
                        share = OptionalDouble.empty();
                    }
                }
                carried.next.add(new Transition(parts[0], share, "", at(line, 1)));
            }
        }
    }

    private void accessibility(Matcher acc, int line, String raw) {
        if (acc.group(1).equals("accTitle")) {
            accTitle = limited(Entities.decode(acc.group(3).strip()), "the title", at(line, 1));
        } else if (acc.group(2).equals(":")) {
            description = limited(Entities.decode(acc.group(3).strip()), "the description", at(line, 1));
        } else {
            // accDescr { ... } may close on its own line, or several lines later.
            String rest = raw.substring(raw.indexOf('{') + 1);
            int close = rest.indexOf('}');
            if (close >= 0) {
                description = limited(Entities.decode(Entities.protect(rest.substring(0, close).strip())),
                        "the description", at(line, 1));
            } else {
                openDescription = new StringBuilder(rest).append('\n');
                openDescriptionLine = line;
            }
        }
    }

    private void task(String s, int line, int column) {
        int colon = s.indexOf(':');
        String name = limited(Entities.decode((colon < 0 ? s : s.substring(0, colon)).strip()), "a task name",
                at(line, column));
        String[] data = colon < 0 ? new String[0] : s.substring(colon + 1).split(":", -1);
        String score = data.length == 0 ? "" : data[0].strip();
        SourceLocation scoreAt = at(line, colon < 0 ? column + s.length() : column + colon + 1 + data[0].indexOf(
                score));
        Emotion emotion = emotion(score, name, scoreAt);
        List<String> actors = new ArrayList<>();
        if (data.length > 1) {
            for (String actor : data[1].split(",", -1)) {
                String actorName = limited(Entities.decode(actor.strip()), "an actor name", at(line, column));
                if (!actorName.isEmpty() && (personaIds.containsKey(actorName) || within(personaIds.size() + 1,
                        limits.maxEntries(), "limit.too-many-entries", "actors", at(line, column)))) {
                    actors.add(personaIds.computeIfAbsent(actorName, personaSlugs::of));
                }
            }
        }
        if (sections.isEmpty()) {
            sections.add(new Section(NO_SECTION_STAGE, "Start", at(line, column), new ArrayList<>()));
        }
        sections.get(sections.size() - 1).tasks().add(new Task(taskSlugs.of(name), name, emotion,
                List.copyOf(actors), at(line, column), new Carried()));
    }

    private Emotion emotion(String score, String task, SourceLocation at) {
        double value;
        try {
            value = Double.parseDouble(score);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            problems.add(Problem.warning("mermaid.bad-score", (score.isEmpty() ? "task '" + task + "' has no score"
                                    : "score '" + Entities.decode(score) + "' of task '" + task + "' is not a number")
                            + "; the task is left neutral", at)
                    .withHint("write a score from 1 (very bad) to 5 (very good): 'Task: 4: Actor'"));
            return Emotion.NEUTRAL;
        }
        long clamped = Math.max(1, Math.min(5, Math.round(value)));
        if (clamped != value) {
            problems.add(Problem.warning("mermaid.score-out-of-range", "score " + score + " of task '" + task
                            + "' is not a whole number from 1 to 5; read as " + clamped, at)
                    .withHint("Mermaid scores run from 1 (very bad) to 5 (very good)"));
        }
        return Emotion.of((int) clamped - 3);
    }

    private Journey journey() {
        String name = title.isBlank() ? (accTitle.isBlank() ? stem(file) : accTitle) : title;
        JourneyBuilder builder = Journey.builder(new Slugs("journey").of(name), name).at(at(1, 1));
        if (!description.isBlank()) {
            builder.description(description);
        }
        personaIds.forEach((personaName, id) -> builder.persona(id, personaName));
        for (Section section : sections) {
            builder.stage(section.id(), section.name(), stage -> {
                stage.at(section.at());
                for (Task task : section.tasks()) {
                    Carried carried = task.carried();
                    stage.touchpoint(task.id(), task.name(), t -> {
                        t.at(task.at()).emotion(task.emotion()).actors(task.actors().toArray(String[]::new));
                        carried.next.forEach(t::next);
                        if (carried.exit && carried.next.isEmpty()) {
                            t.exit();
                            carried.outcome.ifPresent(t::outcome);
                        }
                    });
                }
            });
        }
        return builder.build();
    }

    private static String stem(String file) {
        String name = file.replace('\\', '/').substring(file.replace('\\', '/').lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name.isEmpty() ? "Journey" : name;
    }

    /** {@code text} when within the text limit; otherwise a problem at {@code at}, and reading stops. */
    private String limited(String text, String what, SourceLocation at) {
        if (text.length() > limits.maxTextLength() && !stopped) {
            problems.add(Problem.error("limit.text-too-long", what + " is " + text.length()
                            + " characters long, more than the limit of " + limits.maxTextLength(), at)
                    .withHint("shorten it, or raise the limit with --max-text if the file is trusted"));
            stopped = true;
        }
        return text;
    }

    /** Counts one more of {@code what}; false (with a problem) past {@code max}. */
    private boolean within(int count, int max, String code, String what, SourceLocation at) {
        if (count > max && !stopped) {
            problems.add(Problem.error(code, "the diagram has more than " + max + " " + what, at)
                    .withHint("split the diagram, or raise the limit if the file is trusted"));
            stopped = true;
        }
        return !stopped;
    }

    private SourceLocation at(int line, int column) {
        return SourceLocation.of(file, line, column);
    }
}
