package dev.journeymaps.cli;

import dev.journeymaps.model.CleanText;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints problems the way compilers do, or as GitHub Actions annotations. */
final class ProblemReport {

    private ProblemReport() {}

    /** The longest message or hint printed whole; past it, it is cut with its length (it quotes a value too long). */
    static final int MAX_LINE = 400;

    /**
     * How many warnings of one code the commands that do something else with a journey (render, analyze...) print;
     * {@code journey validate} prints them all. A generated or imported journey can raise the same warning on every
     * touchpoint, and ten thousand of them buried the one line that mattered (and took longer to print than the map
     * took to draw).
     */
    static final int WARNINGS_PER_CODE = 10;

    /**
     * {@code FILE:LINE:COL: error[CODE]: message}, then {@code   hint: ...} when there is a hint; the journey's control
     * characters shown escaped, every line one line (see {@link CleanText}). Every error is printed, and the first
     * {@link #WARNINGS_PER_CODE} warnings of each code; a last line per code says how many more there are.
     */
    static void printText(List<Problem> problems, PrintWriter out) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> unshown = new LinkedHashMap<>();
        for (Problem p : problems) {
            if (!p.isError() && seen.merge(p.code(), 1, Integer::sum) > WARNINGS_PER_CODE) {
                unshown.merge(p.code(), 1, Integer::sum);
            } else {
                print(p, out);
            }
        }
        unshown.forEach((code, count) -> out.print(String.format(Locale.ROOT,
                "journey: %,d more warning%s[%s] not shown; 'journey validate' lists every one\n", count,
                count == 1 ? "" : "s", code)));
        out.flush();
    }

    /** Every problem, as {@link #printText} prints each. */
    static void printAll(List<Problem> problems, PrintWriter out) {
        problems.forEach(p -> print(p, out));
        out.flush();
    }

    private static void print(Problem p, PrintWriter out) {
        out.print(CleanText.line(p.location().toString(), MAX_LINE) + ": " + p.level().label() + "[" + p.code()
                + "]: " + CleanText.line(p.message(), MAX_LINE) + "\n");
        if (!p.hint().isBlank()) {
            out.print("  hint: " + CleanText.line(p.hint(), MAX_LINE) + "\n");
        }
    }

    /**
     * GitHub Actions workflow commands, one per problem: {@code ::error file=F,line=L,col=C,title=CODE::message},
     * which the runner turns into annotations on the pull request's lines. Escaped as GitHub's own toolkit does:
     * {@code %}, CR and LF in the message; also {@code :} and {@code ,} in properties.
     */
    static void printGithub(List<Problem> problems, PrintWriter out) {
        for (Problem p : problems) {
            StringBuilder line = new StringBuilder("::").append(p.isError() ? "error" : "warning").append(' ');
            SourceLocation at = p.location();
            if (!at.file().isEmpty()) {
                line.append("file=").append(githubProperty(CleanText.shown(at.file()))).append(',');
                if (at.isKnown()) {
                    line.append("line=").append(at.line()).append(',');
                    if (at.column() > 0) {
                        line.append("col=").append(at.column()).append(',');
                    }
                }
            }
            line.append("title=").append(githubProperty(p.code()));
            String message = p.hint().isBlank() ? p.message() : p.message() + "\nhint: " + p.hint();
            line.append("::").append(githubData(CleanText.shown(message))).append('\n');
            out.print(line);
        }
        out.flush();
    }

    /** The escaping of a workflow command's message ({@code escapeData} in GitHub's actions/toolkit). */
    static String githubData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping of a workflow command's property ({@code escapeProperty} in GitHub's actions/toolkit). */
    static String githubProperty(String text) {
        return githubData(text).replace(":", "%3A").replace(",", "%2C");
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
}
