package dev.journeymaps.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One failing and one passing document per rule; codes, messages, lines and hints are exact. */
class ValidatorTest {

    private static List<Problem> problems(String yaml) {
        ReadResult r = JourneyLoader.load(yaml, "v.yaml");
        return r.problems();
    }

    private static Problem only(String yaml) {
        List<Problem> p = problems(yaml);
        assertThat(p).hasSize(1);
        return p.get(0);
    }

    /** The one problem with {@code code}: a dangling step also leaves two entries, and so an even-split warning. */
    private static Problem only(String code, String yaml) {
        List<Problem> p = problems(yaml).stream().filter(x -> x.code().equals(code)).toList();
        assertThat(p).hasSize(1);
        return p.get(0);
    }

    private static String stages(String touchpoints) {
        return """
                journey: {id: j, title: T}
                personas:
                  - {id: emma, name: Emma}
                  - {id: olga, name: Olga}
                stages:
                  - id: s
                    name: S
                    touchpoints:
                """ + touchpoints.indent(6);
    }

    @Test
    void theIssueExampleIsValid() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/journeys/valid/issue-example.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(problems(yaml)).isEmpty();
        }
    }

    @Test
    void reportsADanglingNextWithTheNearestId() {
        Problem p = only("reference.unknown-touchpoint", stages("""
                - id: checkout
                  name: Checks out
                  next: [unboxng]
                - id: unboxing
                  name: Unboxes
                """));
        assertThat(p.code()).isEqualTo("reference.unknown-touchpoint");
        assertThat(p.message()).isEqualTo("touchpoint 'checkout' leads to unknown touchpoint 'unboxng'");
        assertThat(p.location()).isEqualTo(SourceLocation.of("v.yaml", 11, 16));
        assertThat(p.hint()).isEqualTo("did you mean 'unboxing'?");
    }

    @Test
    void reportsADanglingNextWithoutAGuessWhenNothingIsClose() {
        Problem p = only("reference.unknown-touchpoint", stages("- {id: a, name: A, next: [nowhere]}\n- {id: b, name: B}"));
        assertThat(p.code()).isEqualTo("reference.unknown-touchpoint");
        assertThat(p.hint()).doesNotContain("did you mean");
    }

    @Test
    void reportsUnknownActorsAndEmotionPersonas() {
        List<Problem> p = problems(stages("- {id: a, name: A, actors: [ema], emotion: {olgaa: happy}}"));
        assertThat(p).extracting(Problem::code).containsOnly("reference.unknown-persona");
        assertThat(p).extracting(Problem::hint).containsExactly("did you mean 'emma'?", "did you mean 'olga'?");
        assertThat(p.get(0).location().line()).isEqualTo(9);
        assertThat(problems(stages("- {id: a, name: A, actors: [emma], emotion: {olga: happy}}"))).isEmpty();
    }

    @Test
    void reportsDuplicateIdsOfEachKind() {
        Problem p = only(stages("- {id: a, name: A}\n- {id: a, name: B}"));
        assertThat(p.code()).isEqualTo("id.duplicate");
        assertThat(p.message()).isEqualTo("touchpoint id 'a' is already used at line 9");
        assertThat(p.location().line()).isEqualTo(10);
        assertThat(only("journey: {id: j, title: T}\npersonas: [{id: p, name: P}, {id: p, name: Q}]\n"
                        + "stages: [{id: s, name: S, touchpoints: [{id: t, name: N}]}]\n")
                .code())
                .isEqualTo("id.duplicate");
    }

    @Test
    void reportsIdsThatBreakTheRule() {
        Problem p = only(stages("- {id: \"Zahlung prüfen\", name: A}"));
        assertThat(p.code()).isEqualTo("id.invalid");
        assertThat(p.hint()).contains("such as 'Zahlung-prufen'");
        assertThat(only(stages("- {id: \"-a\", name: A}")).code()).isEqualTo("id.invalid");
        assertThat(only(stages("- {id: " + "a".repeat(65) + ", name: A}")).code()).isEqualTo("id.invalid");
        assertThat(problems(stages("- {id: " + "a".repeat(64) + ", name: A}"))).isEmpty();
        assertThat(problems(stages("- {id: 1st_step-B, name: A}"))).isEmpty();
    }

    @Test
    void reportsEmptyNames() {
        Problem p = only(stages("- {id: a, name: \"  \"}"));
        assertThat(p.code()).isEqualTo("name.empty");
        assertThat(only(stages("- {id: a, name: }")).code()).isEqualTo("name.empty");
    }

    @Test
    void warnsAboutEmptyStages() {
        Problem p = only("journey: {id: j, title: T}\nstages:\n  - {id: s, name: S, touchpoints: []}\n"
                + "  - {id: u, name: U, touchpoints: [{id: t, name: N}]}\n");
        assertThat(p.code()).isEqualTo("stage.empty");
        assertThat(p.level()).isEqualTo(Level.WARNING);
    }

    @Test
    void reportsSharesAboveOneButToleratesRounding() {
        Problem p = only(stages("""
                - id: a
                  name: A
                  next: [{to: b, share: 0.7}, {to: c, share: 0.4}]
                - {id: b, name: B, exit: true}
                - {id: c, name: C}
                """));
        assertThat(p.code()).isEqualTo("flow.shares-exceed-one");
        assertThat(p.message()).isEqualTo("the shares leaving touchpoint 'a' add up to 1.1, more than 1");
        assertThat(problems(stages("""
                - id: a
                  name: A
                  next: [{to: b, share: 0.7}, {to: c, share: 0.2}, {to: c, share: 0.1}]
                - {id: b, name: B, exit: true}
                - {id: c, name: C}
                """))).isEmpty();
    }

    @Test
    void reportsTouchpointsNoEntryLeadsTo() {
        List<Problem> p = problems(stages("""
                - {id: a, name: A, exit: true}
                - {id: b, name: B, next: [c]}
                - {id: c, name: C, next: [b]}
                """));
        assertThat(p).extracting(Problem::code).contains("flow.unreachable");
        assertThat(p.stream().filter(x -> x.code().equals("flow.unreachable")))
                .extracting(x -> x.location().line())
                .containsExactly(10, 11);
    }

    @Test
    void warnsAboutLoopsWithoutAnExit() {
        Problem p = only(stages("""
                - {id: a, name: A}
                - {id: b, name: B, next: [c]}
                - {id: c, name: C, next: [b]}
                """));
        assertThat(p.code()).isEqualTo("flow.loop-without-exit");
        assertThat(p.level()).isEqualTo(Level.WARNING);
        assertThat(p.message()).isEqualTo("customers who reach the loop b -> c -> b can never leave it");
        assertThat(problems(stages("""
                - {id: a, name: A}
                - {id: b, name: B, next: [c, d]}
                - {id: c, name: C, next: [b]}
                - {id: d, name: D}
                """))).isEmpty();
    }

    @Test
    void validatesJourneysBuiltInJava() {
        Journey j = Journey.builder("j", "T")
                .persona("emma", "Emma")
                .stage("s", "S", s -> s
                        .touchpoint("a", "A", t -> t.actors("emma").emotion(Emotion.HAPPY).next("b"))
                        .touchpoint("b", "B", t -> t.exit()))
                .build();
        assertThat(Validator.validate(j)).isEmpty();
        Journey broken = Journey.builder("j", "T")
                .stage("s", "S", s -> s.touchpoint("a", "A", t -> t.actors("nobody").next("nowhere")))
                .build();
        assertThat(Validator.validate(broken))
                .extracting(Problem::code)
                .containsExactly("reference.unknown-persona", "reference.unknown-touchpoint");
    }

    @Test
    void guessesForTheFirstHundredUnknownIdsOnlySoManyStayLinear() {
        // 20,000 unknown ids among 20,000 touchpoints took 43 s when every one was compared with every id
        int size = 20_000;
        Journey j = Journey.builder("j", "T")
                .persona("emma", "Emma")
                .stage("s", "S", s -> {
                    for (int i = 0; i < size; i++) {
                        int n = i;
                        s.touchpoint("step-" + i, "Step", t -> t.actors("emmb").next("step-x" + n));
                    }
                })
                .build();
        List<Problem> problems = Validator.validate(j);
        List<Problem> touchpoints = problems.stream()
                .filter(p -> p.code().equals("reference.unknown-touchpoint")).toList();
        List<Problem> personas = problems.stream().filter(p -> p.code().equals("reference.unknown-persona")).toList();
        assertThat(touchpoints).hasSize(size);
        assertThat(touchpoints).filteredOn(p -> p.hint().startsWith("did you mean")).hasSize(Suggestions.GUESSES);
        assertThat(personas).filteredOn(p -> p.hint().equals("did you mean 'emma'?")).hasSize(Suggestions.GUESSES);
        assertThat(personas).filteredOn(p -> p.hint().equals("known personas: emma")).hasSize(size - Suggestions.GUESSES);
    }

    @Test
    void quotesAVeryLongUnknownIdCutWithItsLength() {
        String id = "x".repeat(90_000);
        Journey j = Journey.builder("j", "T").stage("s", "S", s -> s.touchpoint("a", "A", t -> t.next(id))).build();
        Problem p = Validator.validate(j).get(0);
        assertThat(p.code()).isEqualTo("reference.unknown-touchpoint");
        assertThat(p.message()).isEqualTo("touchpoint 'a' leads to unknown touchpoint '" + "x".repeat(79)
                + "…' (90,000 characters)");
    }

    @Test
    void listsTenKnownPersonasAtMost() {
        dev.journeymaps.model.JourneyBuilder b = Journey.builder("j", "T");
        for (int i = 0; i < 30; i++) {
            b.persona("persona-number-" + i, "P");
        }
        Journey j = b.stage("s", "S", s -> s.touchpoint("a", "A", t -> t.actors("zzz"))).build();
        Problem p = Validator.validate(j).get(0);
        assertThat(p.hint()).startsWith("known personas: persona-number-0, persona-number-1,")
                .endsWith("persona-number-9, … (30 in all)");
    }

    private static String twoDoors(String entries) {
        return """
                journey:
                  id: j
                  title: T
                """ + entries.indent(2) + """
                stages:
                  - id: s
                    name: S
                    touchpoints:
                      - {id: ad, name: A, next: [shop]}
                      - {id: friend, name: F, next: [shop]}
                      - {id: shop, name: S}
                """;
    }

    @Test
    void reportsAnEntryAtAnUnknownTouchpointWithTheNearestId() {
        Problem p = only(twoDoors("entries:\n  ad: 0.7\n  frend: 0.3"));
        assertThat(p.code()).isEqualTo("entries.unknown-touchpoint");
        assertThat(p.level()).isEqualTo(Level.ERROR);
        assertThat(p.message()).isEqualTo("customers cannot start at unknown touchpoint 'frend'");
        assertThat(p.location()).isEqualTo(SourceLocation.of("v.yaml", 6, 5));
        assertThat(p.hint()).isEqualTo("did you mean 'friend'?");
        assertThat(problems(twoDoors("entries:\n  ad: 0.7\n  friend: 0.3"))).isEmpty();
    }

    @Test
    void reportsEntrySharesAboveOne() {
        Problem p = only(twoDoors("entries:\n  ad: 0.7\n  friend: 0.4"));
        assertThat(p.code()).isEqualTo("entries.shares-exceed-one");
        assertThat(p.level()).isEqualTo(Level.ERROR);
        assertThat(p.message()).isEqualTo("the entry shares add up to 1.1, more than 1");
        assertThat(p.location()).isEqualTo(SourceLocation.of("v.yaml", 5, 5));
        assertThat(p.hint()).isEqualTo(
                "each share is the part of all customers who start at that touchpoint; together at most 1");
        assertThat(problems(twoDoors("entries:\n  ad: 0.7\n  friend: 0.3000000001"))).isEmpty();
    }

    @Test
    void warnsAboutEntrySharesBelowOne() {
        Problem p = only(twoDoors("entries:\n  ad: 0.5\n  friend: 0.3"));
        assertThat(p.code()).isEqualTo("entries.shares-below-one");
        assertThat(p.level()).isEqualTo(Level.WARNING);
        assertThat(p.message()).isEqualTo("the entry shares add up to 0.8, less than 1; the analysis scales them up to 1");
        assertThat(p.location()).isEqualTo(SourceLocation.of("v.yaml", 5, 5));
        assertThat(p.hint()).isEqualTo("name every touchpoint where customers start, with shares that add up to 1");
        assertThat(problems(twoDoors("entries: {ad: 1}"))).isEmpty();
    }

    @Test
    void reportsNegativeAndMistypedEntryShares() {
        Problem p = only(twoDoors("entries:\n  ad: -0.2\n  friend: 1"));
        assertThat(p.code()).isEqualTo("range.share");
        assertThat(p.message()).isEqualTo("the entry share of 'ad' must be between 0 and 1, not -0.2");
        assertThat(p.location()).isEqualTo(SourceLocation.of("v.yaml", 5, 9));
        assertThat(p.hint()).isEqualTo(
                "an entry share is the part of all customers who start there: 0.25 means a quarter");
        Problem t = only(twoDoors("entries:\n  ad: lots\n  friend: 1"));
        assertThat(t.code()).isEqualTo("format.wrong-type");
        assertThat(t.message()).isEqualTo("the entry share of 'ad' must be a number, not text");
        assertThat(t.location()).isEqualTo(SourceLocation.of("v.yaml", 5, 9));
    }

    @Test
    void warnsThatReachRestsOnAnEvenSplitWhenNothingSaysWhereCustomersStart() {
        Problem p = only(twoDoors(""));
        assertThat(p.code()).isEqualTo("flow.even-split");
        assertThat(p.level()).isEqualTo(Level.WARNING);
        assertThat(p.message()).isEqualTo("customers start at 2 touchpoints (ad, friend) and the journey does not say"
                + " how many start where; reach rests on an even split");
        assertThat(p.location()).isEqualTo(SourceLocation.of("v.yaml", 2, 3));
        assertThat(p.hint()).isEqualTo("write the measured shares under journey: entries: {ad: 0.5, friend: 0.5}");
        assertThat(problems(twoDoors("entries: {ad: 0.9, friend: 0.1}"))).isEmpty();
    }

    @Test
    void warnsWhenTheDefaultWiringJoinsTwoPersonasPaths() {
        Problem p = only("flow.crosses-personas", stages("""
                - {id: emma-books, name: Books, actors: [emma]}
                - {id: olga-calls, name: Calls, actors: [olga]}
                """));
        assertThat(p.level()).isEqualTo(Level.WARNING);
        assertThat(p.message()).isEqualTo("touchpoint 'emma-books' (emma) has no next and so leads to 'olga-calls'"
                + " (olga), which none of its personas lives; the flow joins two personas' paths");
        assertThat(p.location()).isEqualTo(SourceLocation.of("v.yaml", 9, 9));
        assertThat(p.hint()).startsWith("say where 'emma-books''s customers go: next: [...]");
    }

    @Test
    void aSharedPersonaAnUnnamedOneOrAWrittenStepIsNoCrossing() {
        assertThat(problems(stages("""
                - {id: a, name: A, actors: [emma, olga]}
                - {id: b, name: B, actors: [olga]}
                - {id: c, name: C}
                - {id: d, name: D, actors: [emma]}
                """))).extracting(Problem::code).doesNotContain("flow.crosses-personas");
        assertThat(problems(stages("""
                - {id: a, name: A, actors: [emma], exit: true}
                - {id: b, name: B, actors: [olga]}
                """))).extracting(Problem::code).doesNotContain("flow.crosses-personas");
    }

    @Test
    void warnsThatANegativeExitWithoutOutcomeIsReadAsAbandoned() {
        Problem p = only("flow.outcome-assumed", stages("""
                - {id: checkout, name: Checks out, next: [done, gives-up]}
                - {id: gives-up, name: Gives up, emotion: frustrated, exit: true}
                - {id: done, name: Done, emotion: happy}
                """));
        assertThat(p.level()).isEqualTo(Level.WARNING);
        assertThat(p.message()).isEqualTo("exit 'gives-up' says no outcome and customers feel negative there, so it"
                + " is read as abandoned: the touchpoints that send customers there are charged with their loss");
        assertThat(p.location()).isEqualTo(SourceLocation.of("v.yaml", 10, 9));
        assertThat(p.hint()).isEqualTo("write outcome: abandoned to confirm it, or outcome: completed if customers"
                + " got what they came for");
        assertThat(problems(stages("""
                - {id: checkout, name: Checks out, next: [done, gives-up]}
                - {id: gives-up, name: Gives up, emotion: frustrated, outcome: abandoned}
                - {id: done, name: Done, emotion: happy}
                """))).isEmpty();
    }

    private static String personas(String personas, String touchpoints) {
        return "journey: {id: j, title: T}\npersonas:\n" + personas.indent(2) + "stages:\n  - id: s\n    name: S\n"
                + "    touchpoints:\n" + touchpoints.indent(6);
    }

    private static final String ROUTED = """
            - {id: a, name: A, actors: [emma], next: [c]}
            - {id: b, name: B, actors: [olga], next: [c]}
            - {id: c, name: C}
            """;

    @Test
    void warnsThatPersonaRoutesRestOnAnEvenSplitWithoutShares() {
        Problem p = only("flow.persona-share-assumed", personas("""
                - {id: emma, name: Emma}
                - {id: olga, name: Olga}
                """, ROUTED));
        assertThat(p.level()).isEqualTo(Level.WARNING);
        assertThat(p.message()).isEqualTo("touchpoints name their personas, so each of the 2 personas is routed"
                + " separately, and no persona has a share; reach rests on an even split (0.5 each)");
        assertThat(p.location()).isEqualTo(SourceLocation.of("v.yaml", 3, 5));
        assertThat(p.hint()).isEqualTo("write the part of all customers each persona stands for: share: 0.6 under"
                + " each persona");
        assertThat(problems(personas("""
                - {id: emma, name: Emma, share: 0.7}
                - {id: olga, name: Olga, share: 0.3}
                """, ROUTED))).isEmpty();
        // touchpoints that name nobody route everybody alike: no split to assume
        assertThat(problems(personas("""
                - {id: emma, name: Emma}
                - {id: olga, name: Olga}
                """, "- {id: a, name: A}\n- {id: b, name: B, actors: [emma, olga]}\n"))).isEmpty();
    }

    @Test
    void warnsWhenSomePersonasHaveASharesAndOthersNot() {
        Problem p = only("flow.persona-shares-incomplete", personas("""
                - {id: emma, name: Emma, share: 0.7}
                - {id: olga, name: Olga}
                """, ROUTED));
        assertThat(p.level()).isEqualTo(Level.WARNING);
        assertThat(p.message()).isEqualTo("persona 'olga' has no share while 1 of the 2 personas have one; the"
                + " analysis splits the rest evenly over 'olga'");
        assertThat(p.location()).isEqualTo(SourceLocation.of("v.yaml", 4, 5));
        assertThat(p.hint()).isEqualTo("give every persona a share (the part of all customers they stand for), or"
                + " none");
    }

    @Test
    void warnsWhenThePersonasSharesDoNotAddUpToOne() {
        Problem p = only("flow.persona-shares-sum", personas("""
                - {id: emma, name: Emma, share: 0.6}
                - {id: olga, name: Olga, share: 0.6}
                """, ROUTED));
        assertThat(p.message()).isEqualTo("the personas' shares add up to 1.2, not 1; the analysis scales them to"
                + " sum to 1");
        assertThat(p.hint()).isEqualTo("the shares are parts of all customers: emma 0.5, olga 0.5 would keep their"
                + " proportions");
        assertThat(p.location()).isEqualTo(SourceLocation.of("v.yaml", 3, 5));
        // three thirds written with three decimals are near enough
        assertThat(problems(personas("""
                - {id: emma, name: Emma, share: 0.333}
                - {id: olga, name: Olga, share: 0.333}
                - {id: ana, name: Ana, share: 0.333}
                """, ROUTED))).isEmpty();
    }

    @Test
    void refusesAPersonaShareOutsideZeroToOne() {
        Problem p = only("range.share", personas("""
                - {id: emma, name: Emma, share: 1.5}
                - {id: olga, name: Olga, share: 0.5}
                """, ROUTED));
        assertThat(p.level()).isEqualTo(Level.ERROR);
        assertThat(p.message()).isEqualTo("the share of persona 'emma' must be between 0 and 1, not 1.5");
        assertThat(p.location()).isEqualTo(SourceLocation.of("v.yaml", 3, 35));
    }

    @Test
    void warnsWhenThePersonaRoutesWouldBeTooLargeToSolve() {
        List<Problem> p = Validator.validate(routesOneTouchpointPastTheBound(true)).stream()
                .filter(x -> x.code().equals("flow.persona-routes-too-large")).toList();
        assertThat(p).hasSize(1);
        assertThat(p.get(0).message()).isEqualTo("the personas' routes hold 50001 touchpoints together, more than"
                + " 50000; every customer is routed through the whole journey instead, and the default wiring may"
                + " join personas' paths");
    }

    @Test
    void routesTooLargeToRouteSeparatelyAssumeNoSharesEither() {
        List<String> codes = Validator.validate(routesOneTouchpointPastTheBound(false)).stream().map(Problem::code)
                .toList();
        assertThat(codes).contains("flow.persona-routes-too-large").doesNotContain("flow.persona-share-assumed");
    }

    /**
     * 2,000 personas (each with an equal share when {@code shares}), one touchpoint of the first alone and the rest
     * lived by all: routes of {@link dev.journeymaps.model.PersonaRoutes#MAX_TOUCHPOINTS} + 1 touchpoints together.
     */
    private static Journey routesOneTouchpointPastTheBound(boolean shares) {
        dev.journeymaps.model.JourneyBuilder b = Journey.builder("j", "J");
        int personas = 2_000;
        for (int i = 0; i < personas; i++) {
            b.persona("p" + i, "P", x -> {
                if (shares) {
                    x.share(1.0 / personas);
                }
            });
        }
        int touchpoints = (int) (dev.journeymaps.model.PersonaRoutes.MAX_TOUCHPOINTS / personas) + 1;
        b.stage("s", "S", s -> {
            s.touchpoint("t0", "T", t -> t.actors("p0"));
            for (int i = 1; i < touchpoints; i++) {
                s.touchpoint("t" + i, "T", t -> {});
            }
        });
        return b.build();
    }
}
