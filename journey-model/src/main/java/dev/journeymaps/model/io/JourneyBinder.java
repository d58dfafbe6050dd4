package dev.journeymaps.model.io;

import dev.journeymaps.model.Digits;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneyBuilder;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.TextDirection;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Quote;
import dev.journeymaps.model.validate.Suggestions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a located tree to a {@link Journey}: the top level, the journey block, personas and stages. Touchpoints are
 * {@link TouchpointBinder}'s. Whatever is wrong is reported and skipped, so one reading reports every problem.
 */
final class JourneyBinder {

    static final List<String> TOP_KEYS = List.of("journey", "personas", "stages");
    static final List<String> JOURNEY_KEYS = List.of(
            "id", "title", "description", "lang", "direction", "digits", "surveys", "targets", "analysis", "entries",
            "customers", "value", "owner", "version", "date", "sources");
    static final List<String> PERSONA_KEYS = List.of(
            "id", "name", "description", "share", "demographics", "goals", "motivations", "frustrations", "needs");
    static final List<String> STAGE_KEYS = List.of("id", "name", "goal", "touchpoints");

    private final ReadLimits limits;
    private final List<Problem> problems;
    private final TouchpointBinder touchpoints;
    private final PersonaIncludes includes;
    /** The file each persona id was first read from: the same id from two files is a clash, not a duplicate. */
    private final Map<String, String> personaFiles = new HashMap<>();
    private int touchpointCount;

    JourneyBinder(ReadLimits limits, List<Problem> problems) {
        this(limits, problems, new PersonaIncludes(IncludeSource.none(), limits, new TreeReader.Budget(limits), problems));
    }

    JourneyBinder(ReadLimits limits, List<Problem> problems, PersonaIncludes includes) {
        this.limits = limits;
        this.problems = problems;
        this.touchpoints = new TouchpointBinder(limits, problems);
        this.includes = includes;
    }

    Optional<Journey> bind(Node root) {
        if (!(root instanceof Node.MapNode rootMap)) {
            problems.add(Problem.error(
                            "format.wrong-type",
                            "a journey file must be a map with 'journey', 'personas' and 'stages', not "
                                    + root.describe(),
                            root.location())
                    .withHint("see docs/format.md for a complete example"));
            return Optional.empty();
        }
        // A key indented one level off is the commonest slip in a hand-written file: say where it belongs.
        boolean json = JourneyReader.isJson(rootMap.location().file());
        Fields top = new Fields(rootMap, "the file", TOP_KEYS, key -> !JOURNEY_KEYS.contains(key) ? ""
                : json ? Quote.of(key) + " belongs inside the 'journey' object, with 'id' and 'title'"
                : Quote.of(key) + " belongs inside 'journey:': indent it under 'journey:', with 'id:' and 'title:'",
                limits, problems);
        Optional<Node.MapNode> journeyMap = top.map("journey");
        if (journeyMap.isEmpty()) {
            if (!top.has("journey")) {
                problems.add(Problem.error("format.missing-key", "the file has no 'journey' block", rootMap.location())
                        .withHint("add 'journey:' with at least 'id:' and 'title:'"));
            }
            return Optional.empty();
        }
        Fields journey = new Fields(journeyMap.get(), "journey", JOURNEY_KEYS, key -> !TOP_KEYS.contains(key) ? ""
                : json ? Quote.of(key) + " goes beside 'journey', not inside its object"
                : Quote.of(key) + " goes beside 'journey:', not inside it: start its line where 'journey:' starts",
                limits, problems);
        JourneyBuilder builder = Journey.builder(journey.requiredText("id"), journey.requiredText("title"))
                .at(journeyMap.get().location());
        journey.text("description").ifPresent(builder::description);
        journey.text("lang").ifPresent(lang -> builder.lang(checkedLang(lang, journey.at("lang"))));
        builder.settings(new SettingsBinder(limits, problems).bind(journey));
        journey.text("direction").flatMap(d -> direction(d, journey.at("direction"))).ifPresent(builder::direction);
        journey.text("digits").flatMap(d -> digits(d, journey.at("digits"))).ifPresent(builder::digits);
        Optional<Node> personas = top.node("personas");
        if (personas.isPresent()) {
            for (Node p : includes.personas(personas.get(), rootMap.location().file())) {
                persona(p, builder);
            }
        }
        if (!top.has("stages")) {
            Node.Entry nested = journeyMap.get().get("stages");
            problems.add(Problem.error("format.missing-key", "the file has no 'stages'", rootMap.location())
                    .withHint(nested == null ? "add 'stages:' with at least one stage and its touchpoints"
                            : json ? "'stages' is written inside the 'journey' object (line "
                                    + nested.keyLocation().line() + "): move it out, beside 'journey'"
                            : "'stages:' is written inside 'journey:' (line " + nested.keyLocation().line()
                                    + "): start its line where 'journey:' starts"));
        }
        for (Node s : top.list("stages")) {
            stage(s, builder);
        }
        return Optional.of(builder.build());
    }

