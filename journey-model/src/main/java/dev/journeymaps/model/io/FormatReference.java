package dev.journeymaps.model.io;

import dev.journeymaps.model.AnswerScale;
import dev.journeymaps.model.Channels;
import dev.journeymaps.model.Digits;
import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Evidence;
import dev.journeymaps.model.JourneySettings;
import dev.journeymaps.model.Outcome;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.TextDirection;
import dev.journeymaps.model.analysis.FrictionComponent;
import dev.journeymaps.model.analysis.FrictionWeights;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The journey format described once, as data: every map of a journey file, its keys, their shapes, defaults, ranges
 * and meanings. {@link JourneySchema} turns it into the JSON Schema and into the key tables of docs/format.md, and a
 * test holds it equal to the keys the binders accept, so the reader, the schema and the docs cannot drift apart.
 */
final class FormatReference {

    private FormatReference() {}

    /** What a value may look like; {@link JourneySchema} knows how to say each in JSON Schema. */
    sealed interface Shape {}

    /** Any scalar, kept as written: a number or a date where text is expected is text. */
    record Text() implements Shape {}

    /** An id: a letter or digit, then letters, digits, {@code -} or {@code _}, at most 64 characters. */
    record Id() implements Shape {}

    /** {@code true} or {@code false}. */
    record Bool() implements Shape {}

    /** A number from {@code min} to {@code max}; {@code whole} when it must have no fraction. */
    record Num(double min, Optional<Double> max, boolean whole) implements Shape {}

    /** One of a closed set of lower-case names. */
    record Names(List<String> names) implements Shape {}

    /** An emotion name or a whole number from -2 to 2, or a map from persona id to either. */
    record EmotionValue() implements Shape {}

    /** {@code 45m}, {@code 4h}, {@code 2d}, {@code 1w}, {@code 30s} or ISO-8601 such as {@code PT4H}. */
    record DurationText() implements Shape {}

    /** A calendar date, {@code YYYY-MM-DD}. */
    record DateText() implements Shape {}

    /** A map of any keys to text, in the order written. */
    record TextMap() implements Shape {}

    /** A map from touchpoint id to a share, 0..1, in the order written. */
    record ShareMap() implements Shape {}

    /** A map described by another section. */
    record Ref(String section) implements Shape {}

    /** A value that may also be written in a short scalar form: a text, or a touchpoint id. */
    record ShortOr(Shape scalar, Ref full) implements Shape {}

    /** Either of two shapes, such as a list written in place or a map that includes it from files. */
    record Either(Shape first, Shape second) implements Shape {}

    /** A list; when {@code singleAllowed}, one item written without the list is a list of one. */
    record ListOf(Shape item, boolean singleAllowed) implements Shape {}

    /**
     * One key of a map.
     *
     * @param type how docs/format.md names the type
     * @param defaultValue what it means when left out ("required" when it must be there)
     * @param range the values it accepts beyond its type, with the problem code when outside
     * @param description what it means, in a CX author's words
     * @param examples values as authors write them (suggestions in editors)
     */
    record Key(
            String name,
            Shape shape,
            String type,
            String defaultValue,
            String range,
            String description,
            List<Object> examples) {
        Key {
            Objects.requireNonNull(name);
            Objects.requireNonNull(shape);
            examples = List.copyOf(examples);
        }

        boolean required() {
            return defaultValue.equals(REQUIRED);
        }
    }

    /**
     * One map of the format.
     *
     * @param name the section's name in the schema's {@code $defs} and in the docs' generated-region markers
     * @param title how docs/format.md heads it
     */
    record Section(String name, String title, String description, List<Key> keys) {
        Section {
            keys = List.copyOf(keys);
        }

        List<String> keyNames() {
            return keys.stream().map(Key::name).toList();
        }
    }

    static final String REQUIRED = "required";

