package dev.journeymaps.model.analysis;

/**
 * The system {@code I − Q} of one loop, stored by its envelope and solved directly: what the flow needs of large
 * loops (the expected passes {@code m = bᵀ(I − Q)⁻¹} and the diagonal of {@code (I − Q)⁻¹}) in time that depends on
 * the loop's shape, never on how close to 1 its shares are.
 *
 * <p>Row {@code i} keeps its entries from column {@code first[i]} on, and column {@code i} from row {@code first[i]}
 * on, where {@code first[i]} is the lowest index {@code i} is linked to either way. Gaussian elimination without
 * pivoting makes no entry outside that envelope, and needs no pivoting: {@code I − Q} of a loop with a way out is
 * an irreducibly diagonally dominant M-matrix, whose {@code LDU} factors exist and are stable. A ring in journey
 * order has an envelope of about {@code 3k} entries and costs {@code O(k)}. The diagonal of the inverse comes from
 * the factors by Takahashi's equations, which need the inverse only inside the same envelope ("selected
 * inversion"), so the whole inverse is never formed.
 */
final class EnvelopeSystem {

    private final int size;
    private final int[] first;
    private final long[] offset;
    /** Row i of L (before factoring, of A below the diagonal), columns first[i]..i-1. */
    private final double[] lower;
    /** Column i of U (before factoring, of A above the diagonal), rows first[i]..i-1. */
    private final double[] upper;
    private final double[] diagonal;

    private EnvelopeSystem(int[] first) {
        this.size = first.length;
        this.first = first;
        this.offset = new long[size + 1];
        for (int i = 0; i < size; i++) {
            offset[i + 1] = offset[i] + (i - first[i]);
        }
        this.lower = new double[Math.toIntExact(offset[size])];
        this.upper = new double[Math.toIntExact(offset[size])];
        this.diagonal = new double[size];
    }

    /**
     * The entries the envelope of a system with these links holds: {@code first[i]} is the lowest index linked to
     * {@code i} (or {@code i}).
     */
    static long entries(int[] first) {
        long total = 0;
        for (int i = 0; i < first.length; i++) {
            total += i - first[i];
        }
        return total;
    }

    /**
     * About how many multiplications factoring and inverting a system of this envelope costs: each row and column
     * {@code i} is combined with the {@code i − first[i]} before it, twice, and again when inverting.
     */
    static double work(int[] first) {
        double total = 0;
        for (int i = 0; i < first.length; i++) {
            double w = i - first[i];
            total += 4 * w * w;
        }
        return total;
    }

    /**
     * {@code I − Q} for the transitions {@code (from[e], to[e], p[e])} between {@code size} states; {@code first}
     * must come from {@link #firstLinks}.
     */
    static EnvelopeSystem of(int[] first, int[] from, int[] to, double[] p) {
        EnvelopeSystem a = new EnvelopeSystem(first);
        java.util.Arrays.fill(a.diagonal, 1);
        for (int e = 0; e < from.length; e++) {
            int i = from[e];
            int j = to[e];
            if (i == j) {
                a.diagonal[i] -= p[e];
            } else if (i > j) {
                a.lower[a.at(i, j)] -= p[e];
            } else {
                a.upper[a.at(j, i)] -= p[e];
            }
        }
        return a;
    }

    /** The lowest index each state is linked to, either way, or itself. */
    static int[] firstLinks(int size, int[] from, int[] to) {
        int[] first = new int[size];
        for (int i = 0; i < size; i++) {
            first[i] = i;
        }
        for (int e = 0; e < from.length; e++) {
            int hi = Math.max(from[e], to[e]);
            first[hi] = Math.min(first[hi], Math.min(from[e], to[e]));
        }
        return first;
    }

    /** The position of row i's entry in column j (j < i), or of column i's entry in row j, in lower or upper. */
    private int at(int i, int j) {
        return (int) (offset[i] + j - first[i]);
    }

