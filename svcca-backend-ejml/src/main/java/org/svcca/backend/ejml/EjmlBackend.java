package org.svcca.backend.ejml;

import java.util.Objects;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrices;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.ThinQr;
import org.svcca.spi.ThinSvd;
import org.svcca.spi.Transpose;

/**
 * {@link LinearAlgebra} on EJML's dense row-major kernels, in pure Java.
 *
 * <ul>
 *   <li>GEMM {@code C = alpha op(A) op(B) + beta C} runs on EJML's {@code CommonOps_DDRM}
 *       kernels, or their concurrent {@code CommonOps_MT_DDRM} versions from about 80^3
 *       multiply-adds; a transposed B is transposed explicitly first, since EJML's
 *       {@code A B^T} kernels run at half speed.
 *   <li>{@link #gram} computes {@code A^T A} (n x n) over cache-sized row blocks of A, in
 *       parallel, with half the work of the general product; the result is exactly symmetric.
 *   <li>Thin QR {@code A = Q R} (m x n, {@code m >= n}) is EJML's column-major Householder
 *       QR, or its blocked Householder QR for large A; Q is m x n, R is n x n upper
 *       triangular, and no m x m matrix is formed.
 *   <li>Thin SVD {@code A = U diag(s) V^T}, {@code k = min(m, n)}, is EJML's implicit-QR SVD
 *       with s sorted descending, preceded by a thin QR for tall A and applied to
 *       {@code A^T} for wide A.
 * </ul>
 *
 * <p>Matrices cross the boundary without copies: {@link Matrix} and EJML's
 * {@code DMatrixRMaj} share the row-major layout. Inputs are never modified; EJML's
 * decompositions work on their own copies. Results are backward stable, with errors of a few
 * {@code max(m, n) * 2^-52} relative to {@code ||A||}. Instances hold no state and may be
 * shared between threads.
 */
public final class EjmlBackend implements LinearAlgebra {

  /** A backend instance; creating one does no work. */
  public EjmlBackend() {}

  @Override
  public String id() {
    return EjmlProvider.ID;
  }

  @Override
  public void gemm(double alpha, Matrix a, Transpose transA, Matrix b, Transpose transB,
      double beta, Matrix c) {
    Matrices.checkGemmShapes(a, transA, b, transB, c);
    Products.gemm(alpha, RowMajor.view(a), transA == Transpose.YES, RowMajor.view(b),
        transB == Transpose.YES, beta, RowMajor.view(c));
  }

  @Override
  public Matrix gram(Matrix a) {
    return RowMajor.adopt(Products.gram(RowMajor.view(a)));
  }

  @Override
  public ThinQr qr(Matrix a) {
    ThinQrDecomposer.Factors f = ThinQrDecomposer.decompose(RowMajor.view(a), true);
    return new ThinQr(RowMajor.adopt(f.q()), RowMajor.adopt(f.r()));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the iteration fails because A holds NaN or an infinity
   */
  @Override
  public ThinSvd svd(Matrix a, SvdParts parts) {
    Objects.requireNonNull(parts, "parts");
    return ThinSvdDecomposer.decompose(RowMajor.view(a), parts);
  }

  @Override
  public String toString() {
    return "EjmlBackend";
  }
}
