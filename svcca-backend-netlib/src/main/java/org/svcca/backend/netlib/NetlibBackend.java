package org.svcca.backend.netlib;

import dev.ludovic.netlib.blas.NativeBLAS;
import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.Objects;
import java.util.Optional;
import org.netlib.util.intW;
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
 * {@link LinearAlgebra} on the system's BLAS and LAPACK (such as OpenBLAS), through netlib's JNI
 * bindings.
 *
 * <p>BLAS and LAPACK store matrices column-major, {@link Matrix} row-major; a row-major m x n
 * array is the column-major n x m transpose, which the operations exploit:
 *
 * <ul>
 *   <li>GEMM {@code C = alpha op(A) op(B) + beta C} is BLAS {@code dgemm} computing
 *       {@code C^T = alpha op(B)^T op(A)^T + beta C^T} on the arrays as they are, with no copies.
 *   <li>{@link #gram} {@code A^T A} is the symmetric rank-k update {@code dsyrk} on A's array
 *       read as A^T, half the work of the general product, mirrored to be exactly symmetric.
 *   <li>Thin QR {@code A = Q R} (m x n, {@code m >= n}) is LAPACK {@code dgeqrf} on a
 *       column-major copy of A, then {@code dorgqr} for the m x n Q; no m x m matrix is formed.
 *       The LQ of the row-major array as it is would spare the copy but takes five times as
 *       long.
 *   <li>Thin SVD {@code A = U diag(s) V^T}, {@code k = min(m, n)}, is LAPACK's divide and
 *       conquer {@code dgesdd} (job 'S', or 'N' for values only) on the taller of A and A^T in
 *       column-major form: LAPACK reduces a tall matrix by QR first, and its LQ path for wide
 *       ones takes about four times as long. A QR of our own before the SVD is slower than the
 *       one inside {@code dgesdd}. s is descending.
 * </ul>
 *
 * <p>Inputs are never modified. Results are backward stable, with errors of a few
 * {@code max(m, n) * 2^-52} relative to {@code ||A||}. Instances may be shared between threads;
 * the BLAS underneath may itself use every core in one call ({@code OPENBLAS_NUM_THREADS} caps
 * OpenBLAS's threads). While a call runs, netlib pins its arrays, which holds off the garbage
 * collector.
 */
public final class NetlibBackend implements LinearAlgebra {

  private final NativeBLAS blas;
  private final NativeLAPACK lapack;

  /** Created by {@link NetlibProvider#create()} once the native libraries are known to load. */
  NetlibBackend() {
    this.blas = NativeBLAS.getInstance();
    this.lapack = NativeLAPACK.getInstance();
  }

  @Override
  public String id() {
    return NetlibProvider.ID;
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

    // With k = 0 BLAS only scales C, but netlib's argument checks reject the empty A and B.
    if (k == 0) {
      scale(beta, c.data());
      return;
    }

    // Column-major, C's array holds C^T = op(B)^T op(A)^T: B's array is B^T, so B enters with
    // its own flag, and likewise A.
    String flagB = String.valueOf(ColumnMajor.flag(transB));
    String flagA = String.valueOf(ColumnMajor.flag(transA));
    blas.dgemm(flagB, flagA, n, m, k, alpha, b.data(), ColumnMajor.leading(b), a.data(),
        ColumnMajor.leading(a), beta, c.data(), n);
  }

  @Override
  public Matrix gram(Matrix a) {
    int n = a.cols();
    Matrix g = Matrix.zeros(n, n);
    if (a.rows() == 0 || n == 0) {
      return g;
    }

    // A's array is A^T column-major, so A^T A = X X^T for that X; the column-major lower
    // triangle dsyrk fills is the row-major upper one.
    blas.dsyrk("L", "N", n, a.rows(), 1.0, a.data(), n, 0.0, g.data(), n);
    Matrices.symmetrizeFromUpper(g);
    return g;
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
    // overwrite. One workspace serves both routines.
    double[] x = a.transpose().data();
    double[] tau = new double[n];
    intW info = new intW(0);
    double[] query = new double[1];
    lapack.dgeqrf(m, n, x, m, tau, query, -1, info);
    int size = (int) query[0];
    lapack.dorgqr(m, n, n, x, m, tau, query, -1, info);
    double[] work = new double[Math.max(1, Math.max(size, (int) query[0]))];

    // Householder QR; R is read off before dorgqr overwrites it with Q.
    lapack.dgeqrf(m, n, x, m, tau, work, work.length, info);
    Matrices.checkLapackInfo(info.val, "dgeqrf", a);
    Matrix r = ColumnMajor.upperTriangle(x, m, n);
    lapack.dorgqr(m, n, n, x, m, tau, work, work.length, info);
    Matrices.checkLapackInfo(info.val, "dorgqr", a);
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

    // dgesdd computes both factors or neither. Its U is the tall matrix's left factor, p x q;
    // its VT, q x q column-major, is read row-major as the right factor V.
    boolean vectors = tall.wantsLeft() || tall.wantsRight();
    String job = vectors ? "S" : "N";
    int ldu = vectors ? p : 1;
    int ldvt = vectors ? q : 1;
    double[] s = new double[q];
    double[] u = new double[vectors ? p * q : 1];
    double[] vt = new double[vectors ? q * q : 1];
    int[] iwork = new int[8 * q];
    intW info = new intW(0);
    double[] query = new double[1];
    lapack.dgesdd(job, p, q, tall.data(), p, s, u, ldu, vt, ldvt, query, -1, iwork, info);
    double[] work = new double[Math.max(1, (int) query[0])];
    lapack.dgesdd(job, p, q, tall.data(), p, s, u, ldu, vt, ldvt, work, work.length, iwork,
        info);
    Matrices.checkLapackInfo(info.val, "dgesdd", a);
    return tall.result(SvdResults.nonNegative(s),
        tall.wantsLeft() ? Optional.of(ColumnMajor.toRowMajor(u, p, q)) : Optional.empty(),
        tall.wantsRight() ? Optional.of(Matrix.wrap(q, q, vt)) : Optional.empty());
  }

  @Override
  public String toString() {
    return "NetlibBackend";
  }

  /** {@code C = beta C}, where {@code beta == 0} clears C even of NaN, as BLAS does. */
  private static void scale(double beta, double[] c) {
    for (int i = 0; i < c.length; i++) {
      c[i] = beta == 0.0 ? 0.0 : beta * c[i];
    }
  }
}
