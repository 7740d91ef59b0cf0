package org.svcca.backend.jblas;

import java.util.Objects;
import java.util.Optional;
import org.jblas.NativeBlas;
import org.svcca.spi.ColumnMajor;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrices;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.SvdResults;
import org.svcca.spi.ThinQr;
import org.svcca.spi.ThinSvd;
import org.svcca.spi.Transpose;

/**
 * {@link LinearAlgebra} on the BLAS and LAPACK that jblas bundles (OpenBLAS), through JNI.
 *
 * <p>BLAS and LAPACK store matrices column-major, {@link Matrix} row-major; a row-major m x n
 * array is the column-major n x m transpose, which the operations exploit:
 *
 * <ul>
 *   <li>GEMM {@code C = alpha op(A) op(B) + beta C} is BLAS {@code dgemm} computing
 *       {@code C^T = alpha op(B)^T op(A)^T + beta C^T} on the arrays as they are: no copies
 *       beyond those jblas's JNI layer makes.
 *   <li>Thin QR {@code A = Q R} (m x n, {@code m >= n}) is LAPACK {@code dgeqrf} on a
 *       column-major copy of A, then {@code dorgqr} for the m x n Q; no m x m matrix is formed.
 *       (jblas's own {@code Decompose.qr} forms the full m x m Q.)
 *   <li>Thin SVD {@code A = U diag(s) V^T}, {@code k = min(m, n)}, is LAPACK {@code dgesvd}
 *       with jobs 'S' or 'N' on the taller of A and A^T in column-major form. LAPACK reduces a
 *       tall matrix by QR first; on the wide orientation its LQ path takes 1.6 times as long
 *       (20000 x 500). A QR of our own before the SVD gains nothing. s is descending.
 *   <li>{@link #gram} is the interface's product {@code A^T A}, mirrored: jblas exposes no
 *       symmetric rank-k update.
 * </ul>
 *
 * <p>Inputs are never modified. Results are backward stable, with errors of a few
 * {@code max(m, n) * 2^-52} relative to {@code ||A||}. Instances may be shared between threads,
 * but native calls are serialized (see {@link JblasNatives#LOCK}), and each runs on one core.
 */
public final class JblasBackend implements LinearAlgebra {

  /** Created by {@link JblasProvider#create()} once the native library is known to load. */
  JblasBackend() {}

  @Override
  public String id() {
    return JblasProvider.ID;
  }

  @Override
  public void gemm(double alpha, Matrix a, Transpose transA, Matrix b, Transpose transB,
      double beta, Matrix c) {
    Matrices.checkGemmShapes(a, transA, b, transB, c);
    int m = c.rows();
    int n = c.cols();
    int k = transA.colsOf(a);
    if (m == 0 || n == 0) {
      return;
    }

    // Column-major, C's array holds C^T = op(B)^T op(A)^T: B's array is B^T, so B enters with
    // its own flag, and likewise A.
    char flagB = ColumnMajor.flag(transB);
    char flagA = ColumnMajor.flag(transA);
    synchronized (JblasNatives.LOCK) {
      NativeBlas.dgemm(flagB, flagA, n, m, k, alpha, b.data(), 0, ColumnMajor.leading(b),
          a.data(), 0, ColumnMajor.leading(a), beta, c.data(), 0, n);
    }
  }

  @Override
  public ThinQr qr(Matrix a) {
    int m = a.rows();
    int n = a.cols();
    Matrices.checkQrShape(m, n);
    if (n == 0) {
      return new ThinQr(Matrix.zeros(m, 0), Matrix.zeros(0, 0));
    }

    // A's transpose, read row-major, is A column-major: LAPACK's layout, and a copy it may
    // overwrite.
    double[] x = a.transpose().data();
    double[] tau = new double[n];
    Matrix r;
    synchronized (JblasNatives.LOCK) {
      Matrices.checkLapackInfo(NativeBlas.dgeqrf(m, n, x, 0, m, tau, 0), "dgeqrf", a);
      r = ColumnMajor.upperTriangle(x, m, n);
      Matrices.checkLapackInfo(NativeBlas.dorgqr(m, n, n, x, 0, m, tau, 0), "dorgqr", a);
    }
    return new ThinQr(ColumnMajor.toRowMajor(x, m, n), r);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if A holds NaN or an infinity, on which LAPACK's iteration
   *     has no defined result
   */
  @Override
  public ThinSvd svd(Matrix a, SvdParts parts) {
    Objects.requireNonNull(parts, "parts");
    Matrices.requireFinite("SVD", a);
    ColumnMajor.Tall tall = ColumnMajor.Tall.of(a, parts);
    int p = tall.rows();
    int q = tall.cols();
    if (q == 0) {
      return SvdResults.empty(a.rows(), a.cols(), parts);
    }

    // dgesvd's U is the tall matrix's left factor, p x q; its VT, q x q column-major, is read
    // row-major as the right factor V. Factors not asked for are skipped ('N').
    boolean left = tall.wantsLeft();
    boolean right = tall.wantsRight();
    double[] s = new double[q];
    double[] u = new double[left ? p * q : 1];
    double[] vt = new double[right ? q * q : 1];
    synchronized (JblasNatives.LOCK) {
      int info = NativeBlas.dgesvd(left ? 'S' : 'N', right ? 'S' : 'N', p, q, tall.data(), 0, p,
          s, 0, u, 0, left ? p : 1, vt, 0, right ? q : 1);
      Matrices.checkLapackInfo(info, "dgesvd", a);
    }
    return tall.result(SvdResults.nonNegative(s),
        left ? Optional.of(ColumnMajor.toRowMajor(u, p, q)) : Optional.empty(),
        right ? Optional.of(Matrix.wrap(q, q, vt)) : Optional.empty());
  }

  @Override
  public String toString() {
    return "JblasBackend";
  }
}
