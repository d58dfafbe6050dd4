package dev.journeymaps.model.io;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes validation problems for tools: a plain JSON list, or a SARIF 2.1.0 log that code-scanning services (GitHub,
 * GitLab, Azure DevOps) show on the lines of a pull request. Keys keep a fixed order and lines end with {@code \n}:
 * the same problems give the same bytes.
 */
public final class ProblemWriter {

    /** The SARIF version written, and the schema its logs declare. */
    public static final String SARIF_VERSION = "2.1.0";

    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The tool a SARIF log names: its name, version and where its documentation is. */
    public record Tool(String name, String version, String informationUri) {
        public Tool {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(informationUri, "informationUri");
        }
    }

    private ProblemWriter() {}

    /** A JSON array of {@code {file, line, column, level, code, message, hint}}, one object per problem. */
    public static String toJson(List<Problem> problems) {
        ArrayNode rows = NODES.arrayNode();
        for (Problem p : problems) {
            ObjectNode row = rows.addObject();
            row.put("file", p.location().file());
            row.put("line", p.location().line());
            row.put("column", p.location().column());
            row.put("level", p.level().label());
            row.put("code", p.code());
            row.put("message", p.message());
            row.put("hint", p.hint());
        }
        return Json.pretty(rows);
    }

    /**
     * A SARIF 2.1.0 log of one run of {@code tool}: a rule per problem code (in the order codes first appear) whose
     * help is {@code docs/validation.md}, and a result per problem with its file, line and column. Files are written
     * as relative URIs when they were given as relative paths, so a log made at the root of a repository points into
     * it.
     */
    public static String toSarif(List<Problem> problems, Tool tool) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        problems.forEach(p -> ruleIndex.putIfAbsent(p.code(), ruleIndex.size()));

        ObjectNode driver = NODES.objectNode();
        driver.put("name", tool.name());
        driver.put("version", tool.version());
        driver.put("informationUri", tool.informationUri());
        ArrayNode rules = driver.putArray("rules");
        for (String code : ruleIndex.keySet()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", code);
            rule.putObject("shortDescription").put("text", code);
            rule.put("helpUri", tool.informationUri() + "/blob/main/docs/validation.md");
        }

        ObjectNode run = NODES.objectNode();
        run.putObject("tool").set("driver", driver);
        ArrayNode results = run.putArray("results");
        for (Problem p : problems) {
            results.add(result(p, ruleIndex.get(p.code())));
        }

        ObjectNode log = NODES.objectNode();
        log.put("$schema", SARIF_SCHEMA);
        log.put("version", SARIF_VERSION);
        log.putArray("runs").add(run);
        return Json.pretty(log);
    }

    private static ObjectNode result(Problem p, int ruleIndex) {
        ObjectNode result = NODES.objectNode();
        result.put("ruleId", p.code());
        result.put("ruleIndex", ruleIndex);
        result.put("level", p.isError() ? "error" : "warning");
        String text = p.hint().isBlank() ? p.message() : p.message() + "\nHint: " + p.hint();
        result.putObject("message").put("text", text);
        SourceLocation at = p.location();
        if (!at.file().isEmpty()) {
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(at.file()));
            if (at.isKnown()) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", at.line());
                if (at.column() > 0) {
                    region.put("startColumn", at.column());
                }
            }
        }
        return result;
    }

    /** A file name as a URI reference: {@code file:} for absolute paths, else relative with {@code /}. */
    static String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toASCIIString();
        }
        String relative = file.replace('\\', '/');
        // "c:x.yaml" or "a:b/c.yaml" would read as a URI scheme.
        int colon = relative.indexOf(':');
        int slash = relative.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            relative = "./" + relative;
        }
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file name: " + file, e);
        }
    }
}
