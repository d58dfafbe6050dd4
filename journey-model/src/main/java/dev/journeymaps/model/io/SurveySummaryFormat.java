package dev.journeymaps.model.io;

import dev.journeymaps.model.AnswerScale;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.analysis.AverageTime;
import dev.journeymaps.model.analysis.CustomerEffortScore;
import dev.journeymaps.model.analysis.CustomerSatisfaction;
import dev.journeymaps.model.analysis.FirstContactResolution;
import dev.journeymaps.model.analysis.NetPromoterScore;
import dev.journeymaps.model.analysis.SurveySummary;
import dev.journeymaps.model.analysis.TouchpointSurvey;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Quote;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.MinimalPrettyPrinter;

/**
 * Writes and reads survey summary files: a {@link SurveySummary} as JSON, versioned, one file and one group per line
 * (so a summary diffs and greps line by line), the same summary giving the same bytes. The format is documented in docs/scaling.md.
 *
 * <pre>{@code
 * {"format": "journey-maps survey summary", "version": 1,
 *  "scales": {"csat": "1-5", "ces": "1-5"},
 *  "files": [{"file": "answers.csv", "answers": 998, "bad-rows": {"survey.bad-value": 2}}],
 *  "groups": [
 *   {"journey": "checkout", "persona": "", "touchpoint": "pay", "day": "2026-10-02",
 *    "nps": [4, 3, 3], "csat": [3, 5], "ces": [1, 4], "response-time": [3, "PT12H", 214920000],
 *    "resolution-time": [0, "PT0S", 0], "first-contact-resolution": [3, 4]}]}
 * }</pre>
 *
 * <p>Counts are those of the metric types: NPS promoters, passives, detractors; CSAT satisfied, responses; CES easy,
 * responses; times requests, total (ISO-8601, exact) and the sum of squared whole seconds
 * ({@link AverageTime#UNKNOWN_SQUARES} when not kept); first-contact resolution resolved, requests.
 */
public final class SurveySummaryFormat {

    /** The value of the {@code format} key. */
    public static final String FORMAT = "journey-maps survey summary";

    /** The caller owns the writer: the generator flushes it, never closes it. */
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** Jackson 3 takes its pretty printer from the write context. */
    private static final ObjectWriteContext ONE_ENTRY_PER_LINE = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new OneEntryPerLine();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private SurveySummaryFormat() {}

