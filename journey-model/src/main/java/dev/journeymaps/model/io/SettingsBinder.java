package dev.journeymaps.model.io;

import dev.journeymaps.model.AnswerScale;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.Metrics;
import dev.journeymaps.model.Provenance;
import dev.journeymaps.model.Transition;
import dev.journeymaps.model.analysis.FrictionComponent;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Suggestions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Binds the analysis keys of the {@code journey:} block: {@code surveys}, {@code targets}, {@code analysis} and
 * {@code entries}; and its title-block keys: {@code owner}, {@code version}, {@code date} and {@code sources}.
 */
final class SettingsBinder {

    static final List<String> SURVEY_KEYS = List.of("file", "summary", "scales");
    static final List<String> SCALE_KEYS = List.of("csat", "ces", "nps");
    static final List<String> TARGET_KEYS = TouchpointBinder.METRIC_KEYS;
    static final List<String> CUSTOMER_KEYS = List.of("count", "per");
    static final List<String> VALUE_KEYS =
            List.of("clv", "annual-revenue", "years", "churn", "acquisition-cost", "currency");
    static final List<String> CHURN_KEYS = List.of("start", "end", "per");
    static final List<String> ANALYSIS_KEYS = List.of("weights", "hotspot-threshold", "min-responses");
    static final List<String> SOURCE_KEYS = List.of("name", "sample-size");
    static final List<String> WEIGHT_KEYS =
            Arrays.stream(FrictionComponent.values()).map(FrictionComponent::key).toList();

    private final ReadLimits limits;
    private final List<Problem> problems;