    static final List<String> EMOTION_NAMES =
            Arrays.stream(Emotion.values()).map(Emotion::label).toList();
    static final List<String> SEVERITY_NAMES =
            Arrays.stream(Severity.values()).map(Severity::label).toList();
    static final List<String> EVIDENCE_NAMES =
            Arrays.stream(Evidence.values()).map(Evidence::label).toList();

    private static Key key(String name, Shape shape, String type, String dflt, String range, String description,
            Object... examples) {
        return new Key(name, shape, type, dflt, range, description, List.of(examples));
    }

    static final List<String> DIRECTION_NAMES =
            Arrays.stream(TextDirection.values()).map(TextDirection::label).toList();

    static final List<String> DIGITS_NAMES = Arrays.stream(Digits.values()).map(Digits::label).toList();

    private static ListOf texts() {
        return new ListOf(new Text(), true);
    }

    private static Num percent(double min) {
        return new Num(min, Optional.of(100.0), false);
    }

    static final Section TOP = new Section("file", "Top level", "A customer journey map written as code.", List.of(
            key("journey", new Ref("journey"), "map", REQUIRED, "", "The map's own settings."),
            key("personas", new Either(new ListOf(new Ref("persona"), false), new Ref("persona-include")),
                    "list of persona, or include", "empty", "the list, or `include:` files of shared personas",
                    "Who lives the journey: fictional customers built from research."),
            key("stages", new ListOf(new Ref("stage"), false), "list of stage", REQUIRED, "",
                    "The phases of the journey, in order.")));

    static final Section JOURNEY = new Section("journey", "journey", "The map's own settings.", List.of(
            key("id", new Id(), "id", REQUIRED, "id rule",
                    "The journey's id; it names the rendered file (`<id>.svg`).", "damaged-delivery"),
            key("title", new Text(), "text", REQUIRED, "not empty", "The map's title.", "Online order arrives damaged"),
            key("description", new Text(), "text", "empty", "", "What the map covers, in a sentence or two.",
                    "From the first ad to a refund and a second purchase."),
            key("lang", new Text(), "BCP 47 tag", "`en`", "a well-formed tag, else a warning (`format.bad-lang`)",
                    "The language of the map's text; fa, ar and he are written right to left.", "en", "hr", "fa",
                    "pt-BR"),
            key("direction", new Names(DIRECTION_NAMES), "name", "from `lang`: `rtl` for fa, ar, he, ur, ps, "
                    + "ckb, sd, ug, yi, dv..., else `ltr`", String.join(", ", DIRECTION_NAMES) + " (`format.bad-value`)",
                    "Which way the map runs; `rtl` puts the first stage on the right and lane labels on the right.",
                    "rtl", "ltr"),
            key("digits", new Names(DIGITS_NAMES), "name", "`native`",
                    String.join(", ", DIGITS_NAMES) + " (`format.bad-value`)",
                    "Which digits the map and the report show numbers in: `native` writes them in the language's own"
                            + " digits where it has them (Persian ۱۲٫۵٪ for fa, Arabic-Indic ١٢٫٥٪ for ar, with the"
                            + " language's decimal and percent signs), `latin` in Western digits 0-9. Ids, attributes"
                            + " and the analysis JSON always keep Western digits.", "latin", "native"),
            key("surveys", new ListOf(new Ref("survey"), false), "list of survey", "empty",
                    "CSV or summary files inside the root folder", "Files of customers' answers per touchpoint; their figures"
                            + " replace the authored metrics of the same touchpoint when they have at least"
                            + " `analysis.min-responses` answers."),
            key("targets", new Ref("targets"), "map", "empty", "the keys of `metrics`",
                    "The figures every touchpoint should reach; missing one is friction (metrics.md)."),
            key("analysis", new Ref("analysis"), "map", "defaults", "`weights`, `hotspot-threshold`, `min-responses`",
                    "How friction is weighed and when a touchpoint is a hotspot (see metrics.md)."),
            key("entries", new ShareMap(), "map of touchpoint id → share", "the touchpoints nothing leads to, split"
                    + " evenly (`flow.even-split`)", "known touchpoints (`entries.unknown-touchpoint`), shares 0..1"
                    + " (`range.share`) adding up to 1 (`entries.shares-exceed-one`, `entries.shares-below-one`)",
                    "Where customers start the journey and the part of all customers who start at each, such as"
                            + " `{web-shop: 0.8, branch-office: 0.2}`."),
            key("customers", new Ref("customers"), "map", "none", "`count` and `per`",
                    "How many customers enter the journey per period; hotspots then state the customers they lose."),
            key("value", new Ref("value"), "map", "none", "`clv`, or `annual-revenue` with `years` or `churn`",
                    "What a customer is worth; hotspots then state the value at risk (metrics.md)."),
            key("owner", new Text(), "text", "empty", "", "Who owns the map: a person or a team; shown in the"
                    + " title block of PDF pages and slides.", "CX team, Zagreb"),
            key("version", new Text(), "text", "empty", "", "The map's version, as the team counts them; shown in"
                    + " the title block.", "2.1"),
            key("date", new DateText(), "date", "none", "`YYYY-MM-DD` (`format.bad-date`)",
                    "The day the map stands for, such as the end of its research; shown in the title block.",
                    "2026-11-30"),
            key("sources", new ListOf(new ShortOr(new Text(), new Ref("source")), true), "list of sources",
                    "empty", "", "The research the map rests on, each with its sample size; shown in the title"
                            + " block, so a reader can tell how much evidence stands behind it.")));