    /**
     * Writes {@code summary} to {@code out} (flushed, not closed).
     *
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static void write(SurveySummary summary, Writer out) {
        try (JsonGenerator gen = JSON.createGenerator(ONE_ENTRY_PER_LINE, out)) {
            gen.writeStartObject();
            gen.writeStringProperty("format", FORMAT);
            gen.writeNumberProperty("version", SurveySummary.FORMAT_VERSION);
            gen.writeName("scales");
            gen.writeStartObject();
            gen.writeStringProperty("csat", summary.csatScale().label());
            gen.writeStringProperty("ces", summary.cesScale().label());
            gen.writeEndObject();
            gen.writeArrayPropertyStart("files");
            for (SurveySummary.FileCounts f : summary.files()) {
                gen.writeStartObject();
                gen.writeStringProperty("file", f.file());
                gen.writeNumberProperty("answers", f.answers());
                gen.writeName("bad-rows");
                gen.writeStartObject();
                for (Map.Entry<String, Long> e : f.badRows().entrySet()) {
                    gen.writeNumberProperty(e.getKey(), e.getValue());
                }
                gen.writeEndObject();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayPropertyStart("groups");
            for (SurveySummary.Group g : summary.groups()) {
                writeGroup(gen, g);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
        }
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeGroup(JsonGenerator gen, SurveySummary.Group g) {
        SurveySummary.Key k = g.key();
        TouchpointSurvey s = g.survey();
        gen.writeStartObject();
        gen.writeStringProperty("journey", k.journey());
        gen.writeStringProperty("persona", k.persona());
        gen.writeStringProperty("touchpoint", k.touchpoint());
        gen.writeStringProperty("day", k.day());
        gen.writeName("nps");
        gen.writeArray(new long[] {s.nps().promoters(), s.nps().passives(), s.nps().detractors()}, 0, 3);
        gen.writeName("csat");
        gen.writeArray(new long[] {s.csat().satisfied(), s.csat().responses()}, 0, 2);
        gen.writeName("ces");
        gen.writeArray(new long[] {s.ces().easy(), s.ces().responses()}, 0, 2);
        time(gen, "response-time", s.responseTime());
        time(gen, "resolution-time", s.resolutionTime());
        gen.writeName("first-contact-resolution");
        FirstContactResolution f = s.firstContactResolution();
        gen.writeArray(new long[] {f.resolved(), f.requests()}, 0, 2);
        gen.writeEndObject();
    }

    private static void time(JsonGenerator gen, String name, AverageTime t) {
        gen.writeName(name);
        gen.writeStartArray();
        gen.writeNumber(t.requests());
        gen.writeString(t.total().toString());
        gen.writeNumber(t.squaredSeconds());
        gen.writeEndArray();
    }

    /**
     * What a summary file holds, or the problems that kept it from being read.
     *
     * @param summary the summary, when the file could be read
     * @param problems what was wrong, with the file and line
     */
    public record Read(Optional<SurveySummary> summary, List<Problem> problems) {
        public Read {
            java.util.Objects.requireNonNull(summary, "summary");
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads the summary in {@code file}, named {@code label} in problems. Never throws for bad content or an
     * unreadable file: those are error problems.
     */
    public static Read read(Path file, String label) {
        if (!Files.isRegularFile(file)) {
            return failed(Problem.error("survey.unreadable", "cannot read survey summary '" + label + "': "
                            + (Files.exists(file) ? "not a regular file" : "no such file"),
                    SourceLocation.of(label, 0, 0)), "check the path in journey.surveys; it is relative to the journey file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser parser = JSON.createParser(ObjectReadContext.empty(), reader)) {
            return new Parse(parser, label).summary();
        } catch (IOException e) {
            return failed(Problem.error("survey.unreadable", "cannot read survey summary '" + label + "': "
                    + e.getMessage(), SourceLocation.of(label, 0, 0)), "check that the file can be read");
        } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
            return failed(Problem.error("survey.bad-summary", "'" + label + "' is not a survey summary: "
                            + (e instanceof JacksonException j ? j.getOriginalMessage() : Quote.cut(e.getMessage())),
                    location(e, label)), "write summaries with journey-spark's SurveySummaryJob; see docs/scaling.md");
        }
    }

    private static SourceLocation location(Exception e, String label) {
        if (e instanceof JacksonException j && j.getLocation() != null) {
            return SourceLocation.of(label, Math.max(0, j.getLocation().getLineNr()),
                    Math.max(0, j.getLocation().getColumnNr()));
        }
        return SourceLocation.of(label, 0, 0);
    }

    private static Read failed(Problem problem, String hint) {
        return new Read(Optional.empty(), List.of(problem.withHint(hint)));
    }

    /** One streaming pass over a summary: memory grows with its groups, never with a value's length. */
    private static final class Parse {
        private final JsonParser p;
        private final String label;

        Parse(JsonParser parser, String label) {
            this.p = parser;
            this.label = label;
        }

        Read summary() {
            expect(JsonToken.START_OBJECT);
            String format = null;
            int version = 0;
            AnswerScale csat = AnswerScale.ONE_TO_FIVE;
            AnswerScale ces = AnswerScale.ONE_TO_FIVE;
            List<SurveySummary.FileCounts> files = new ArrayList<>();
            List<SurveySummary.Group> groups = new ArrayList<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format" -> format = p.getString();
                    case "version" -> version = p.getIntValue();
                    case "scales" -> {
                        Map<String, String> scales = strings();
                        csat = scale(scales.getOrDefault("csat", "1-5"));
                        ces = scale(scales.getOrDefault("ces", "1-5"));
                    }
                    case "files" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            files.add(file());
                        }
                    }
                    case "groups" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            groups.add(group());
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (!FORMAT.equals(format)) {
                throw new IllegalArgumentException("its \"format\" is not \"" + FORMAT + "\"");
            }
            if (version != SurveySummary.FORMAT_VERSION) {
                return failed(Problem.error("survey.summary-version", "'" + label + "' is a survey summary of version "
                                + version + "; this journey-maps reads version " + SurveySummary.FORMAT_VERSION,
                        SourceLocation.of(label, 1, 1)), "aggregate the answers again with this version's journey-spark");
            }
            return new Read(Optional.of(new SurveySummary(csat, ces, groups, files)), List.of());
        }

