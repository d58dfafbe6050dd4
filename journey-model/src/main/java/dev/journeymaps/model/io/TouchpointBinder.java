package dev.journeymaps.model.io;

import dev.journeymaps.model.Durations;
import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Evidence;
import dev.journeymaps.model.JourneyBuilder.TouchpointBuilder;
import dev.journeymaps.model.Metrics;
import dev.journeymaps.model.Opportunity;
import dev.journeymaps.model.Outcome;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.Transition;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Suggestions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/** Binds one touchpoint and what it carries: emotions, pain points, opportunities, metrics and next steps. */
final class TouchpointBinder {

    /** Who goes through a touchpoint is said in its actors, which a first journey often writes as its personas. */
    private static final Function<String, String> PERSONAS_ARE_ACTORS = key -> key.equals("personas")
            || key.equals("persona") ? "a touchpoint names its personas by id in 'actors:', as in actors: [emma]" : "";

    static final List<String> TOUCHPOINT_KEYS = List.of(
            "id", "name", "channel", "actors", "emotion", "thought", "effort", "moment-of-truth", "evidence",
            "backstage", "support", "pain-points", "opportunities", "metrics", "next", "exit", "outcome", "targets");
    static final List<String> PAIN_POINT_KEYS = List.of("text", "severity");
    static final List<String> OPPORTUNITY_KEYS = List.of("text", "owner", "due", "kpi");
    static final List<String> METRIC_KEYS = List.of(
            "csat", "nps", "ces", "first-contact-resolution", "response-time", "resolution-time");
    static final List<String> NEXT_KEYS = List.of("to", "share", "label");

    private final ReadLimits limits;
    private final List<Problem> problems;