    static final Section SOURCE = new Section("source", "journey.sources[]",
            "One piece of research behind the map: its name, or a map with its name and sample size.", List.of(
            key("name", new Text(), "text", REQUIRED, "not empty", "What the research was.",
                    "Customer interviews"),
            key("sample-size", new Num(1, Optional.empty(), true), "whole number", "none",
                    "1 or more (`range.sample-size`)", "How many people or records it covered.", 12)));

    static final Section CUSTOMERS = new Section("customers", "journey.customers",
            "The customers entering the journey, so that losses read as customers, not shares.", List.of(
            key("count", new Num(0, Optional.empty(), false), "number", REQUIRED, "above 0 (`range.value`)",
                    "Customers entering the journey per period.", 12000),
            key("per", new Names(JourneySettings.Customers.PERIODS), "name", "`month`",
                    String.join(", ", JourneySettings.Customers.PERIODS) + " (`format.bad-value`)",
                    "The period they are counted over.", "month")));

    static final Section VALUE = new Section("value", "journey.value",
            "What one customer is worth: a measured lifetime value, or the inputs of one (metrics.md).", List.of(
            key("clv", new Num(0, Optional.empty(), false), "number", "computed from the keys below",
                    "above 0 (`range.value`)", "The customer lifetime value, as measured; used as it is.", 1200),
            key("annual-revenue", new Num(0, Optional.empty(), false), "number", "none", "above 0 (`range.value`)",
                    "Revenue per customer and year.", 400),
            key("years", new Num(0, Optional.empty(), false), "number", "1 / the yearly churn, when `churn` is given",
                    "above 0 (`range.value`)", "Years a customer stays.", 3),
            key("churn", new Ref("churn"), "map", "none", "`start`, `end`, `per`",
                    "Customers at the start of a period and those of them still there at its end."),
            key("acquisition-cost", new Num(0, Optional.empty(), false), "number", "`0`", "≥ 0 (`range.value`)",
                    "What winning a customer costs; subtracted from the lifetime value.", 150),
            key("currency", new Text(), "text", "empty", "", "How amounts are labelled in reports.", "EUR")));

    static final Section CHURN = new Section("churn", "journey.value.churn",
            "Churn over a period: (start − end) / start, made yearly to give the years a customer stays.", List.of(
            key("start", new Num(1, Optional.empty(), true), "whole number", REQUIRED, "above 0 (`range.value`)",
                    "Customers at the start of the period.", 500),
            key("end", new Num(0, Optional.empty(), true), "whole number", REQUIRED,
                    "0 to below `start` (`range.value`)", "Those of them still customers at its end.", 450),
            key("per", new Names(JourneySettings.Customers.PERIODS), "name", "`year`",
                    String.join(", ", JourneySettings.Customers.PERIODS) + " (`format.bad-value`)",
                    "The length of the period.", "quarter")));