    SettingsBinder(ReadLimits limits, List<Problem> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    JourneySettings bind(Fields journey) {
        List<JourneySettings.SurveyFile> surveys = new ArrayList<>();
        for (Node item : journey.list("surveys")) {
            if (!(item instanceof Node.MapNode map)) {
                problems.add(Problem.error("format.wrong-type",
                                "a survey must be a map with 'file', not " + item.describe(), item.location())
                        .withHint("write surveys: [{file: responses.csv}]"));
                continue;
            }
            Fields f = new Fields(map, "survey", SURVEY_KEYS, limits, problems);
            boolean summary = f.has("summary");
            if (summary && f.has("file")) {
                problems.add(Problem.error("format.survey-source",
                                "a survey names its answers ('file') or their summary ('summary'), not both",
                                map.location())
                        .withHint("write one survey entry per file: {file: answers.csv} or {summary: summary.json}"));
            }
            String file = summary ? f.requiredText("summary") : f.requiredText("file");
            AnswerScale csat = AnswerScale.ONE_TO_FIVE;
            AnswerScale ces = AnswerScale.ONE_TO_FIVE;
            Optional<Node.MapNode> scales = f.map("scales");
            if (scales.isPresent()) {
                Fields s = new Fields(scales.get(), "scales", SCALE_KEYS, limits, problems);
                csat = scale(s, "csat", AnswerScale.CSAT).orElse(csat);
                ces = scale(s, "ces", AnswerScale.CES).orElse(ces);
                s.text("nps").filter(t -> !t.strip().equals("0-10") && !t.strip().equals("0..10"))
                        .ifPresent(t -> problems.add(Problem.error("range.scale",
                                        "NPS is always answered on 0-10, not '" + t + "'", s.at("nps"))
                                .withHint("leave nps out of scales, or write nps: 0-10")));
            }
            if (!file.isBlank()) {
                surveys.add(new JourneySettings.SurveyFile(
                        file, f.at(summary ? "summary" : "file"), csat, ces, summary));
            }
        }
        Metrics targets = journey.map("targets")
                .map(m -> new TouchpointBinder(limits, problems).metrics(m, "targets", true)).orElse(Metrics.NONE);
        Map<String, Double> weights = new LinkedHashMap<>();
        OptionalDouble threshold = OptionalDouble.empty();
        OptionalInt minResponses = OptionalInt.empty();
        Optional<Node.MapNode> analysis = journey.map("analysis");
        if (analysis.isPresent()) {
            Fields a = new Fields(analysis.get(), "analysis", ANALYSIS_KEYS, limits, problems);
            a.map("weights").ifPresent(w -> weights.putAll(weights(w, a)));
            threshold = threshold(a);
            minResponses = minResponses(a);
        }
        List<JourneySettings.Entry> entries = journey.map("entries").map(this::entries).orElse(List.of());
        return JourneySettings.builder()
                .surveys(surveys)
                .weights(weights)
                .hotspotThreshold(threshold)
                .minResponses(minResponses)
                .entries(entries)
                .targets(targets)
                .customers(journey.map("customers").flatMap(this::customers))
                .value(journey.map("value").flatMap(this::value))
                .provenance(provenance(journey))
                .build();
    }

    /** {@code owner}, {@code version}, {@code date} and {@code sources}: what the map's title block says. */
    private Provenance provenance(Fields journey) {
        Optional<LocalDate> date = journey.text("date").flatMap(d -> {
            try {
                return Optional.of(LocalDate.parse(d.strip()));
            } catch (DateTimeParseException e) {
                problems.add(Problem.error("format.bad-date", "'" + d + "' is not a date", journey.at("date"))
                        .withHint("write dates as YYYY-MM-DD, such as 2027-03-31"));
                return Optional.empty();
            }
        });
        List<Provenance.ResearchSource> sources = new ArrayList<>();
        for (Node item : journey.items("sources")) {
            source(item).ifPresent(sources::add);
        }
        return new Provenance(journey.text("owner").orElse("").strip(), journey.text("version").orElse("").strip(),
                date, sources);
    }

    /** A research source: its name, or a map with {@code name} and {@code sample-size}. */
    private Optional<Provenance.ResearchSource> source(Node item) {
        if (item instanceof Node.ScalarNode s && !s.isNull() && s.kind() == Node.Kind.STRING) {
            return Optional.of(new Provenance.ResearchSource(s.text().strip(), OptionalInt.empty(), s.location()));
        }
        if (!(item instanceof Node.MapNode map)) {
            problems.add(Problem.error("format.wrong-type", "a source must be text or a map with 'name' and"
                    + " 'sample-size', not " + item.describe(), item.location())
                    .withHint("write sources: [{name: Customer interviews, sample-size: 12}]"));
            return Optional.empty();
        }
        Fields f = new Fields(map, "source", SOURCE_KEYS, limits, problems);
        String name = f.requiredText("name").strip();
        OptionalInt size = OptionalInt.empty();
        Optional<Double> n = f.number("sample-size");
        if (n.isPresent()) {
            if (n.get() >= 1 && n.get() <= Integer.MAX_VALUE && n.get() == Math.rint(n.get())) {
                size = OptionalInt.of(n.get().intValue());
            } else {
                problems.add(Problem.error("range.sample-size",
                                "a sample size is a whole number of people or records, 1 or more, not " + n.get(),
                                f.at("sample-size"))
                        .withHint("write how many took part, such as sample-size: 12"));
            }
        }
        return name.isEmpty() ? Optional.empty()
                : Optional.of(new Provenance.ResearchSource(name, size, map.location()));
    }

    /** {@code customers: {count: 12000, per: month}}: customers entering the journey per period. */
    private Optional<JourneySettings.Customers> customers(Node.MapNode map) {
        Fields f = new Fields(map, "customers", CUSTOMER_KEYS, limits, problems);
        Optional<Double> count = positive(f, "count", "customers entering per period, such as count: 12000");
        if (f.node("count").isEmpty()) {
            problems.add(Problem.error("format.missing-key", "customers needs 'count', the customers entering per"
                    + " period", map.location()).withHint("write customers: {count: 12000, per: month}"));
        }
        Optional<String> period = period(f, "per");
        return count.map(c -> new JourneySettings.Customers(c, period.orElse("month")));
    }

    /** {@code value: {clv: 1200}} or the inputs of a lifetime value; what is given is checked, not combined. */
    private Optional<JourneySettings.CustomerValue> value(Node.MapNode map) {
        Fields f = new Fields(map, "value", VALUE_KEYS, limits, problems);
        OptionalDouble clv = optional(positive(f, "clv", "the lifetime value of a customer, such as clv: 1200"));
        OptionalDouble revenue = optional(positive(f, "annual-revenue", "revenue per customer and year"));
        OptionalDouble years = optional(positive(f, "years", "years a customer stays, such as years: 3"));
        OptionalDouble cost = optional(f.number("acquisition-cost").filter(c -> {
            boolean ok = c >= 0 && !Double.isInfinite(c);
            if (!ok) {
                problems.add(Problem.error("range.value", "acquisition-cost must be 0 or more, not " + c,
                        f.at("acquisition-cost")));
            }
            return ok;
        }));
        OptionalLong start = OptionalLong.empty();
        OptionalLong end = OptionalLong.empty();
        String per = "year";
        Optional<Node.MapNode> churn = f.map("churn");
        if (churn.isPresent()) {
            Fields c = new Fields(churn.get(), "churn", CHURN_KEYS, limits, problems);
            Optional<Double> s = positive(c, "start", "customers at the start of the period, such as start: 500");
            Optional<Double> e = c.number("end");
            per = period(c, "per").orElse("year");
            if (s.isPresent() && e.isPresent()) {
                if (e.get() >= 0 && e.get() < s.get() && e.get() == Math.rint(e.get())
                        && s.get() == Math.rint(s.get())) {
                    start = OptionalLong.of(s.get().longValue());
                    end = OptionalLong.of(e.get().longValue());
                } else {
                    problems.add(Problem.error("range.value", "churn 'end' must be a whole number of customers from"
                                    + " 0 to below 'start', not " + e.get(), c.at("end"))
                            .withHint("end counts the customers of the start still there at the end: 450 of 500"));
                }
            } else {
                problems.add(Problem.error("format.missing-key", "churn needs 'start' and 'end'", churn.get()
                        .location()).withHint("write churn: {start: 500, end: 450, per: quarter}"));
            }
        }
        boolean computable = revenue.isPresent() && (years.isPresent() || start.isPresent());
        if (clv.isEmpty() && !computable) {
            problems.add(Problem.error("format.missing-key", "value needs 'clv', or 'annual-revenue' with 'years' or"
                            + " 'churn'", map.location())
                    .withHint("write value: {clv: 1200}, or value: {annual-revenue: 400, churn: {start: 500, end: 450,"
                            + " per: quarter}, acquisition-cost: 150}"));
            return Optional.empty();
        }
        return Optional.of(new JourneySettings.CustomerValue(clv, revenue, years, start, end, per, cost,
                f.text("currency").map(String::strip).orElse("")));
    }

    private Optional<Double> positive(Fields f, String key, String meaning) {
        return f.number(key).filter(v -> {
            boolean ok = v > 0 && !Double.isInfinite(v);
            if (!ok) {
                problems.add(Problem.error("range.value", key + " must be above 0, not " + v, f.at(key))
                        .withHint(meaning));
            }
            return ok;
        });
    }

    private Optional<String> period(Fields f, String key) {
        Optional<String> text = f.text(key).map(t -> t.strip().toLowerCase(java.util.Locale.ROOT));
        if (text.isPresent() && !JourneySettings.Customers.PERIODS.contains(text.get())) {
            problems.add(Problem.error("format.bad-value", "'" + text.get() + "' is not a period", f.at(key))
                    .withHint("use one of: " + String.join(", ", JourneySettings.Customers.PERIODS)));
            return Optional.empty();
        }
        return text;
    }

    private static OptionalDouble optional(Optional<Double> v) {
        return v.map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    /** {@code entries: {touchpoint-id: share}}; whether the ids exist and the shares fit is the validator's. */
    private List<JourneySettings.Entry> entries(Node.MapNode map) {
        List<JourneySettings.Entry> entries = new ArrayList<>();
        for (Node.Entry e : map.entries()) {
            if (!(e.value() instanceof Node.ScalarNode s)
                    || (s.kind() != Node.Kind.INTEGER && s.kind() != Node.Kind.FLOAT)) {
                problems.add(Problem.error("format.wrong-type", "the entry share of '" + e.key()
                                + "' must be a number, not " + e.value().describe(), e.value().location())
                        .withHint("write entries: {" + e.key() + ": 0.7}, the part of all customers who start there"));
                continue;
            }
            if (!Transition.isValidShare(s.number())) {
                problems.add(Problem.error("range.share", "the entry share of '" + e.key()
                                + "' must be between 0 and 1, not " + s.text(), s.location())
                        .withHint("an entry share is the part of all customers who start there: 0.25 means a quarter"));
                continue;
            }
            entries.add(new JourneySettings.Entry(e.key(), s.number(), e.keyLocation()));
        }
        return entries;
    }

    /** The scale declared for {@code metric}, if it is one of {@code allowed}; otherwise a problem and empty. */
    private Optional<AnswerScale> scale(Fields scales, String metric, List<AnswerScale> allowed) {
        Optional<String> text = scales.text(metric);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<AnswerScale> scale = AnswerScale.parse(text.get()).filter(allowed::contains);
        if (scale.isEmpty()) {
            String names = String.join(", ", allowed.stream().map(AnswerScale::label).toList());
            problems.add(Problem.error("range.scale", metric.toUpperCase(java.util.Locale.ROOT) + " answers are on "
                            + names + ", not '" + text.get() + "'", scales.at(metric))
                    .withHint("write the lowest and the highest answer, such as " + metric + ": "
                            + allowed.get(allowed.size() - 1).label()));
        }
        return scale;
    }

    private Map<String, Double> weights(Node.MapNode map, Fields analysis) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Node.Entry e : map.entries()) {
            if (!WEIGHT_KEYS.contains(e.key())) {
                String guess = Suggestions.didYouMean(e.key(), WEIGHT_KEYS);
                problems.add(Problem.error("format.unknown-key", "unknown friction component '" + e.key()
                                + "' in weights", e.keyLocation())
                        .withHint(guess.isEmpty() ? "known components: " + String.join(", ", WEIGHT_KEYS) : guess));
                continue;
            }
            if (!(e.value() instanceof Node.ScalarNode s)
                    || (s.kind() != Node.Kind.INTEGER && s.kind() != Node.Kind.FLOAT)) {
                problems.add(Problem.error("format.wrong-type", "the weight of '" + e.key() + "' must be a number, not "
                        + e.value().describe(), e.value().location()));
                continue;
            }
            double w = s.number();
            if (!(w >= 0) || Double.isInfinite(w)) {
                problems.add(Problem.error("range.weight", "the weight of '" + e.key() + "' must be 0 or more, not "
                        + s.text(), s.location()));
                continue;
            }
            weights.put(e.key(), w);
        }
        if (!map.entries().isEmpty() && weights.size() == WEIGHT_KEYS.size()
                && weights.values().stream().allMatch(w -> w == 0)) {
            problems.add(Problem.error("range.weight", "at least one friction weight must be above 0",
                    analysis.at("weights")));
            weights.clear();
        }
        return weights;
    }

    private OptionalInt minResponses(Fields analysis) {
        Optional<Double> n = analysis.number("min-responses");
        if (n.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!(n.get() >= 1 && n.get() <= Integer.MAX_VALUE && n.get() == Math.rint(n.get()))) {
            problems.add(Problem.error("range.min-responses",
                            "min-responses must be a whole number of answers, 1 or more, not " + n.get(),
                            analysis.at("min-responses"))
                    .withHint("30 is the usual minimum; below it a survey figure does not replace an authored one"));
            return OptionalInt.empty();
        }
        return OptionalInt.of(n.get().intValue());
    }

    private OptionalDouble threshold(Fields analysis) {
        Optional<Double> t = analysis.number("hotspot-threshold");
        if (t.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (!(t.get() >= 0 && t.get() <= 1)) {
            problems.add(Problem.error("range.hotspot-threshold",
                    "hotspot-threshold must be between 0 and 1 (a friction score), not " + t.get(),
                    analysis.at("hotspot-threshold")));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(t.get());
    }
}
