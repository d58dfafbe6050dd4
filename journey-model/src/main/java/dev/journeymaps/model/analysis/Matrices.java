package dev.journeymaps.model.analysis;

/** The dense linear algebra the flow needs inside small loops. */
final class Matrices {

    private Matrices() {}

    /** {@code I − q}. */
    static double[][] identityMinus(double[][] q) {
        int k = q.length;
        double[][] a = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                a[i][j] = (i == j ? 1 : 0) - q[i][j];
            }
        }
        return a;
    }

    /** The inverse of the non-singular matrix {@code a}, by Gauss–Jordan elimination with partial pivoting. */
    static double[][] inverse(double[][] a) {
        int k = a.length;
        double[][] m = new double[k][];
        double[][] inv = new double[k][k];
        for (int i = 0; i < k; i++) {
            m[i] = a[i].clone();
            inv[i][i] = 1;
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            swap(m, col, pivot);
            swap(inv, col, pivot);
            double d = m[col][col];
            if (d == 0) {
                throw new IllegalArgumentException("matrix is singular");
            }
            for (int j = 0; j < k; j++) {
                m[col][j] /= d;
                inv[col][j] /= d;
            }
            for (int r = 0; r < k; r++) {
                double f = m[r][col];
                if (r != col && f != 0) {
                    for (int j = 0; j < k; j++) {
                        m[r][j] -= f * m[col][j];
                        inv[r][j] -= f * inv[col][j];
                    }
                }
            }
        }
        return inv;
    }

    private static void swap(double[][] rows, int i, int j) {
        double[] t = rows[i];
        rows[i] = rows[j];
        rows[j] = t;
    }
}
