package dev.journeymaps.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.diff.JourneyDiff;
import dev.journeymaps.model.diff.JourneyDiffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code journey diff --format svg}: both states on one map, escaped once, the same bytes every time. */
class DiffRendererTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"dq\" ]]> <!-- \u0001end";

    private static Journey today(String name) {
        return Journey.builder("today", "Returns today")
                .stage("ask", "Ask", s -> s
                        .touchpoint("form", name, t -> t.emotion(Emotion.ANGRY).effort(5).next("call"))
                        .touchpoint("call", "Calls for a label", t -> t.emotion(Emotion.ANGRY).next("wait"))
                        .touchpoint("wait", "Waits for the courier", t -> t.emotion(Emotion.FRUSTRATED).next("refund"))
                        .touchpoint("refund", "Gets the refund", t -> t.emotion(Emotion.HAPPY).exit()))
                .build();
    }

    private static Journey redesign(String name) {
        return Journey.builder("redesign", "Returns redesigned")
                .stage("ask", "Ask", s -> s
                        .touchpoint("form", name, t -> t.emotion(Emotion.HAPPY).effort(1).next("wait"))
                        .touchpoint("wait", "Waits for the courier", t -> t.emotion(Emotion.NEUTRAL).next("refund"))
                        .touchpoint("refund", "Gets the refund", t -> t.emotion(Emotion.ANGRY).next("review"))
                        .touchpoint("review", "Reviews the shop", t -> t.emotion(Emotion.HAPPY).exit()))
                .build();
    }

    private static JourneyDiff diff(Journey a, Journey b) {
        return JourneyDiffer.compare(a, Analyzer.analyze(a, AnalysisOptions.of(a)), b,
                Analyzer.analyze(b, AnalysisOptions.of(b)));
    }

    @Test
    void drawsBothCurvesTheShadedDifferenceAndWhatBecameOfEachTouchpoint() {
        Journey a = today("Fills in the return form");
        Journey b = redesign("Fills in the return form");

        Document doc = Svg.parse(new DiffRenderer().render(a, b, diff(a, b)));

        List<Element> paths = Svg.elements(doc, "path");
        assertThat(paths).filteredOn(p -> p.getAttribute("class").equals("emotion-curve")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(paths).anyMatch(p -> p.getAttribute("class").equals("diff-gain"));
        assertThat(paths).anyMatch(p -> p.getAttribute("class").equals("diff-loss"));
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("Experience score", "added", "removed", "changed", "friction ", "reach ",
                "Hotspots gone: ", "Hotspots new: ", "Hotspots remaining: ");
    }

    @Test
    void escapesUserTextOnceAndStaysWellFormed() {
        Journey a = today(HOSTILE);
        Journey b = redesign(HOSTILE);

        String svg = new DiffRenderer().render(a, b, diff(a, b));
        Document doc = Svg.parse(svg);

        assertThat(Svg.elements(doc, "script")).isEmpty();
        assertThat(Svg.titles(doc)).anyMatch(t -> t.contains("<script>alert('x')</script> & \"dq\" ]]> <!-- end"));
        assertThat(svg).doesNotContain("&amp;lt;").doesNotContain("<script>");
    }

    @Test
    void givesTheSameBytesEveryTime() {
        Journey a = today("Fills in the return form");
        Journey b = redesign("Fills in the return form");

        assertThat(new DiffRenderer().render(a, b, diff(a, b))).isEqualTo(new DiffRenderer().render(a, b, diff(a, b)));
    }
}
