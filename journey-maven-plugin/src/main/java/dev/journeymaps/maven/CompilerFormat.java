package dev.journeymaps.maven;

import dev.journeymaps.model.validate.Problem;

/**
 * A problem as compilers print it, {@code FILE:LINE:COL: error: message [code]}, which IDEs (IntelliJ, Eclipse,
 * VS Code) and CI logs turn into a link to the line.
 */
final class CompilerFormat {

    private CompilerFormat() {}

    static String format(Problem p) {
        String line = p.location() + ": " + p.level().label() + ": " + p.message() + " [" + p.code() + "]";
        return p.hint().isBlank() ? line : line + "\n  hint: " + p.hint();
    }
}
