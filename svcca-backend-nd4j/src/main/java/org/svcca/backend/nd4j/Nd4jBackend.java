package org.svcca.backend.nd4j;

import java.util.Objects;
import org.svcca.spi.LinearAlgebra;
import org.svcca.spi.Matrices;
import org.svcca.spi.Matrix;
import org.svcca.spi.SvdParts;
import org.svcca.spi.ThinQr;
import org.svcca.spi.ThinSvd;
import org.svcca.spi.Transpose;

/**
 * {@link LinearAlgebra} on ND4J: OpenBLAS and its LAPACK under ND4J's CPU runtime, cuBLAS and
 * cuSOLVER under its CUDA runtime.
 *
 * <ul>
 *   <li>GEMM {@code C = alpha op(A) op(B) + beta C} is ND4J's {@code gemm}, so BLAS
 *       {@code dgemm}, transposes passed through as flags.
 *   <li>Thin QR {@code A = Q R} (m x n, {@code m >= n}) is LAPACK {@code dgeqrf} followed by
 *       {@code dorgqr}; Q is m x n, R is n x n upper triangular, and no m x m matrix is formed.
 *   <li>Thin SVD {@code A = U diag(s) V^T}, {@code k = min(m, n)}, is LAPACK {@code dgesvd},
 *       s descending, preceded by a thin QR when U of a tall A is wanted and applied to
 *       {@code A^T} for wide A.
 *   <li>{@link #gram} is the SPI's default, a full GEMM made symmetric: ND4J's {@code syrk}
 *       passes a rank of 1 to BLAS whatever A is, so the half-cost rank-k update is out of
 *       reach through ND4J.
 * </ul>
 *
 * <p>Every matrix is copied into ND4J's off-heap memory at the boundary, in the order the
 * routine wants (row-major for GEMM, column-major for LAPACK), and the results are copied
 * back; the copies are O(m n) against O(m n k) work. Inputs are never modified. Results are
 * backward stable, with errors of a few {@code max(m, n) * 2^-52} relative to {@code ||A||}.
 * Instances hold no state and may be shared between threads.
 *
 * <p>Instances come from {@link Nd4jProvider#create()}, which checks first that ND4J started.
 */
public final class Nd4jBackend implements LinearAlgebra {

  /** Called by the provider once ND4J is known to run. */
  Nd4jBackend() {}

  @Override
  public String id() {
    return Nd4jProvider.ID;
  }

  @Override
  public void gemm(double alpha, Matrix a, Transpose transA, Matrix b, Transpose transB,
      double beta, Matrix c) {
    Matrices.checkGemmShapes(a, transA, b, transB, c);
    Products.gemm(alpha, a, transA == Transpose.YES, b, transB == Transpose.YES, beta, c);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also if A holds NaN or an infinity
   */
  @Override
  public ThinQr qr(Matrix a) {
    Objects.requireNonNull(a, "a");
    return ThinQrDecomposer.decompose(a);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if A holds NaN or an infinity
   */
  @Override
  public ThinSvd svd(Matrix a, SvdParts parts) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(parts, "parts");
    return ThinSvdDecomposer.decompose(a, parts);
  }

  @Override
  public String toString() {
    return "Nd4jBackend";
  }
}
