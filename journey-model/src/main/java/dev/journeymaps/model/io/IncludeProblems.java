package dev.journeymaps.model.io;

import dev.journeymaps.model.validate.Problem;

/** The problems of included files under their own codes, so an author can tell a persona file from a survey file. */
final class IncludeProblems {

    private IncludeProblems() {}

    /** {@code path.*} problems of {@link SourceRoot} as {@code include.*} problems. */
    static Problem fromPath(Problem p, String written, String from, java.nio.file.Path root) {
        return switch (p.code()) {
            case "path.outside-root" -> Problem.error("include.outside-root", "cannot include '" + written
                                    + "': it points outside the root folder " + root, p.location())
                    .withHint("the root is the current folder unless --root says otherwise: run from a folder that"
                            + " holds both files, or give --root DIR");
            case "path.not-found" -> Problem.error("include.not-found", "no file '" + written + "' to include next to "
                                    + fileName(from), p.location())
                    .withHint("paths are relative to the file that includes them");
            case "path.not-regular" -> Problem.error("include.not-found", "cannot include '" + written
                            + "': it is not a regular file (a folder, a device or a pipe)", p.location())
                    .withHint(p.hint());
            default -> p;
        };
    }

    private static String fileName(String from) {
        int slash = Math.max(from.lastIndexOf('/'), from.lastIndexOf('\\'));
        return from.substring(slash + 1);
    }
}
