package dev.journeymaps.render.theme;

import dev.journeymaps.model.validate.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a theme file gave: the theme, unless the file has errors, and every problem found (errors such as an
 * unknown key or a bad colour; warnings such as text colours below WCAG AA contrast).
 *
 * @param theme the theme, present when there are no errors
 * @param problems every problem, in file order
 */
public record ThemeResult(Optional<Theme> theme, List<Problem> problems) {

    public ThemeResult {
        Objects.requireNonNull(theme, "theme");
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
