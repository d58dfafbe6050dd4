package dev.journeymaps.model.testing;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Evidence;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneyBuilder;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeded random journeys for property tests in every module. The same seed always gives the same journey.
 *
 * <p>Every generated journey is valid: ids follow the id rule and are unique, names are not blank, every touchpoint
 * is reachable from the first one, branches' shares sum to at most 1, every loop can still reach an exit, the last
 * touchpoint is an exit, and personas have shares adding up to 1. Within those rules it varies everything: 1..6
 * stages of 1..6 touchpoints, 0..3 personas (a touchpoint names one of them, or nobody), branches, skips, loops
 * (self-loops included), exits in the middle of the journey, emotions for everybody or per persona, pain points,
 * opportunities, metrics, and text in many scripts mixed with hostile content ({@code <script>}, {@code &}, quotes,
 * control characters, lone surrogates, right-to-left text, emoji, very long words).
 *
 * <pre>{@code
 * long seed = Long.getLong("journey.seed", base + i);   // replay one failing case
 * Journey journey = RandomJourneys.generate(seed);
 * }</pre>
 */
public final class RandomJourneys {

    /** The default cap on touchpoints per journey (6 stages of 6). */
    public static final int MAX_TOUCHPOINTS = 36;

    private static final String[] WORDS = {
        "Checks", "out", "order", "refund", "parcel", "lamp", "support", "chat", "Naručuje", "dostava", "žalba",
        "Eskaera", "itzultzea", "ordine", "consegna", "rimborso", "ᮕᮙᮨᮜᮤ", "سفارش", "بازپرداخت", "הזמנה", "注文",
        "😀", "🚀", "👩🏽‍💻", "e\u0301", "Ärger", "<script>alert(1)</script>", "&amp;", "\"quoted\"", "'single'",
        "a&b", "x<y>z", "]]>", "<!--", "\u0007bell", "tab\there", "line\nbreak", "nul\u0000", "\uD800lone",
        "\u202Eoverride", "\uFFFE", "Supercalifragilisticexpialidociousnessofthewholeprocessindeed"
    };
    private static final String[] CHANNELS = {"web", "mobile-app", "email", "social", "phone", "chat", "store",
        "in-person", "mail", "other", "kiosk & <tv>"};

    private RandomJourneys() {}

    /** A journey of at most {@link #MAX_TOUCHPOINTS} touchpoints from {@code seed}. */
    public static Journey generate(long seed) {
        return generate(seed, MAX_TOUCHPOINTS);
    }

    /** A journey of 1..{@code maxTouchpoints} touchpoints (at most 6 stages of 6) from {@code seed}. */
    public static Journey generate(long seed, int maxTouchpoints) {
        if (maxTouchpoints < 1) {
            throw new IllegalArgumentException("maxTouchpoints must be at least 1, was " + maxTouchpoints);
        }
        return new Generator(new SplittableRandom(seed), maxTouchpoints).journey(seed);
    }

    private static final class Generator {
        private final RandomGenerator random;
        private final int maxTouchpoints;
        private final List<String> personaIds = new ArrayList<>();

        Generator(RandomGenerator random, int maxTouchpoints) {
            this.random = random;
            this.maxTouchpoints = maxTouchpoints;
        }

        Journey journey(long seed) {
            JourneyBuilder b = Journey.builder("journey-" + Long.toUnsignedString(seed, 36), text(1, 8));
            if (random.nextBoolean()) {
                b.description(text(0, 30));
            }
            b.lang(pick(new String[] {"en", "hr", "eu", "it", "su", "fa"}));
            int personas = random.nextInt(4);
            // Shares from a random of their own, so that adding them changed no other part of any journey.
            int[] shares = shares(new SplittableRandom(~seed), personas);
            for (int p = 0; p < personas; p++) {
                String id = "p" + p;
                personaIds.add(id);
                double share = shares[p] / 100.0;
                b.persona(id, text(1, 4), pb -> pb.description(text(0, 12)).goal(text(1, 6)).need(text(1, 6))
                        .demographic("age", Integer.toString(18 + random.nextInt(60))).share(share));
            }
            int[] sizes = stageSizes();
            int total = 0;
            for (int size : sizes) {
                total += size;
            }
            Plan plan = new Plan(total);
            int position = 0;
            for (int s = 0; s < sizes.length; s++) {
                int first = position;
                int size = sizes[s];
                b.stage("s" + s, text(1, 5), sb -> {
                    if (random.nextBoolean()) {
                        sb.goal(text(1, 10));
                    }
                    for (int k = 0; k < size; k++) {
                        int i = first + k;
                        sb.touchpoint("t" + i, text(1, 9), tb -> touchpoint(tb, i, plan));
                    }
                });
                position += size;
            }
            return b.build();
        }

        /** Shares in hundredths adding up to exactly 100. */
        private static int[] shares(SplittableRandom own, int personas) {
            int[] shares = new int[personas];
            int left = 100;
            for (int p = 0; p < personas; p++) {
                shares[p] = p == personas - 1 ? left : own.nextInt(left + 1);
                left -= shares[p];
            }
            return shares;
        }

