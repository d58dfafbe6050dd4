package dev.journeymaps.bench;

import java.util.Locale;

/**
 * Journeys of a given size for benchmarks, as the YAML a CX team would write: stages of ten touchpoints with
 * channels, emotions, thoughts, pain points, opportunities, metrics, branches with shares, loops back and exits.
 * Deterministic: the same size gives the same text.
 */
final class BenchJourneys {

    private static final String[] CHANNELS = {"web", "mobile-app", "email", "phone", "chat", "store"};
    private static final String[] EMOTIONS = {"angry", "frustrated", "neutral", "happy", "delighted"};

    private BenchJourneys() {}

    static String yaml(int touchpoints) {
        StringBuilder y = new StringBuilder(touchpoints * 260);
        y.append("journey:\n  id: bench-").append(touchpoints).append("\n  title: A journey of ").append(touchpoints)
                .append(" touchpoints\n  lang: en\npersonas:\n  - id: emma\n    name: Efficient Emma\n")
                .append("  - id: vesna\n    name: Careful Vesna\nstages:\n");
        int perStage = 10;
        for (int s = 0; s * perStage < touchpoints; s++) {
            y.append("  - id: stage-").append(s).append("\n    name: Stage ").append(s)
                    .append("\n    goal: Get step ").append(s).append(" done\n    touchpoints:\n");
            for (int t = 0; t < perStage && s * perStage + t < touchpoints; t++) {
                touchpoint(y, s * perStage + t, touchpoints);
            }
        }
        return y.toString();
    }

    private static void touchpoint(StringBuilder y, int i, int n) {
        y.append("      - id: t").append(i).append("\n        name: Customer does step ").append(i)
                .append(" of the journey\n        channel: ").append(CHANNELS[i % CHANNELS.length])
                .append("\n        emotion: ").append(EMOTIONS[(i * 7) % EMOTIONS.length])
                .append("\n        effort: ").append(1 + i % 5)
                .append("\n        thought: \"Is step ").append(i).append(" really needed?\"\n");
        if (i % 4 == 1) {
            y.append("        pain-points:\n          - text: Waits too long at step ").append(i)
                    .append("\n            severity: ").append(i % 3 == 0 ? "high" : "medium").append('\n');
            y.append("        opportunities:\n          - text: Shorten step ").append(i)
                    .append("\n            owner: team-").append(i % 9).append("\n            due: 2027-0")
                    .append(1 + i % 9).append("-15\n");
        }
        if (i % 5 == 2) {
            y.append(String.format(Locale.ROOT, "        metrics: {csat: %d, nps: %d, response-time: %dh}\n",
                    40 + i % 60, i % 200 - 100, 1 + i % 30));
        }
        if (i == n - 1) {
            return;
        }
        if (i % 10 == 3 && i + 3 < n) {
            y.append("        next:\n          - {to: t").append(i + 1).append(", share: 0.7}\n          - {to: t")
                    .append(i + 3).append(", share: 0.2, label: skips ahead}\n");
        } else if (i % 10 == 8 && i >= 8) {
            y.append("        next:\n          - {to: t").append(i + 1).append(", share: 0.8}\n          - {to: t")
                    .append(i - 4).append(", share: 0.15, label: tries again}\n");
        } else if (i % 50 == 49) {
            y.append("        next:\n          - {to: t").append(i + 1).append(", share: 0.9}\n");
        }
    }
}
