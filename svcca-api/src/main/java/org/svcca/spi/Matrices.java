package org.svcca.spi;

/** Small element-wise helpers on {@link Matrix} that every backend may use at its boundary. */
public final class Matrices {

  private Matrices() {}

  /** Copies the upper triangle of a square matrix onto its lower triangle, in place. */
  public static void symmetrizeFromUpper(Matrix g) {
    int n = g.rows();
    if (g.cols() != n) {
      throw new IllegalArgumentException("cannot symmetrize a " + g.shape() + " matrix");
    }
    double[] d = g.data();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        d[j * n + i] = d[i * n + j];
      }
    }
  }

  /**
   * Checks the shapes of {@code C = alpha op(A) op(B) + beta C}.
   *
   * @throws IllegalArgumentException naming the three shapes if they do not conform
   */
  public static void checkGemmShapes(Matrix a, Transpose transA, Matrix b, Transpose transB,
      Matrix c) {
    int m = transA.rowsOf(a);
    int k = transA.colsOf(a);
    int kb = transB.rowsOf(b);
    int n = transB.colsOf(b);
    if (k != kb || c.rows() != m || c.cols() != n) {
      throw new IllegalArgumentException("GEMM shapes do not conform: op(A) is " + m + " x " + k
          + ", op(B) is " + kb + " x " + n + ", C is " + c.shape());
    }
    if (c.data() == a.data() || c.data() == b.data()) {
      throw new IllegalArgumentException("GEMM output C shares storage with an input");
    }
  }
}