        private AnswerScale scale(String text) {
            return AnswerScale.parse(text).orElseThrow(() -> new IllegalArgumentException(
                    "unknown scale " + Quote.of(text)));
        }

        private SurveySummary.FileCounts file() {
            String file = "";
            long answers = 0;
            Map<String, Long> bad = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "file" -> file = p.getString();
                    case "answers" -> answers = p.getLongValue();
                    case "bad-rows" -> {
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String code = p.currentName();
                            p.nextToken();
                            bad.put(code, p.getLongValue());
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return new SurveySummary.FileCounts(file, answers, bad);
        }

        private SurveySummary.Group group() {
            Map<String, String> key = new LinkedHashMap<>();
            NetPromoterScore nps = NetPromoterScore.EMPTY;
            CustomerSatisfaction csat = CustomerSatisfaction.EMPTY;
            CustomerEffortScore ces = CustomerEffortScore.EMPTY;
            AverageTime response = AverageTime.EMPTY;
            AverageTime resolution = AverageTime.EMPTY;
            FirstContactResolution fcr = FirstContactResolution.EMPTY;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "journey", "persona", "touchpoint", "day" -> key.put(name, p.getString());
                    case "nps" -> {
                        long[] c = longs(3);
                        nps = new NetPromoterScore(c[0], c[1], c[2]);
                    }
                    case "csat" -> {
                        long[] c = longs(2);
                        csat = new CustomerSatisfaction(c[0], c[1]);
                    }
                    case "ces" -> {
                        long[] c = longs(2);
                        ces = new CustomerEffortScore(c[0], c[1]);
                    }
                    case "response-time" -> response = time();
                    case "resolution-time" -> resolution = time();
                    case "first-contact-resolution" -> {
                        long[] c = longs(2);
                        fcr = new FirstContactResolution(c[0], c[1]);
                    }
                    default -> p.skipChildren();
                }
            }
            return new SurveySummary.Group(
                    new SurveySummary.Key(key.getOrDefault("journey", ""), key.getOrDefault("persona", ""),
                            key.getOrDefault("touchpoint", ""), key.getOrDefault("day", "")),
                    new TouchpointSurvey(nps, csat, ces, response, resolution, fcr));
        }

        private long[] longs(int n) {
            require(JsonToken.START_ARRAY);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                expect(JsonToken.VALUE_NUMBER_INT);
                values[i] = p.getLongValue();
            }
            expect(JsonToken.END_ARRAY);
            return values;
        }

        private AverageTime time() {
            require(JsonToken.START_ARRAY);
            expect(JsonToken.VALUE_NUMBER_INT);
            long requests = p.getLongValue();
            expect(JsonToken.VALUE_STRING);
            Duration total = Duration.parse(p.getString());
            expect(JsonToken.VALUE_NUMBER_INT);
            long squares = p.getLongValue();
            expect(JsonToken.END_ARRAY);
            return new AverageTime(requests, total, squares);
        }

        private Map<String, String> strings() {
            require(JsonToken.START_OBJECT);
            Map<String, String> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                expect(JsonToken.VALUE_STRING);
                map.put(name, p.getString());
            }
            return map;
        }

        private void expect(JsonToken token) {
            p.nextToken();
            require(token);
        }

        private void require(JsonToken token) {
            if (p.currentToken() != token) {
                throw new IllegalArgumentException("line " + p.currentLocation().getLineNr() + ": expected "
                        + token + ", found " + p.currentToken());
            }
        }
    }

    /** Each file and each group on a line of its own, the rest compact: a summary diffs and greps by line. */
    private static final class OneEntryPerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            if (isTopList(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(isTopList(g) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            g.writeRaw(isTopList(g) && values > 0 ? "\n]" : "]");
        }

        /** Whether the list being written is {@code files} or {@code groups}: in the root object, so at depth 2. */
        private static boolean isTopList(JsonGenerator g) {
            return g.streamWriteContext().getNestingDepth() == 2;
        }
    }
}