    /** Factors {@code A = L D U} in place (unit L and U). */
    void factor() {
        for (int i = 0; i < size; i++) {
            int fi = first[i];
            for (int j = fi; j < i; j++) {
                int from = Math.max(fi, first[j]);
                double l = 0;
                double u = 0;
                int ri = at(i, from);
                int rj = at(j, from);
                for (int p = from; p < j; p++, ri++, rj++) {
                    double dp = diagonal[p];
                    l += lower[ri] * dp * upper[rj];
                    u += lower[rj] * dp * upper[ri];
                }
                int ij = at(i, j);
                lower[ij] = (lower[ij] - l) / diagonal[j];
                upper[ij] = (upper[ij] - u) / diagonal[j];
            }
            double d = diagonal[i];
            for (int p = fi, r = at(i, fi); p < i; p++, r++) {
                d -= lower[r] * diagonal[p] * upper[r];
            }
            diagonal[i] = d;
        }
    }

    /** {@code bᵀ A⁻¹}, after {@link #factor()}: {@code bᵀ U⁻¹ D⁻¹ L⁻¹}. */
    double[] solveLeft(double[] b) {
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            double v = b[i];
            for (int p = first[i], r = at(i, first[i]); p < i; p++, r++) {
                v -= upper[r] * y[p];
            }
            y[i] = v;
        }
        double[] m = new double[size];
        double[] pending = new double[size];
        for (int i = size - 1; i >= 0; i--) {
            m[i] = y[i] / diagonal[i] - pending[i];
            for (int p = first[i], r = at(i, first[i]); p < i; p++, r++) {
                pending[p] += lower[r] * m[i];
            }
        }
        return m;
    }

    /**
     * The diagonal of {@code A⁻¹}, after {@link #factor()}; the factors are overwritten by the inverse's entries
     * inside the envelope. Going from the last index down, {@code Z = A⁻¹} obeys
     * {@code Z_ij = −Σ_{p>i} U_ip Z_pj}, {@code Z_ji = −Σ_{p>i} Z_jp L_pi} (j > i) and
     * {@code Z_ii = 1/D_i − Σ_{p>i} U_ip Z_pi}, where p runs over the later indices linked into row and column i.
     */
    double[] inverseDiagonal() {
        int[][] later = laterLinks();
        for (int i = size - 1; i >= 0; i--) {
            int[] s = later[i];
            double[] u = new double[s.length];
            double[] l = new double[s.length];
            for (int t = 0; t < s.length; t++) {
                u[t] = upper[at(s[t], i)];
                l[t] = lower[at(s[t], i)];
            }
            for (int a = 0; a < s.length; a++) {
                int j = s[a];
                double zij = 0;
                double zji = 0;
                for (int t = 0; t < s.length; t++) {
                    zij -= u[t] * inverse(s[t], j);
                    zji -= inverse(j, s[t]) * l[t];
                }
                upper[at(j, i)] = zij;
                lower[at(j, i)] = zji;
            }
            double zii = 1 / diagonal[i];
            for (int t = 0; t < s.length; t++) {
                zii -= u[t] * lower[at(s[t], i)];
            }
            diagonal[i] = zii;
        }
        return diagonal.clone();
    }

    /** An entry of the inverse already computed: both indices are later than the row being inverted. */
    private double inverse(int p, int j) {
        if (p == j) {
            return diagonal[p];
        }
        return p < j ? upper[at(j, p)] : lower[at(p, j)];
    }

    /** For each i, the later indices p whose envelope reaches back to i ({@code first[p] <= i < p}). */
    private int[][] laterLinks() {
        int[] count = new int[size];
        for (int p = 0; p < size; p++) {
            for (int i = first[p]; i < p; i++) {
                count[i]++;
            }
        }
        int[][] later = new int[size][];
        for (int i = 0; i < size; i++) {
            later[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int p = 0; p < size; p++) {
            for (int i = first[p]; i < p; i++) {
                later[i][count[i]++] = p;
            }
        }
        return later;
    }
}
