package dev.journeymaps.model.io;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Quote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The value of {@code personas}: a list of personas written in place, or {@code {include: FILE}} /
 * {@code {include: [FILE, ...]}} naming persona files shared by many journeys. A persona file is a map with one key,
 * {@code personas}, whose value has the same two forms, so libraries can build on each other. Nodes read from an
 * included file carry that file's name, so every problem in it points at its own line.
 */
final class PersonaIncludes {

    static final List<String> INCLUDE_KEYS = List.of("include");
    static final List<String> FILE_KEYS = List.of("personas");
    /**
     * How many persona files may include one another in a chain. Each level is a few frames of this reader, so a
     * chain of 2,000 files overflowed the stack; no real library of personas is more than a few levels deep.
     */
    static final int MAX_DEPTH = 32;

    private final IncludeSource source;
    private final ReadLimits limits;
    private final TreeReader.Budget budget;
    private final List<Problem> problems;
    /** Keys of the files being read, outermost first, with their names: a key seen again is a cycle. */
    private final Map<String, String> reading = new LinkedHashMap<>();
    /** Keys of the files already read: a library reached twice (a diamond) is read once. */
    private final Set<String> read = new HashSet<>();
    private final List<String> included = new ArrayList<>();

    PersonaIncludes(IncludeSource source, ReadLimits limits, TreeReader.Budget budget, List<Problem> problems) {
        this.source = source;
        this.limits = limits;
        this.budget = budget;
        this.problems = problems;
    }

    /** The names of the files included so far, in the order they were first read. */
    List<String> included() {
        return List.copyOf(included);
    }

    /** The persona maps (and anything else written as one, for the binder to report) of a {@code personas} value. */
    List<Node> personas(Node value, String fileKey) {
        reading.putIfAbsent(fileKey, value.location().file());
        if (value instanceof Node.ListNode list) {
            return list.items();
        }
        if (!(value instanceof Node.MapNode map)) {
            problems.add(Problem.error("format.wrong-type",
                            "'personas' must be a list of personas or {include: FILE}, not " + value.describe(),
                            value.location())
                    .withHint("write '- id: ...' items, or 'include: personas.yaml'"));
            return List.of();
        }
        Fields f = new Fields(map, "personas", INCLUDE_KEYS, limits, problems);
        if (!f.has("include")) {
            problems.add(Problem.error("format.missing-key", "personas has no 'include'", map.location())
                    .withHint("add 'include: personas.yaml', or write the personas as a list"));
            return List.of();
        }
        List<Node> personas = new ArrayList<>();
        for (Node item : f.items("include")) {
            f.asText(item, "include").ifPresent(written -> personas.addAll(include(written, item.location())));
        }
        return personas;
    }

    private List<Node> include(String written, SourceLocation at) {
        IncludeSource.Included file = source.open(at.file(), written, at);
        if (file.problem().isPresent()) {
            problems.add(file.problem().get());
            return List.of();
        }
        if (reading.containsKey(file.key())) {
            List<String> chain = new ArrayList<>(reading.values());
            chain = chain.subList(chain.indexOf(reading.get(file.key())), chain.size());
            problems.add(Problem.error("include.cycle", "'" + written + "' includes itself: "
                            + String.join(" → ", chain) + " → " + file.name(), at)
                    .withHint("remove one of the includes; a persona file may include others, but not in a circle"));
            return List.of();
        }
        if (!read.add(file.key())) {
            return List.of();
        }
        if (reading.size() >= MAX_DEPTH) {
            problems.add(Problem.error("include.too-deep", "'" + Quote.cut(written) + "' would be file " + (reading.size() + 1)
                            + " in a chain of includes, more than the limit of " + MAX_DEPTH, at)
                    .withHint("include the persona files from fewer levels: a journey may include many files"));
            return List.of();
        }
        included.add(file.name());
        reading.put(file.key(), file.name());
        try {
            boolean json = JourneyReader.isJson(file.name());
            Optional<Problem> longLine = json ? Optional.empty()
                    : JourneyReader.longLine(file.text(), file.name(), limits);
            if (longLine.isPresent()) {
                problems.add(longLine.get());
                return List.of();
            }
            Optional<Node> root = new TreeReader(limits, budget, file.name(), json, problems).read(file.text());
            if (root.isEmpty()) {
                return List.of();
            }
            if (!(root.get() instanceof Node.MapNode map)) {
                problems.add(Problem.error("format.wrong-type", "a persona file must be a map with 'personas', not "
                                + root.get().describe(), root.get().location())
                        .withHint("start the file with 'personas:' and list the personas under it"));
                return List.of();
            }
            Fields f = new Fields(map, "a persona file", FILE_KEYS, limits, problems);
            Optional<Node> personas = f.node("personas");
            if (personas.isEmpty()) {
                problems.add(Problem.error("format.missing-key", "the persona file has no 'personas'", map.location())
                        .withHint("start the file with 'personas:' and list the personas under it"));
                return List.of();
            }
            return personas(personas.get(), file.key());
        } finally {
            reading.remove(file.key());
        }
    }
}