        private int[] stageSizes() {
            int stages = 1 + random.nextInt(Math.min(6, maxTouchpoints));
            int[] sizes = new int[stages];
            int left = maxTouchpoints;
            for (int s = 0; s < stages; s++) {
                int room = left - (stages - s - 1);
                sizes[s] = 1 + random.nextInt(Math.max(1, Math.min(6, room)));
                left -= sizes[s];
            }
            return sizes;
        }

        /** Which touchpoints branch where: decided up front, so that every touchpoint stays reachable. */
        private final class Plan {
            final boolean[] exit;
            final List<List<int[]>> next = new ArrayList<>();

            Plan(int n) {
                exit = new boolean[n];
                for (int i = 0; i < n; i++) {
                    next.add(new ArrayList<>());
                }
                for (int i = 0; i + 1 < n; i++) {
                    if (exit[i] || !next.get(i).isEmpty()) {
                        continue;
                    }
                    int kind = random.nextInt(10);
                    if (kind == 0 && i + 2 < n && !exit[i + 1]) {
                        // An early exit right after i; i also leads past it, so the rest stays reachable.
                        exit[i + 1] = true;
                        next.get(i).add(new int[] {i + 2});
                        next.get(i).add(new int[] {i + 1});
                    } else if (kind == 1 && i + 2 < n) {
                        next.get(i).add(new int[] {i + 1});
                        next.get(i).add(new int[] {i + 2 + random.nextInt(n - i - 2)});
                    } else if (kind == 2) {
                        // A loop back (or to itself); i + 1 keeps a way out to an exit.
                        next.get(i).add(new int[] {i + 1});
                        next.get(i).add(new int[] {random.nextInt(i + 1)});
                    } else if (kind == 3) {
                        next.get(i).add(new int[] {i + 1}); // written, but the straight order
                    }
                }
                if (random.nextBoolean()) {
                    exit[n - 1] = true;
                }
            }
        }

        private void touchpoint(JourneyBuilder.TouchpointBuilder t, int i, Plan plan) {
            t.channel(random.nextInt(8) == 0 ? "" : pick(CHANNELS));
            if (!personaIds.isEmpty() && random.nextBoolean()) {
                t.actors(personaIds.get(random.nextInt(personaIds.size())));
            }
            emotion(t);
            if (random.nextInt(3) == 0) {
                t.thought(text(1, 14));
            }
            if (random.nextInt(3) == 0) {
                t.effort(1 + random.nextInt(5));
            }
            if (random.nextInt(6) == 0) {
                t.momentOfTruth();
            }
            if (random.nextInt(3) == 0) {
                t.evidence(pick(Evidence.values()));
            }
            for (int k = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0; k > 0; k--) {
                t.painPoint(text(1, 16), pick(Severity.values()));
            }
            if (random.nextInt(4) == 0) {
                t.opportunity(text(1, 10), random.nextBoolean() ? text(1, 2) : "", null, text(0, 4));
            }
            if (random.nextInt(5) == 0) {
                t.backstage(text(1, 6)).support(text(1, 6));
            }
            if (random.nextInt(5) == 0) {
                t.csat(random.nextInt(101)).nps(random.nextInt(201) - 100);
            }
            transitions(t, plan.next.get(i));
            if (plan.exit[i]) {
                t.exit();
            }
        }

        private void emotion(JourneyBuilder.TouchpointBuilder t) {
            int kind = random.nextInt(4);
            if (kind == 1) {
                t.emotion(pick(Emotion.values()));
            } else if (kind == 2) {
                for (String persona : personaIds) {
                    if (random.nextBoolean()) {
                        t.emotion(persona, pick(Emotion.values()));
                    }
                }
            } else if (kind == 3) {
                t.emotion(pick(Emotion.values()));
            }
        }

        private void transitions(JourneyBuilder.TouchpointBuilder t, List<int[]> targets) {
            boolean shares = random.nextBoolean();
            int left = 100; // hundredths, so sums are exact
            for (int[] target : targets) {
                String label = random.nextInt(3) == 0 ? text(1, 6) : "";
                if (shares) {
                    int hundredths = left == 0 ? 0 : random.nextInt(left + 1);
                    double share = hundredths / 100.0;
                    left -= hundredths;
                    t.next("t" + target[0], share, label);
                } else if (label.isEmpty()) {
                    t.next("t" + target[0]);
                } else {
                    t.next(new Transition("t" + target[0], OptionalDouble.empty(), label, SourceLocation.UNKNOWN));
                }
            }
        }

        /** Words from {@link #WORDS} and plain Latin; the first word is always plain, so no name is blank. */
        private String text(int minWords, int maxWords) {
            int count = minWords + random.nextInt(maxWords - minWords + 1);
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < count; w++) {
                if (w > 0) {
                    s.append(' ');
                }
                s.append(w == 0 ? pick(new String[] {"Customer", "Kupac", "Bezeroa", "Cliente", "Pelanggan"})
                        : pick(WORDS));
            }
            return s.toString();
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