    private String checkedLang(String lang, SourceLocation at) {
        String normal = Locale.forLanguageTag(lang).toLanguageTag();
        if (normal.equals("und") || !normal.equalsIgnoreCase(lang)) {
            problems.add(Problem.warning("format.bad-lang", "'" + lang + "' is not a BCP 47 language tag", at)
                    .withHint("use a tag such as en, hr, eu, it, su, fa or pt-BR"));
        }
        return lang;
    }

    private Optional<TextDirection> direction(String value, SourceLocation at) {
        Optional<TextDirection> direction = TextDirection.parse(value);
        if (direction.isEmpty()) {
            List<String> names = Arrays.stream(TextDirection.values()).map(TextDirection::label).toList();
            String guess = Suggestions.didYouMean(value, names);
            problems.add(Problem.error("format.bad-value", "'" + value + "' is not a known direction", at)
                    .withHint(guess.isEmpty() ? "use one of: " + String.join(", ", names) : guess));
        }
        return direction;
    }

    private Optional<Digits> digits(String value, SourceLocation at) {
        Optional<Digits> digits = Digits.parse(value);
        if (digits.isEmpty()) {
            List<String> names = Arrays.stream(Digits.values()).map(Digits::label).toList();
            String guess = Suggestions.didYouMean(value, names);
            problems.add(Problem.error("format.bad-value", "'" + value + "' is not a choice of digits", at)
                    .withHint(guess.isEmpty() ? "use one of: " + String.join(", ", names) : guess));
        }
        return digits;
    }

    private void persona(Node node, JourneyBuilder builder) {
        Optional<Node.MapNode> map = asMap(node, "persona");
        if (map.isEmpty()) {
            return;
        }
        Fields f = new Fields(map.get(), "persona", PERSONA_KEYS, limits, problems);
        if (clashes(f)) {
            return;
        }
        builder.persona(f.requiredText("id"), f.requiredText("name"), p -> {
            p.at(map.get().location());
            f.text("description").ifPresent(p::description);
            f.number("share").ifPresent(share -> {
                if (Persona.isValidShare(share)) {
                    p.share(share);
                } else {
                    problems.add(Problem.error("range.share", "the share of persona '" + f.text("id").orElse("")
                                    + "' must be between 0 and 1, not " + TouchpointBinder.number(share), f.at("share"))
                            .withHint("a persona's share is the part of all customers they stand for: 0.25 means a"
                                    + " quarter"));
                }
            });
            f.map("demographics").ifPresent(d -> d.entries().forEach(e -> f.asText(e.value(), e.key())
                    .ifPresent(v -> p.demographic(e.key(), v))));
            p.goal(f.texts("goals").toArray(String[]::new));
            p.motivation(f.texts("motivations").toArray(String[]::new));
            p.frustration(f.texts("frustrations").toArray(String[]::new));
            p.need(f.texts("needs").toArray(String[]::new));
        });
    }

    /** Whether the persona's id was already read from another file (the same id twice in one file is the validator's). */
    private boolean clashes(Fields f) {
        Optional<String> id = f.text("id");
        if (id.isEmpty()) {
            return false;
        }
        String file = f.location().file();
        String first = personaFiles.putIfAbsent(id.get(), file);
        if (first == null || first.equals(file)) {
            return false;
        }
        problems.add(Problem.error("include.duplicate-persona", "persona '" + id.get() + "' is also defined in "
                        + first, f.at("id"))
                .withHint("keep one definition; give the other persona another id if they are different people"));
        return true;
    }

    private void stage(Node node, JourneyBuilder builder) {
        Optional<Node.MapNode> map = asMap(node, "stage");
        if (map.isEmpty()) {
            return;
        }
        Fields f = new Fields(map.get(), "stage", STAGE_KEYS, limits, problems);
        builder.stage(f.requiredText("id"), f.requiredText("name"), s -> {
            s.at(map.get().location());
            f.text("goal").ifPresent(s::goal);
            for (Node t : f.list("touchpoints")) {
                if (++touchpointCount > limits.maxTouchpoints()) {
                    if (touchpointCount == limits.maxTouchpoints() + 1) {
                        problems.add(Problem.error(
                                        "limit.too-many-touchpoints",
                                        "the journey has more than " + limits.maxTouchpoints() + " touchpoints",
                                        t.location())
                                .withHint("split the journey, or raise the limit with --max-touchpoints"));
                    }
                    return;
                }
                touchpoints.bind(t).ifPresent(s::touchpoint);
            }
        });
    }

    private Optional<Node.MapNode> asMap(Node node, String what) {
        if (node instanceof Node.MapNode m) {
            return Optional.of(m);
        }
        problems.add(Problem.error(
                "format.wrong-type", "a " + what + " must be a map, not " + node.describe(), node.location()));
        return Optional.empty();
    }
}
