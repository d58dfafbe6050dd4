package dev.journeymaps.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.journeymaps.model.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EnvelopeSystemTest {

    @Test
    void agreesWithTheDenseInverseOnRandomLoops() {
        Seeds.forEach(9_100, 40, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            int k = 2 + random.nextInt(60);
            List<int[]> links = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                links.add(new int[] {i, (i + 1) % k});
                int extra = random.nextInt(4);
                for (int x = 0; x < extra; x++) {
                    links.add(new int[] {i, random.nextInt(k)});
                }
            }
            int[] from = new int[links.size()];
            int[] to = new int[links.size()];
            double[] p = new double[links.size()];
            int[] outDegree = new int[k];
            links.forEach(l -> outDegree[l[0]]++);
            double[][] q = new double[k][k];
            for (int e = 0; e < links.size(); e++) {
                from[e] = links.get(e)[0];
                to[e] = links.get(e)[1];
                // every state keeps back a little, so the loop has a way out
                p[e] = (0.5 + 0.49 * random.nextDouble()) / outDegree[from[e]];
                q[from[e]][to[e]] += p[e];
            }
            double[] b = new double[k];
            b[random.nextInt(k)] = 1;

            double[][] n = Matrices.inverse(Matrices.identityMinus(q));
            EnvelopeSystem system = EnvelopeSystem.of(EnvelopeSystem.firstLinks(k, from, to), from, to, p);
            system.factor();
            double[] m = system.solveLeft(b);
            double[] diagonal = system.inverseDiagonal();
            for (int j = 0; j < k; j++) {
                double expected = 0;
                for (int a = 0; a < k; a++) {
                    expected += b[a] * n[a][j];
                }
                assertThat(m[j]).as("seed %d, m[%d]", seed, j).isCloseTo(expected, within(1e-9));
                assertThat(diagonal[j]).as("seed %d, N[%d][%d]", seed, j, j).isCloseTo(n[j][j], within(1e-9));
            }
        });
    }

    @Test
    void aRingInJourneyOrderHasAnEnvelopeOfAboutThreeEntriesPerState() {
        int k = 100_000;
        int[] from = new int[k];
        int[] to = new int[k];
        for (int i = 0; i < k; i++) {
            from[i] = i;
            to[i] = (i + 1) % k;
        }
        int[] first = EnvelopeSystem.firstLinks(k, from, to);
        assertThat(EnvelopeSystem.entries(first)).isLessThan(3L * k);
    }
}
