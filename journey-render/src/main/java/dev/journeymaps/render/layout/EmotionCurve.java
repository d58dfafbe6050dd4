package dev.journeymaps.render.layout;

import dev.journeymaps.render.layout.Scene.CurveTo;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.PathOp;
import java.util.ArrayList;
import java.util.List;

/**
 * A smooth curve through points ordered by x: monotone cubic interpolation (Fritsch–Carlson), which never
 * overshoots between two points, so the curve stays inside the emotion scale and shows no feeling nobody had.
 */
final class EmotionCurve {

    private EmotionCurve() {}

    /** The path through {@code xs}/{@code ys} (xs strictly increasing); a single point gives a lone move. */
    static List<PathOp> through(double[] xs, double[] ys) {
        int n = xs.length;
        List<PathOp> ops = new ArrayList<>();
        if (n == 0) {
            return ops;
        }
        ops.add(new MoveTo(xs[0], ys[0]));
        if (n == 2) {
            ops.add(new LineTo(xs[1], ys[1]));
            return ops;
        }
        double[] tangents = tangents(xs, ys);
        for (int i = 0; i + 1 < n; i++) {
            double h = (xs[i + 1] - xs[i]) / 3;
            ops.add(new CurveTo(
                    xs[i] + h, ys[i] + tangents[i] * h,
                    xs[i + 1] - h, ys[i + 1] - tangents[i + 1] * h,
                    xs[i + 1], ys[i + 1]));
        }
        return ops;
    }

    private static double[] tangents(double[] xs, double[] ys) {
        int n = xs.length;
        double[] slopes = new double[n - 1];
        for (int i = 0; i + 1 < n; i++) {
            slopes[i] = (ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]);
        }
        double[] m = new double[n];
        m[0] = slopes[0];
        m[n - 1] = slopes[n - 2];
        for (int i = 1; i + 1 < n; i++) {
            m[i] = slopes[i - 1] * slopes[i] <= 0 ? 0 : (slopes[i - 1] + slopes[i]) / 2;
        }
        for (int i = 0; i + 1 < n; i++) {
            if (slopes[i] == 0) {
                m[i] = 0;
                m[i + 1] = 0;
                continue;
            }
            double a = m[i] / slopes[i];
            double b = m[i + 1] / slopes[i];
            double s = a * a + b * b;
            if (s > 9) {
                double t = 3 / Math.sqrt(s);
                m[i] = t * a * slopes[i];
                m[i + 1] = t * b * slopes[i];
            }
        }
        return m;
    }
}
