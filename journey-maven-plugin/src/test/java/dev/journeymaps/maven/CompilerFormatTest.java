package dev.journeymaps.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import org.junit.jupiter.api.Test;

class CompilerFormatTest {

    @Test
    void printsFileLineColumnLevelMessageAndCodeAsCompilersDo() {
        Problem p = Problem.error("reference.unknown-touchpoint", "unknown touchpoint 'x'",
                        SourceLocation.of("/p/src/main/journeys/a.yaml", 10, 16))
                .withHint("did you mean 'y'?");

        assertThat(CompilerFormat.format(p)).isEqualTo("/p/src/main/journeys/a.yaml:10:16: error: unknown touchpoint 'x'"
                + " [reference.unknown-touchpoint]\n  hint: did you mean 'y'?");
    }

    @Test
    void aWarningWithoutHintIsOneLine() {
        Problem p = Problem.warning("stage.empty", "stage 'w' is empty", SourceLocation.of("a.yaml", 3, 5));

        assertThat(CompilerFormat.format(p)).isEqualTo("a.yaml:3:5: warning: stage 'w' is empty [stage.empty]");
    }
}
