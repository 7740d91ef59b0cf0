package org.svcca;

import java.util.Arrays;
import org.svcca.internal.DenseOps;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.ThinSvd;
import org.svcca.spi.Transpose;

/**
 * Canonical correlations by google/svcca's {@code get_cca_similarity} rule, for users who
 * need its numbers: the covariances are rescaled by their largest absolute entries, neurons
 * whose rescaled variance is below epsilon are pruned, epsilon is added to the diagonals, and
 * the correlations are the singular values of {@code Sxx^-1/2 Sxy Syy^-1/2} with
 * pseudo-inverses. Scaling the covariances by a common factor (such as 1 / (n - 1)) leaves
 * the result unchanged, so second moments of centred data are passed as they are.
 */
final class ReferenceCca {

  /** NumPy's default relative cut-off in {@code pinv}, which the reference uses. */
  private static final double PINV_RCOND = 1e-15;

  /**
   * The correlations and how many neurons survived pruning on each side.
   *
   * @param coefficients descending, {@code min(keptA, keptB)} of them
   */
  record Result(double[] coefficients, int keptA, int keptB) {}

  private ReferenceCca() {}

  static Result correlations(LinearAlgebra la, Matrix saa, Matrix sab, Matrix sbb,
      double epsilon) {

    // Rescale each block by the largest absolute covariance entry of its side(s).
    double maxA = maxAbs(saa);
    double maxB = maxAbs(sbb);
    int[] keepA = surviving(saa, maxA, epsilon);
    int[] keepB = surviving(sbb, maxB, epsilon);
    Matrix aa = select(saa, keepA, keepA, 1.0 / maxA);
    Matrix bb = select(sbb, keepB, keepB, 1.0 / maxB);
    Matrix ab = select(sab, keepA, keepB, 1.0 / Math.sqrt(maxA * maxB));

    // Ridge, then the symmetric inverse square roots of the pseudo-inverses.
    addToDiagonal(aa, epsilon);
    addToDiagonal(bb, epsilon);
    Matrix whitenA = inverseSquareRoot(la, aa);
    Matrix whitenB = inverseSquareRoot(la, bb);

    // The correlations are the singular values of the whitened cross-covariance.
    Matrix left = la.multiply(whitenA, Transpose.NO, ab, Transpose.NO);
    Matrix whitened = la.multiply(left, Transpose.NO, whitenB, Transpose.NO);
    double[] s = la.svd(whitened, SvdParts.VALUES_ONLY).singularValues();
    int count = Math.min(keepA.length, keepB.length);
    return new Result(Arrays.copyOf(s, count), keepA.length, keepB.length);
  }

  private static double maxAbs(Matrix m) {
    double max = 0.0;
    for (double v : m.data()) {
      max = Math.max(max, Math.abs(v));
    }
    return max;
  }

  private static int[] surviving(Matrix cov, double scale, double epsilon) {
    int n = cov.rows();
    int[] kept = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (Math.abs(cov.get(i, i)) / scale >= epsilon) {
        kept[count++] = i;
      }
    }
    return Arrays.copyOf(kept, count);
  }

  private static Matrix select(Matrix m, int[] rows, int[] cols, double factor) {
    Matrix out = Matrix.zeros(rows.length, cols.length);
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < cols.length; j++) {
        out.set(i, j, m.get(rows[i], cols[j]) * factor);
      }
    }
    return out;
  }

  private static void addToDiagonal(Matrix m, double value) {
    for (int i = 0; i < m.rows(); i++) {
      m.set(i, i, m.get(i, i) + value);
    }
  }

  /**
   * {@code pinv(S)^(1/2)} of a symmetric positive semi-definite S: eigenvalues below
   * {@link #PINV_RCOND} times the largest count as zero, as NumPy's {@code pinv} does.
   */
  private static Matrix inverseSquareRoot(LinearAlgebra la, Matrix s) {
    ThinSvd svd = la.svd(s, SvdParts.RIGHT);
    double[] lambda = svd.singularValues();
    double cutoff = PINV_RCOND * (lambda.length == 0 ? 0.0 : lambda[0]);
    double[] factors = new double[lambda.length];
    for (int i = 0; i < lambda.length; i++) {
      factors[i] = lambda[i] > cutoff ? 1.0 / Math.sqrt(lambda[i]) : 0.0;
    }
    Matrix v = svd.v();
    Matrix scaled = v.copy();
    DenseOps.scaleColumns(scaled, factors);
    return la.multiply(scaled, Transpose.NO, v, Transpose.YES);
  }
}
