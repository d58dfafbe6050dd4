package dev.journeymaps.model.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.io.JourneyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.journeymaps.model.Outcome;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.Transition;
import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidWriterTest {

    @Test
    void writesStagesAsSectionsAndEmotionsAsScores() {
        Journey j = Journey.builder("cafe", "Café: the #1 order; fast")
                .persona("reg", "Regular, guest")
                .stage("order", "Order", s -> s.touchpoint("queue", "Queues\nat the counter", t -> t
                        .emotion(Emotion.FRUSTRATED).actors("reg")))
                .stage("pay", "Pay", s -> s.touchpoint("card", "Pays <br> by card", t -> t
                        .emotion("reg", Emotion.DELIGHTED)))
                .build();

        MermaidExport export = MermaidWriter.write(j);

        assertThat(export.diagram()).isEqualTo("""
                journey
                    title Café#58; the #35;1 order#59; fast
                    section Order
                      Queues<br>at the counter: 2: Regular#44; guest
                    section Pay
                      Pays #60;br> by card: 5
                """);
        assertThat(export.notCarried()).containsExactly("emotions per persona (written as their mean) on 1 touchpoint");
    }

    @Test
    void listsWhatMermaidCannotCarry() throws IOException {
        Journey j = JourneyLoader.load(Path.of("src/test/resources/journeys/valid/issue-example.yaml"))
                .journey().orElseThrow();

        assertThat(MermaidWriter.write(j).notCarried()).containsExactly(
                "1 pain point",
                "1 opportunity",
                "metrics on 1 touchpoint",
                "labels of next steps on 1 touchpoint",
                "emotions per persona (written as their mean) on 1 touchpoint",
                "channels on 4 touchpoints",
                "thoughts on 1 touchpoint",
                "effort on 1 touchpoint",
                "moment of truth on 1 touchpoint",
                "evidence on 1 touchpoint",
                "backstage and support actions on 1 touchpoint",
                "1 persona's details (description, demographics, goals, motivations, frustrations, needs)",
                "goals of 1 stage");
        assertThat(Severity.HIGH).isNotNull();
    }

    @Test
    void writesTasksBeforeAnySectionBackWithoutASection() throws IOException {
        String corners = Files.readString(Path.of("src/test/resources/mermaid/corners.mmd"));
        String diagram = MermaidWriter.write(MermaidReader.read(corners, "corners.mmd").journey().orElseThrow())
                .diagram();

        assertThat(diagram).startsWith("""
                journey
                    title Corners of the grammar
                    Arrives before any section: 4: Visitor
                    section Browse
                      Looks around: 3
                """);
    }

    @Test
    void writesAMultiLineDescriptionAsABlock() {
        Journey j = Journey.builder("r", "Returns").description("Line one\nline } two")
                .stage("s", "S", s -> s.touchpoint("t", "T", t -> t.emotion(Emotion.HAPPY))).build();

        assertThat(MermaidWriter.write(j).diagram()).contains("""
                    accDescr {
                        Line one
                        line #125; two
                    }
                """);
    }

    @Test
    void aTwoPersonaJourneyKeepsBothPersonasThroughARoundTrip() {
        // touchpoints without actors are lived by everybody: the student was lost on import
        Journey j = Journey.builder("enrol", "Enrolment")
                .persona("parent", "Parent")
                .persona("student", "Student")
                .stage("apply", "Apply", s -> s
                        .touchpoint("form", "Fills the form", t -> t.actors("parent"))
                        .touchpoint("visit", "Visits the school", t -> {}))
                .build();
        MermaidExport export = MermaidWriter.write(j);
        assertThat(export.lostPersonas()).isEmpty();
        assertThat(export.diagram()).contains("Visits the school: 3: Parent, Student");
        Journey back = MermaidReader.read(export.diagram(), "enrol.mmd").journey().orElseThrow();
        assertThat(back.personas()).extracting(p -> p.name()).containsExactly("Parent", "Student");
    }

    @Test
    void namesThePersonasNoTaskCanCarry() {
        Journey j = Journey.builder("enrol", "Enrolment")
                .persona("parent", "Parent")
                .persona("student", "Student")
                .stage("apply", "Apply", s -> s.touchpoint("form", "Fills the form", t -> t.actors("parent")))
                .build();
        assertThat(MermaidWriter.write(j).lostPersonas()).containsExactly("student");
    }

    @Test
    void stepsExitsAndOutcomesSurviveTheRoundTripInJourneyMapsComments() {
        Journey journey = Journey.builder("j", "Checkout")
                .stage("buy", "Buy", s -> s
                        .touchpoint("checkout", "Checks out", t -> t.emotion(Emotion.NEUTRAL)
                                .next("receipt", 0.82, "pays").next("gives-up", 0.18, ""))
                        .touchpoint("gives-up", "Leaves: full cart", t -> t.emotion(Emotion.FRUSTRATED)
                                .outcome(Outcome.ABANDONED))
                        .touchpoint("receipt", "Gets a receipt", t -> t.emotion(Emotion.HAPPY).exit())
                        .touchpoint("review", "Writes a review", t -> t.outcome(Outcome.COMPLETED)))
                .build();
        MermaidExport export = MermaidWriter.write(journey);
        assertThat(export.diagram()).isEqualTo("""
                journey
                    title Checkout
                    section Buy
                      Checks out: 3
                      %% journey-maps next: gets-a-receipt 0.82, leaves-full-cart 0.18
                      Leaves#58; full cart: 2
                      %% journey-maps outcome: abandoned
                      Gets a receipt: 4
                      %% journey-maps exit
                      Writes a review: 3
                      %% journey-maps outcome: completed
                """);
        Journey back = MermaidReader.read(export.diagram(), "j.mmd").journey().orElseThrow();
        List<Touchpoint> tps = back.touchpoints();
        assertThat(tps.get(0).next()).extracting(Transition::to).containsExactly("gets-a-receipt", "leaves-full-cart");
        assertThat(tps.get(0).next()).extracting(n -> n.share().getAsDouble()).containsExactly(0.82, 0.18);
        assertThat(tps.get(1).outcome()).contains(Outcome.ABANDONED);
        assertThat(tps.get(2).exit()).isTrue();
        assertThat(tps.get(2).outcome()).isEmpty();
        assertThat(tps.get(3).outcome()).contains(Outcome.COMPLETED);
        assertThat(export.notCarried()).contains("labels of next steps on 1 touchpoint");
        assertThat(MermaidWriter.write(back).diagram()).isEqualTo(export.diagram());
    }

    @Test
    void aJourneyMapsCommentThatIsNotUnderstoodIsAWarning() {
        var result = MermaidReader.read("""
                journey
                  %% journey-maps exit
                  section S
                    Task: 3
                    %% journey-maps outcome: maybe
                """, "w.mmd");
        assertThat(result.problems()).extracting(p -> p.code())
                .containsExactly("mermaid.bad-comment", "mermaid.bad-comment");
        assertThat(result.problems().get(1).location().line()).isEqualTo(5);
        assertThat(result.journey().orElseThrow().touchpoints().get(0).outcome()).isEmpty();
    }
}