    static final Section SURVEY = new Section("survey", "journey.surveys[]",
            "A file of survey answers (CSV with the columns touchpoint,metric,value[,timestamp][,journey][,persona])"
                    + " or a survey summary of them, as journey-spark writes it (scaling.md).", List.of(
            key("file", new Text(), "path", "one of `file` and `summary`",
                    "relative to this journey file, inside the root folder (`format.survey-source`)",
                    "The CSV file of answers.", "responses.csv"),
            key("summary", new Text(), "path", "one of `file` and `summary`",
                    "relative to this journey file, inside the root folder (`format.survey-source`)",
                    "A survey summary file (JSON, scaling.md); its scales must be those declared here.",
                    "summary.json"),
            key("scales", new Ref("scales"), "map of metric → scale", "`1-5` for csat and ces", "csat, ces, nps",
                    "The answer scale of each metric's question in this file; it sets which answers count as"
                            + " satisfied or easy (metrics.md).")));

    static final Section SCALES = new Section("scales", "journey.surveys[].scales",
            "The answer scales of one survey file; answers outside them are warnings (`survey.out-of-scale`).",
            List.of(
            key("csat", new Names(AnswerScale.CSAT.stream().map(AnswerScale::label).toList()), "scale", "`1-5`",
                    "1-3, 1-5, 1-7, 1-10 (`range.scale`)", "Satisfied: 3 on 1-3, 4-5 on 1-5, 6-7 on 1-7, 8-10 on"
                            + " 1-10.", "1-7"),
            key("ces", new Names(AnswerScale.CES.stream().map(AnswerScale::label).toList()), "scale", "`1-5`",
                    "1-5, 1-7 (`range.scale`)", "Agreement that it was easy; easy: 4-5 on 1-5, 5-7 on 1-7.", "1-7"),
            key("nps", new Names(List.of("0-10")), "scale", "`0-10`", "0-10 only (`range.scale`)",
                    "NPS is always 0-10: promoters 9-10, detractors 0-6.", "0-10")));

    static final Section TARGETS = new Section("targets", "journey.targets, targets",
            "The figures a touchpoint should reach: journey-wide in `journey.targets`, per touchpoint in its"
                    + " `targets` (which replace the journey's, metric by metric). A score below its target is"
                    + " target-miss friction, a time above it slow-response friction, growing with the miss.", List.of(
            key("csat", percent(0), "number", "none", "0..100 (`range.csat`)", "The CSAT to reach, percent.", 80),
            key("nps", new Num(-100, Optional.of(100.0), false), "number", "none", "-100..100 (`range.nps`)",
                    "The NPS to reach.", 30),
            key("ces", percent(0), "number", "none", "0..100 (`range.ces`)", "The CES to reach, percent.", 70),
            key("first-contact-resolution", percent(0), "number", "none",
                    "0..100 (`range.first-contact-resolution`)", "The first-contact resolution to reach, percent.",
                    75),
            key("response-time", new DurationText(), "duration", "none", "above zero (`format.bad-duration`)",
                    "The response time customers should get at most.", "4h"),
            key("resolution-time", new DurationText(), "duration", "none", "above zero (`format.bad-duration`)",
                    "The resolution time customers should get at most.", "2d")));

    static final Section ANALYSIS = new Section("analysis", "journey.analysis",
            "How the friction score is weighed.", List.of(
            key("weights", new Ref("weights"), "map of component → number", "the defaults below",
                    "relative; divided by their sum", "Weights of the friction components that replace the defaults."),
            key("hotspot-threshold", new Num(0, Optional.of(1.0), false), "number", "`0.5`",
                    "0..1 (`range.hotspot-threshold`)", "The friction from which a touchpoint is a hotspot.", 0.6),
            key("min-responses", new Num(1, Optional.empty(), true), "whole number", "`30`",
                    "1 or more (`range.min-responses`)", "How many answers a survey figure needs to replace the"
                            + " authored one; below it the figure is shown as low-confidence.", 50)));

