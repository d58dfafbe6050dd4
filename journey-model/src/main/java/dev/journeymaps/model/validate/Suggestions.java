package dev.journeymaps.model.validate;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for mistyped ids and keys: the closest candidate by edit distance, when it is close enough to be a
 * likely typo. Edit distance is a dozen lines; a text library would cost every embedder a dependency for it.
 *
 * <p>Each guess compares the wrong word with every candidate, so guessing for every one of 20,000 unknown ids among
 * 20,000 touchpoints is quadratic (it took 43 s). A {@link Budget} bounds the guesses one check makes; words longer
 * than {@value #MAX_WORD} characters are not typos of an id and are never compared.
 */
public final class Suggestions {

    /** The longest word compared: edit distance costs the product of the two lengths. */
    static final int MAX_WORD = 200;
    /** How many guesses one budget makes; the rest get the rule's plain hint. */
    static final int GUESSES = 100;

    private Suggestions() {}

    /** The candidate nearest to {@code wrong}, if one is within a third of its length (at least 2 edits). */
    public static Optional<String> nearest(String wrong, Collection<String> candidates) {
        if (wrong.length() > MAX_WORD) {
            return Optional.empty();
        }
        String w = wrong.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, w.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.length() > MAX_WORD || Math.abs(candidate.length() - w.length()) > allowed) {
                continue;
            }
            int d = distance(w, candidate.toLowerCase(Locale.ROOT), Math.min(allowed, bestDistance - 1));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** A hint sentence for {@code wrong}, such as "did you mean 'checkout'?", or empty. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return nearest(wrong, candidates).map(s -> "did you mean " + Quote.of(s) + "?").orElse("");
    }

    /** A budget of {@value #GUESSES} guesses, for one check over a whole journey. */
    public static Budget budget() {
        return new Budget();
    }

    /** Guesses until {@value #GUESSES} have been made, then none: keeps a check over many unknown ids linear. */
    public static final class Budget {
        private int left = GUESSES;

        private Budget() {}

        /** {@link Suggestions#didYouMean}, or empty once the budget is spent. */
        public String didYouMean(String wrong, Collection<String> candidates) {
            if (left <= 0) {
                return "";
            }
            left--;
            return Suggestions.didYouMean(wrong, candidates);
        }
    }

    /** Levenshtein distance, giving up (returning more than {@code cap}) once every path costs more than cap. */
    private static int distance(String a, String b, int cap) {
        if (cap < 0 || Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
