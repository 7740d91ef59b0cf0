package org.svcca.backend.nd4j;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.svcca.spi.Matrix;

/**
 * {@code C = alpha op(A) op(B) + beta C} on ND4J's GEMM: OpenBLAS {@code dgemm} on the CPU
 * runtime, cuBLAS on the CUDA one.
 */
final class Products {

  private Products() {}

  /**
   * {@code C = alpha op(A) op(B) + beta C} on shapes already checked. C is written in place;
   * when {@code beta == 0} its old contents are never read, so NaN there does not propagate.
   */
  static void gemm(double alpha, Matrix a, boolean transA, Matrix b, boolean transB,
      double beta, Matrix c) {
    int m = c.rows();
    int n = c.cols();
    int k = transA ? a.rows() : a.cols();
    if (m == 0 || n == 0) {
      return;
    }

    // Nothing to multiply: C is only rescaled, and A and B are not read (as in BLAS).
    if (alpha == 0.0 || k == 0) {
      scale(beta, c.data());
      return;
    }

    // One copy serves both operands of A^T A; a fresh output when beta is 0 keeps old
    // contents of C out of the result.
    INDArray x = Layouts.rowMajor(a);
    INDArray y = b == a ? null : Layouts.rowMajor(b);
    INDArray z = beta == 0.0 ? Layouts.zeros(m, n, 'c') : Layouts.rowMajor(c);
    try {
      Nd4j.gemm(x, y == null ? x : y, z, transA, transB, alpha, beta);
      Layouts.copyInto(z, c.data());
    } finally {
      Layouts.release(x, y, z);
    }
  }

  /** {@code C = beta C}, where {@code beta == 0} clears C even of NaN. */
  private static void scale(double beta, double[] c) {
    if (beta == 0.0) {
      Arrays.fill(c, 0.0);
    } else if (beta != 1.0) {
      for (int i = 0; i < c.length; i++) {
        c[i] *= beta;
      }
    }
  }
}