    static final Section WEIGHTS = new Section("weights", "journey.analysis.weights",
            "The weight of each friction component; named ones replace the defaults.", List.of(
            weight(FrictionComponent.NEGATIVE_EMOTION, "How negative the customer feels."),
            weight(FrictionComponent.EFFORT, "How hard it is: CES from surveys, else the authored effort."),
            weight(FrictionComponent.PAIN_POINTS, "How badly the worst pain point hurts."),
            weight(FrictionComponent.DROP_OFF, "The share of customers who are not passed on."),
            weight(FrictionComponent.DISSATISFACTION, "How dissatisfied customers say they are (CSAT, NPS)."),
            weight(FrictionComponent.SLOW_RESPONSE, "How far response and resolution times overshoot their targets."),
            weight(FrictionComponent.ABANDONMENT, "The share of customers sent to an abandoned exit."),
            weight(FrictionComponent.TARGET_MISS, "How far CSAT, NPS, CES and first-contact resolution fall short of"
                    + " their targets.")));

    private static Key weight(FrictionComponent component, String description) {
        double share = FrictionWeights.DEFAULTS.weights().get(component);
        return key(component.key(), new Num(0, Optional.empty(), false), "number", "`" + share + "`",
                "≥ 0 (`range.weight`)", description, share);
    }

    static final Section PERSONA = new Section("persona", "personas[]",
            "A fictional customer built from research, standing for a segment.", List.of(
            key("id", new Id(), "id", REQUIRED, "id rule, unique among personas",
                    "The persona's id, used in actors and per-persona emotions.", "emma"),
            key("name", new Text(), "text", REQUIRED, "not empty", "The persona's name.", "Efficient Emma"),
            key("description", new Text(), "text", "empty", "", "Who this is, in a sentence.",
                    "Young, tech-savvy professional who values speed."),
            key("share", new Num(0, Optional.of(1.0), false), "number", "an even split when touchpoints name"
                    + " personas (`flow.persona-share-assumed`)", "0..1 (`range.share`); the personas' shares add up"
                    + " to 1 (`flow.persona-shares-incomplete`, `flow.persona-shares-sum`)",
                    "The part of all customers this persona stands for. When touchpoints name their personas, each"
                    + " persona is routed through their own touchpoints and the journey's reach is the sum of the"
                    + " routes weighed by these shares (docs/metrics.md, \"Persona routes\").", 0.75),
            key("demographics", new TextMap(), "map of text", "empty", "any keys, order kept",
                    "Age, location, income and the like."),
            key("goals", texts(), "list of text", "empty", "", "What the persona wants to achieve."),
            key("motivations", texts(), "list of text", "empty", "", "Why the persona acts."),
            key("frustrations", texts(), "list of text", "empty", "", "What annoys the persona."),
            key("needs", texts(), "list of text", "empty", "",
                    "What the persona needs from the service (larger fonts, bigger buttons...).")));

    static final Section PERSONA_INCLUDE = new Section("persona-include", "personas.include",
            "Personas shared by many journeys, read from persona files instead of written in place.", List.of(
            key("include", new ListOf(new Text(), true), "path, or list of paths", REQUIRED,
                    "relative to this file, inside the root folder; no file may include itself"
                            + " (`include.cycle`, `include.not-found`, `include.outside-root`)",
                    "The persona files; a persona id defined in two of them is an error"
                            + " (`include.duplicate-persona`).", "../personas.yaml")));

    static final Section PERSONA_FILE = new Section("persona-file", "persona file",
            "A file of shared personas, named by `include`.", List.of(
            key("personas", new Either(new ListOf(new Ref("persona"), false), new Ref("persona-include")),
                    "list of persona, or include", REQUIRED, "the list, or `include:` other persona files",
                    "The personas of the library.")));

