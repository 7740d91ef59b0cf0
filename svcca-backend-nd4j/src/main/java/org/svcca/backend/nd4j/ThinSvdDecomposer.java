package org.svcca.backend.nd4j;

import java.util.Optional;
import org.nd4j.linalg.api.blas.BlasException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.svcca.spi.Matrices;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.SvdResults;
import org.svcca.spi.ThinSvd;

/**
 * Thin SVD {@code A = U diag(s) V^T} of an m x n matrix, {@code k = min(m, n)}, on LAPACK's
 * {@code dgesvd} through ND4J's {@code lapack().gesvd}, with s descending as LAPACK returns it.
 *
 * <p>ND4J's {@code gesvd} computes either no U or the full m x m one, which a tall input
 * cannot afford, so the paths are chosen by shape and by the factors asked for:
 *
 * <ul>
 *   <li>wide ({@code m < n}): decompose {@code A^T = V diag(s) U^T} and swap the factors. A's
 *       row-major storage is {@code A^T} in LAPACK's column-major layout, so this is free;
 *   <li>tall without U: {@code dgesvd} on A directly. For {@code m >= 1.6 n} LAPACK itself
 *       reduces A to its n x n R first, and never forms Q;
 *   <li>tall with U: thin QR {@code A = Q R}, then {@code R = U_R diag(s) V^T}, whose full
 *       U_R is only n x n, and {@code U = Q U_R} by GEMM;
 *   <li>square: {@code dgesvd} directly, whose full U is the thin one.
 * </ul>
 *
 * <p>ND4J's SVD custom op is not used: it fails on thin shapes and can crash the JVM.
 */
final class ThinSvdDecomposer {

  private ThinSvdDecomposer() {}

  /** s, U (m x k) or null, V (n x k) or null of the matrix decomposed. */
  private record Factors(double[] s, Matrix u, Matrix v) {}

  /**
   * The thin SVD of {@code a}, which is left untouched.
   *
   * @throws IllegalArgumentException if a holds NaN or an infinity
   * @throws IllegalStateException if LAPACK's iteration fails to converge
   */
  static ThinSvd decompose(Matrix a, SvdParts parts) {
    // ND4J has no use for empty arrays; k = 0 leaves nothing to compute.
    if (a.rows() == 0 || a.cols() == 0) {
      return SvdResults.empty(a.rows(), a.cols(), parts);
    }
    Matrices.requireFinite("SVD", a);

    Factors f;
    if (a.rows() < a.cols()) {
      Factors t = decomposeTall(Layouts.transposedColumnMajor(a), SvdResults.swapped(parts), a);
      f = new Factors(t.s(), t.v(), t.u());
    } else {
      f = decomposeTall(Layouts.columnMajor(a), parts, a);
    }
    return new ThinSvd(f.s(), Optional.ofNullable(f.u()), Optional.ofNullable(f.v()));
  }

  /**
   * The SVD of {@code x}, a column-major p x q array with {@code p >= q >= 1}, which this
   * method consumes: it is overwritten and released.
   *
   * @param original the caller's matrix, named in error messages
   */
  private static Factors decomposeTall(INDArray x, SvdParts parts, Matrix original) {
    try {
      if (parts.wantsLeft() && x.rows() > x.columns()) {
        return viaQr(x, parts, original);
      }
      return gesvd(x, parts, original);
    } finally {
      Layouts.release(x);
    }
  }

  /** Tall x with U wanted: {@code x = Q R}, {@code R = U_R diag(s) V^T}, {@code U = Q U_R}. */
  private static Factors viaQr(INDArray x, SvdParts parts, Matrix original) {
    int p = x.rows();
    int q = x.columns();

    // x becomes Q; R is n x n.
    INDArray r = ThinQrDecomposer.factor(x, original);

    // The SVD of R, with its square U_R kept as an ND4J array for the product.
    INDArray s = Layouts.zeros(q, 1, 'f');
    INDArray ur = Layouts.zeros(q, q, 'f');
    INDArray vt = parts.wantsRight() ? Layouts.zeros(q, q, 'f') : null;
    INDArray u = null;
    try {
      run(r, s, ur, vt, original);

      // U = Q U_R, written row-major so it leaves ND4J without a transposition.
      u = Layouts.zeros(p, q, 'c');
      Nd4j.gemm(x, ur, u, false, false, 1.0, 0.0);
      return new Factors(values(s), Layouts.toMatrix(u),
          vt == null ? null : Layouts.transposeToMatrix(vt));
    } finally {
      Layouts.release(r, s, ur, vt, u);
    }
  }

  /** {@code dgesvd} on x directly: no U, or x square so that its full U is thin. */
  private static Factors gesvd(INDArray x, SvdParts parts, Matrix original) {
    int q = x.columns();
    INDArray s = Layouts.zeros(q, 1, 'f');
    INDArray u = parts.wantsLeft() ? Layouts.zeros(q, q, 'f') : null;
    INDArray vt = parts.wantsRight() ? Layouts.zeros(q, q, 'f') : null;
    try {
      run(x, s, u, vt, original);
      return new Factors(values(s), u == null ? null : Layouts.toMatrix(u),
          vt == null ? null : Layouts.transposeToMatrix(vt));
    } finally {
      Layouts.release(s, u, vt);
    }
  }

  /** LAPACK's {@code dgesvd} on x, which it overwrites; U and V^T are full when not null. */
  private static void run(INDArray x, INDArray s, INDArray u, INDArray vt, Matrix original) {
    try {
      Nd4j.getBlasWrapper().lapack().gesvd(x, s, u, vt);
    } catch (BlasException e) {
      throw LapackFailure.of("SVD", original, e);
    }
  }

  /** The singular values, descending as LAPACK returns them and cleared of {@code -0.0}. */
  private static double[] values(INDArray s) {
    return SvdResults.nonNegative(Layouts.toArray(s));
  }
}
