package org.svcca.backend.nd4j;

import org.nd4j.linalg.api.blas.BlasException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.svcca.spi.Matrices;
import org.svcca.spi.Matrix;
import org.svcca.spi.ThinQr;

/**
 * Thin Householder QR {@code A = Q R} of an m x n matrix with {@code m >= n}: Q is m x n with
 * orthonormal columns, R is n x n upper triangular. The m x m Q is never formed.
 *
 * <p>The work is LAPACK's, through ND4J's {@code lapack().geqrf}: {@code dgeqrf} stores the
 * Householder reflectors below R, then {@code dorgqr} accumulates them into the thin Q, in
 * place, and R is copied out first. ND4J's QR custom op is not used: it is orders of
 * magnitude slower on tall matrices.
 */
final class ThinQrDecomposer {

  private ThinQrDecomposer() {}

  /**
   * The thin QR of {@code a}, which is left untouched.
   *
   * @throws IllegalArgumentException if a has fewer rows than columns, or holds NaN or an
   *     infinity
   */
  static ThinQr decompose(Matrix a) {
    int m = a.rows();
    int n = a.cols();
    Matrices.checkQrShape(m, n);
    if (n == 0) {
      return new ThinQr(Matrix.zeros(m, 0), Matrix.zeros(0, 0));
    }
    Matrices.requireFinite("QR", a);

    INDArray x = Layouts.columnMajor(a);
    INDArray r = null;
    try {
      r = factor(x, a);
      return new ThinQr(Layouts.toMatrix(x), Layouts.toMatrix(r));
    } finally {
      Layouts.release(x, r);
    }
  }

  /**
   * Overwrites {@code x}, a column-major copy of an m x n matrix with {@code m >= n >= 1},
   * with its thin Q, and returns R (n x n, column-major, zero below the diagonal).
   *
   * @param original the caller's matrix, named in error messages
   * @throws IllegalStateException if LAPACK reports a failure
   */
  static INDArray factor(INDArray x, Matrix original) {
    int n = x.columns();
    INDArray r = Layouts.zeros(n, n, 'f');
    try {
      Nd4j.getBlasWrapper().lapack().geqrf(x, r);
      return r;
    } catch (BlasException e) {
      Layouts.release(r);
      throw LapackFailure.of("QR", original, e);
    }
  }
}