    static final Section STAGE = new Section("stage", "stages[]",
            "A phase of the journey: awareness, consideration, purchase, use, loyalty, or the business's own.", List.of(
            key("id", new Id(), "id", REQUIRED, "id rule, unique among stages", "The stage's id.", "awareness"),
            key("name", new Text(), "text", REQUIRED, "not empty", "The stage's name.", "Awareness"),
            key("goal", new Text(), "text", "empty", "", "What the customer is trying to achieve in this stage.",
                    "Find a lamp that fits the home office"),
            key("touchpoints", new ListOf(new Ref("touchpoint"), false), "list of touchpoint", "empty",
                    "a stage without any is a warning (`stage.empty`)",
                    "The interactions of this stage, in the order customers meet them.")));

    static final Section TOUCHPOINT = new Section("touchpoint", "stages[].touchpoints[]",
            "One interaction between the customer and the service.", List.of(
            key("id", new Id(), "id", REQUIRED, "id rule, unique among all touchpoints of the journey",
                    "The touchpoint's id, used in next steps and survey files.", "checkout"),
            key("name", new Text(), "text", REQUIRED, "not empty", "What happens, from the customer's side.",
                    "Checks out on the web shop"),
            key("channel", new Text(), "text", "empty", "free text; known: " + String.join(", ", Channels.KNOWN),
                    "Where it happens.", Channels.KNOWN.toArray()),
            key("actors", texts(), "list of persona ids", "every persona",
                    "each a persona's id (`reference.unknown-persona`)", "The personas who go through it."),
            key("emotion", new EmotionValue(), "emotion, or map persona id → emotion", "none",
                    String.join(", ", EMOTION_NAMES) + " or -2..2 (`range.emotion`)",
                    "How the customer feels: one value for every actor, or one per persona.", "happy", -1),
            key("thought", new Text(), "text", "empty", "", "What the customer thinks at this moment.",
                    "Nice — is it in stock?"),
            key("effort", new Num(1, Optional.of(5.0), true), "whole number", "none",
                    "1 (effortless) .. 5 (very hard) (`range.effort`)", "How hard it is for the customer.", 2),
            key("moment-of-truth", new Bool(), "boolean", "`false`", "",
                    "A touchpoint that decides how the customer judges the whole service.", true),
            key("evidence", new Names(EVIDENCE_NAMES), "name", "none", String.join(", ", EVIDENCE_NAMES),
                    "How well research backs it: assumed (the team believes it), anecdotal (a few interviews or"
                            + " complaints), measured (analytics, surveys).", "measured"),
            key("backstage", texts(), "list of text", "empty", "",
                    "What employees do that the customer does not see (service blueprint)."),
            key("support", texts(), "list of text", "empty", "",
                    "The systems and processes behind it (service blueprint)."),
            key("pain-points", new ListOf(new ShortOr(new Text(), new Ref("pain-point")), true),
                    "list of pain point", "empty", "a text, or a map (below)", "Obstacles and frustrations here."),
            key("opportunities", new ListOf(new ShortOr(new Text(), new Ref("opportunity")), true),
                    "list of opportunity", "empty", "a text, or a map (below)", "Actions that would improve it."),
            key("metrics", new Ref("metrics"), "map", "none", "see below", "Measured figures for this touchpoint."),
            key("next", new ListOf(new ShortOr(new Id(), new Ref("step")), true), "list of steps",
                    "the following touchpoint", "touchpoint ids or maps (below)",
                    "Where customers go from here; `[]` makes it an exit."),
            key("exit", new Bool(), "boolean", "`false`", "not together with `next` steps (`format.conflict`)",
                    "Customers who reach it end their journey here.", true),
            key("outcome", new Names(java.util.Arrays.stream(Outcome.values()).map(Outcome::label).toList()), "name",
                    "for an exit, `abandoned` when its emotion is negative (`flow.outcome-assumed`), else"
                            + " `completed`", "completed, abandoned; not together with `next` (`format.conflict`)",
                    "How the journey ends here; makes the touchpoint an exit. Customers sent to an abandoned exit"
                            + " are the sending touchpoint's loss.", "abandoned"),
            key("targets", new Ref("targets"), "map", "the journey's targets", "the keys of `metrics`",
                    "The figures this touchpoint should reach, replacing the journey's metric by metric.")));

