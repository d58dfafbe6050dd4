package dev.journeymaps.cli;

import dev.journeymaps.model.validate.Problem;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints problems the way compilers do, or as JSON for tools. */
final class ProblemReport {

    private ProblemReport() {}

    /** {@code FILE:LINE:COL: error[CODE]: message}, then {@code   hint: ...} when there is a hint. */
    static void printText(List<Problem> problems, PrintWriter out) {
        for (Problem p : problems) {
            out.print(p.location() + ": " + p.level().label() + "[" + p.code() + "]: " + p.message() + "\n");
            if (!p.hint().isBlank()) {
                out.print("  hint: " + p.hint() + "\n");
            }
        }
        out.flush();
    }

    /** A JSON array of {@code {file, line, column, level, code, message, hint}}, one object per problem. */
    static String toJson(List<Problem> problems) {
        List<Map<String, Object>> rows = problems.stream().map(ProblemReport::row).toList();
        return Json.MAPPER.writeValueAsString(rows).replace("\r\n", "\n") + "\n";
    }

    private static Map<String, Object> row(Problem p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", p.location().file());
        row.put("line", p.location().line());
        row.put("column", p.location().column());
        row.put("level", p.level().label());
        row.put("code", p.code());
        row.put("message", p.message());
        row.put("hint", p.hint());
        return row;
    }

    /** {@code 2 errors, 1 warning}, or {@code ok} when there is nothing to say. */
    static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (problems.isEmpty()) {
            return "ok";
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * Built on first use: every command prints problems as text, few as JSON, and a Jackson mapper costs a tenth
     * of a second of start-up (some 400 classes).
     */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }
}