    TouchpointBinder(ReadLimits limits, List<Problem> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    Optional<Touchpoint> bind(Node node) {
        if (!(node instanceof Node.MapNode map)) {
            problems.add(Problem.error(
                    "format.wrong-type", "a touchpoint must be a map, not " + node.describe(), node.location()));
            return Optional.empty();
        }
        Fields f = new Fields(map, "touchpoint", TOUCHPOINT_KEYS, PERSONAS_ARE_ACTORS, limits, problems);
        TouchpointBuilder t = TouchpointBuilder.of(f.requiredText("id"), f.requiredText("name")).at(map.location());
        // Ifs and loops rather than Optional's and List's methods with lambdas: each lambda that captures a value is
        // an object made through a method handle, which the launcher's compiler (C1) calls the VM for, and a
        // touchpoint made a dozen of them whether its fields were there or not.
        Optional<String> channel = f.text("channel");
        if (channel.isPresent()) {
            t.channel(channel.get());
        }
        List<Node> actors = f.list("actors");
        for (int i = 0; i < actors.size(); i++) {
            Optional<String> actor = f.asText(actors.get(i), "actors");
            if (actor.isPresent()) {
                t.actors(actor.get()).partAt("actors/" + i, actors.get(i).location());
            }
        }
        emotion(f, t);
        Optional<String> thought = f.text("thought");
        if (thought.isPresent()) {
            t.thought(thought.get());
        }
        Optional<Double> effort = f.number("effort");
        if (effort.isPresent()) {
            double e = effort.get();
            if (e == Math.rint(e) && Touchpoint.isValidEffort((int) e)) {
                t.effort((int) e);
            } else {
                problems.add(Problem.error("range.effort", "effort must be a whole number from 1 (effortless) to 5"
                        + " (very hard), not " + number(e), f.at("effort")));
            }
        }
        if (f.bool("moment-of-truth").orElse(false)) {
            t.momentOfTruth();
        }
        Optional<String> evidence = f.text("evidence");
        if (evidence.isPresent()) {
            Optional<Evidence> parsed = Evidence.parse(evidence.get());
            if (parsed.isPresent()) {
                t.evidence(parsed.get());
            } else {
                badName("evidence", evidence.get(), f.at("evidence"),
                        Arrays.stream(Evidence.values()).map(Evidence::label).toList());
            }
        }
        t.backstage(f.texts("backstage").toArray(String[]::new));
        t.support(f.texts("support").toArray(String[]::new));
        for (Node p : f.list("pain-points")) {
            Optional<PainPoint> pain = painPoint(p);
            if (pain.isPresent()) {
                t.painPoint(pain.get());
            }
        }
        for (Node o : f.list("opportunities")) {
            Optional<Opportunity> opportunity = opportunity(o);
            if (opportunity.isPresent()) {
                t.opportunity(opportunity.get());
            }
        }
        Optional<Node.MapNode> metrics = f.map("metrics");
        if (metrics.isPresent()) {
            for (Node.Entry e : metrics.get().entries()) {
                t.partAt("metrics/" + e.key(), e.value().location());
            }
            t.metrics(metrics(metrics.get(), "metrics", false));
        }
        Optional<Node.MapNode> targets = f.map("targets");
        if (targets.isPresent()) {
            for (Node.Entry e : targets.get().entries()) {
                t.partAt("targets/" + e.key(), e.value().location());
            }
            t.targets(metrics(targets.get(), "targets", true));
        }
        next(f, t);
        outcome(f, t);
        return Optional.of(t.build());
    }

    private void emotion(Fields f, TouchpointBuilder t) {
        Optional<Node> node = f.node("emotion");
        if (node.isEmpty()) {
            return;
        }
        if (node.get() instanceof Node.MapNode byPersona) {
            for (Node.Entry e : byPersona.entries()) {
                emotionValue(e.value()).ifPresent(em -> t.emotion(e.key(), em)
                        .partAt("emotion/" + e.key(), e.keyLocation()));
            }
        } else {
            emotionValue(node.get()).ifPresent(t::emotion);
        }
    }

    private Optional<Emotion> emotionValue(Node n) {
        if (n instanceof Node.ScalarNode s && (s.kind() == Node.Kind.INTEGER || s.kind() == Node.Kind.FLOAT)) {
            if (s.number() == Math.rint(s.number()) && s.number() >= Emotion.MIN && s.number() <= Emotion.MAX) {
                return Optional.of(Emotion.of((int) s.number()));
            }
            problems.add(Problem.error("range.emotion", "emotion must be a whole number from -2 to 2, not "
                            + s.text(), s.location())
                    .withHint("-2 angry, -1 frustrated, 0 neutral, 1 happy, 2 delighted"));
            return Optional.empty();
        }
        if (n instanceof Node.ScalarNode s && s.kind() == Node.Kind.STRING) {
            Optional<Emotion> e = Emotion.parse(s.text());
            if (e.isEmpty()) {
                badName("emotion", s.text(), s.location(), Arrays.stream(Emotion.values()).map(Emotion::label).toList());
            }
            return e;
        }
        problems.add(Problem.error("format.wrong-type", "emotion must be a name or a number from -2 to 2, not "
                + n.describe(), n.location()));
        return Optional.empty();
    }

    private Optional<PainPoint> painPoint(Node node) {
        if (node instanceof Node.ScalarNode s && s.kind() == Node.Kind.STRING) {
            return Optional.of(new PainPoint(s.text(), Severity.MEDIUM, s.location()));
        }
        if (!(node instanceof Node.MapNode map)) {
            problems.add(Problem.error("format.wrong-type", "a pain point must be text or a map with 'text' and"
                    + " 'severity', not " + node.describe(), node.location()));
            return Optional.empty();
        }
        Fields f = new Fields(map, "pain point", PAIN_POINT_KEYS, limits, problems);
        String text = f.requiredText("text");
        Severity severity = f.text("severity").flatMap(s -> {
            Optional<Severity> parsed = Severity.parse(s);
            if (parsed.isEmpty()) {
                badName("severity", s, f.at("severity"),
                        Arrays.stream(Severity.values()).map(Severity::label).toList());
            }
            return parsed;
        }).orElse(Severity.MEDIUM);
        return Optional.of(new PainPoint(text, severity, map.location()));
    }

    private Optional<Opportunity> opportunity(Node node) {
        if (node instanceof Node.ScalarNode s && s.kind() == Node.Kind.STRING) {
            return Optional.of(new Opportunity(s.text(), "", Optional.empty(), "", s.location()));
        }
        if (!(node instanceof Node.MapNode map)) {
            problems.add(Problem.error("format.wrong-type", "an opportunity must be text or a map with 'text',"
                    + " 'owner', 'due' and 'kpi', not " + node.describe(), node.location()));
            return Optional.empty();
        }
        Fields f = new Fields(map, "opportunity", OPPORTUNITY_KEYS, limits, problems);
        Optional<LocalDate> due = f.text("due").flatMap(d -> {
            try {
                return Optional.of(LocalDate.parse(d.strip()));
            } catch (DateTimeParseException e) {
                problems.add(Problem.error("format.bad-date", "'" + d + "' is not a date", f.at("due"))
                        .withHint("write dates as YYYY-MM-DD, such as 2027-03-31"));
                return Optional.empty();
            }
        });
        return Optional.of(new Opportunity(
                f.requiredText("text"), f.text("owner").orElse(""), due, f.text("kpi").orElse(""), map.location()));
    }

    /**
     * The figures of a {@code metrics:} or {@code targets:} map ({@code what}); a target time must be above zero, as
     * a miss is measured against it.
     */
    Metrics metrics(Node.MapNode map, String what, boolean target) {
        Fields f = new Fields(map, what, METRIC_KEYS, limits, problems);
        return new Metrics(
                percent(f, "csat", 0, 100, "percent of satisfied answers"),
                percent(f, "nps", -100, 100, "% promoters minus % detractors"),
                percent(f, "ces", 0, 100, "percent who found it easy"),
                percent(f, "first-contact-resolution", 0, 100, "percent solved at first contact"),
                duration(f, "response-time", target),
                duration(f, "resolution-time", target));
    }

    /** {@code outcome: completed | abandoned}: makes the touchpoint an exit; with next steps it is a conflict. */
    private void outcome(Fields f, TouchpointBuilder t) {
        Optional<String> text = f.text("outcome");
        if (text.isEmpty()) {
            return;
        }
        Optional<Outcome> outcome = Outcome.parse(text.get());
        if (outcome.isEmpty()) {
            badName("outcome", text.get(), f.at("outcome"),
                    Arrays.stream(Outcome.values()).map(Outcome::label).toList());
            return;
        }
        if (!f.list("next").isEmpty()) {
            problems.add(Problem.error("format.conflict", "a touchpoint with an 'outcome' ends the journey and cannot"
                            + " have 'next' steps", f.keyAt("outcome"))
                    .withHint("remove 'outcome', or remove 'next'"));
            return;
        }
        t.outcome(outcome.get()).next(List.of());
    }

    private OptionalDouble percent(Fields f, String key, int min, int max, String meaning) {
        Optional<Double> v = f.number(key);
        if (v.isEmpty()) {
            return OptionalDouble.empty();
        }
        double x = v.get();
        if (!(x >= min && x <= max)) {
            problems.add(Problem.error("range." + key, key + " must be between " + min + " and " + max + " ("
                    + meaning + "), not " + number(x), f.at(key)));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(x);
    }

    private Optional<Duration> duration(Fields f, String key, boolean aboveZero) {
        Optional<Node> n = f.node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String text = n.get() instanceof Node.ScalarNode s ? s.text() : n.get().describe();
        Optional<Duration> d = Durations.parse(text).filter(x -> !aboveZero || !x.isZero());
        if (d.isEmpty()) {
            problems.add(Problem.error("format.bad-duration", "'" + text + "' is not a duration"
                            + (aboveZero ? " above zero" : ""), f.at(key))
                    .withHint("write durations as 45m, 4h, 2d or ISO-8601 such as PT4H"));
        }
        return d;
    }

    private void next(Fields f, TouchpointBuilder t) {
        boolean exit = f.bool("exit").orElse(false);
        boolean explicitlyEmpty = f.node("next").map(n -> n instanceof Node.ListNode l && l.items().isEmpty())
                .orElse(false);
        List<Node> steps = f.list("next");
        if (exit && !steps.isEmpty()) {
            problems.add(Problem.error("format.conflict", "a touchpoint with 'exit: true' cannot have 'next' steps",
                            f.keyAt("next"))
                    .withHint("remove 'exit: true', or remove 'next'"));
            t.exit();
            return;
        }
        if (exit || explicitlyEmpty) {
            t.exit();
            return;
        }
        steps.forEach(s -> transition(s).ifPresent(t::next));
    }

    private Optional<Transition> transition(Node node) {
        if (node instanceof Node.ScalarNode s && !s.isNull() && s.kind() != Node.Kind.BOOLEAN) {
            return Optional.of(new Transition(s.text(), OptionalDouble.empty(), "", s.location()));
        }
        if (!(node instanceof Node.MapNode map)) {
            problems.add(Problem.error("format.wrong-type", "a next step must be a touchpoint id or a map with"
                    + " 'to', 'share' and 'label', not " + node.describe(), node.location()));
            return Optional.empty();
        }
        Fields f = new Fields(map, "next step", NEXT_KEYS, limits, problems);
        String to = f.requiredText("to");
        OptionalDouble share = OptionalDouble.empty();
        Optional<Double> s = f.number("share");
        if (s.isPresent()) {
            if (Transition.isValidShare(s.get())) {
                share = OptionalDouble.of(s.get());
            } else {
                problems.add(Problem.error("range.share", "share must be between 0 and 1, not " + number(s.get()),
                                f.at("share"))
                        .withHint("a share is the part of customers who take this step: 0.25 means a quarter"));
            }
        }
        return Optional.of(new Transition(to, share, f.text("label").orElse(""), map.location()));
    }

    private void badName(String key, String value, SourceLocation at, List<String> names) {
        String guess = Suggestions.didYouMean(value, names);
        problems.add(Problem.error("format.bad-value", "'" + value + "' is not a known " + key, at)
                .withHint(guess.isEmpty() ? "use one of: " + String.join(", ", names) : guess));
    }

    static String number(double x) {
        return x == Math.rint(x) && !Double.isInfinite(x) ? String.valueOf((long) x) : String.valueOf(x);
    }
}