    static final Section PAIN_POINT = new Section("pain-point", "pain-points[]",
            "An obstacle or frustration: a text, or a map with its severity.", List.of(
            key("text", new Text(), "text", REQUIRED, "not empty", "The obstacle, in the customer's terms.",
                    "Lamp shade cracked, no return label in the box"),
            key("severity", new Names(SEVERITY_NAMES), "name", "`medium`", String.join(", ", SEVERITY_NAMES),
                    "How badly it hurts the experience.", "high")));

    static final Section OPPORTUNITY = new Section("opportunity", "opportunities[]",
            "An action that would improve the touchpoint: a text, or a map with the action plan.", List.of(
            key("text", new Text(), "text", REQUIRED, "not empty", "The action.",
                    "Put a prepaid return label in every parcel"),
            key("owner", new Text(), "text", "empty", "a person or department", "Who acts on it.", "logistics"),
            key("due", new DateText(), "date", "none", "`YYYY-MM-DD` (`format.bad-date`)", "The deadline.",
                    "2027-03-31"),
            key("kpi", new Text(), "text", "empty", "", "The indicator that shows progress.",
                    "refund contacts per 1000 orders")));

    static final Section METRICS = new Section("metrics", "metrics",
            "Measured figures for a touchpoint; every one is optional and numbers may have decimals.", List.of(
            key("csat", percent(0), "number", "none", "0..100 (`range.csat`)",
                    "Customer satisfaction: percent of answers 4–5 on a 1–5 scale.", 41),
            key("nps", new Num(-100, Optional.of(100.0), false), "number", "none", "-100..100 (`range.nps`)",
                    "Net promoter score: % promoters (9–10) − % detractors (0–6).", -35),
            key("ces", percent(0), "number", "none", "0..100 (`range.ces`)",
                    "Customer effort score: percent who found it easy (4–5).", 71),
            key("first-contact-resolution", percent(0), "number", "none",
                    "0..100 (`range.first-contact-resolution`)",
                    "Percent of requests solved in the first interaction.", 64),
            key("response-time", new DurationText(), "duration", "none", "≥ 0 (`format.bad-duration`)",
                    "Average time to the first response.", "26h"),
            key("resolution-time", new DurationText(), "duration", "none", "≥ 0 (`format.bad-duration`)",
                    "Average time to resolution.", "2d")));

    static final Section STEP = new Section("step", "next[]",
            "A step to another touchpoint: its id, or a map with the share of customers who take it.", List.of(
            key("to", new Id(), "touchpoint id", REQUIRED,
                    "a touchpoint of this journey, in any stage (`reference.unknown-touchpoint`)",
                    "The touchpoint customers go to.", "unboxing"),
            key("share", new Num(0, Optional.of(1.0), false), "number", "none", "0..1 (`range.share`)",
                    "The part of customers here who take this step; what is not passed on drops off.", 0.9),
            key("label", new Text(), "text", "empty", "", "Why customers take this step.",
                    "gives up at shipping costs")));

    /** Every section, the file's top level first. */
    static final List<Section> SECTIONS =
            List.of(TOP, JOURNEY, SOURCE, SURVEY, SCALES, TARGETS, CUSTOMERS, VALUE, CHURN, ANALYSIS, WEIGHTS, PERSONA, PERSONA_INCLUDE, PERSONA_FILE, STAGE, TOUCHPOINT, PAIN_POINT,
                    OPPORTUNITY, METRICS, STEP);
}
